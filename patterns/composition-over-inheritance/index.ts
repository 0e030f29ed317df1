/**
 * Composition over inheritance: a {@link User} is given a persister and
 * forwards only the operations it chooses, instead of extending a database
 * class and exposing all of it.
 *
 * Two ways to forward: {@link User} writes each operation out (recommended),
 * and {@link createDynamicUser} forwards a list of names through a Proxy.
 *
 * @module
 */
export { createDynamicUser, forward, userOperations, type DynamicUser } from './dynamic-user.ts';
export { User, type UserOperations } from './user.ts';
