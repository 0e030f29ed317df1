/**
 * Duck-typed persister: anything with the right shape is a persister.
 *
 * {@link Persister} is the shape. {@link MemoryPersister}, {@link JsonFilePersister}
 * and {@link SqlitePersister} share no base class; each fits the shape, and
 * {@link persisterContract} proves each behaves as the shape promises.
 * {@link isPersister} and {@link asPersister} check values that come from
 * outside the type system.
 *
 * @module
 */
export { persisterContract, type ContractCheck, type ContractStore } from './contract.ts';
export { JsonFilePersister, type FileSystem } from './json-file.ts';
export { MemoryPersister } from './memory.ts';
export {
  asPersister,
  ConflictError,
  CorruptStoreError,
  InvalidArgumentError,
  isPersister,
  missingMethods,
  NotAPersisterError,
  NotFoundError,
  NotSerialisableError,
  persisterMethods,
  PersisterError,
  StoreBusyError,
  type Json,
  type Persister,
  type StoredRecord,
} from './persister.ts';
export { SqlitePersister } from './sqlite.ts';
