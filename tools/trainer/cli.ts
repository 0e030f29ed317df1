// The kata trainer: `npm start` and `npm run kata -- <command>`. See `help`.
import { parseArgs } from 'node:util';
import { commands, helpText, type Command } from './help.ts';
import { terminalOut, UsageError, type Out } from './ui.ts';

type Option = 'poll' | 'timeout';

/** What each command takes: how many positional arguments, and which options. */
const shapes: Record<Command | 'start', { min: number; max: number; options: readonly Option[] }> = {
  start: { min: 0, max: 0, options: ['poll', 'timeout'] },
  list: { min: 0, max: 0, options: [] },
  show: { min: 1, max: 1, options: ['timeout'] },
  practice: { min: 1, max: 1, options: ['poll', 'timeout'] },
  hint: { min: 1, max: 1, options: [] },
  reset: { min: 1, max: 1, options: [] },
  check: { min: 1, max: 2, options: ['timeout'] },
  verify: { min: 0, max: 0, options: ['timeout'] },
  help: { min: 0, max: 1, options: [] },
};

function isCommand(word: string): word is Command {
  return (commands as readonly string[]).includes(word);
}

function parse(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      options: { help: { type: 'boolean', short: 'h' }, poll: { type: 'boolean' }, timeout: { type: 'string' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    const message = (error as Error).message.replace(/\. To specify a positional argument.*$/s, '.');
    throw new UsageError(`${message}\nSee: npm run kata -- help`);
  }
}

async function main(argv: string[], out: Out): Promise<number> {
  const { values, positionals } = parse(argv);
  const [first, ...args] = positionals;
  if (first !== undefined && !isCommand(first)) {
    throw new UsageError(
      `Unknown command '${first}'. The commands are: ${commands.join(', ')}.\nSee: npm run kata -- help`,
    );
  }
  const command = first ?? 'start';
  if (values.help === true) {
    out.line(helpText(command === 'start' || command === 'help' ? undefined : command));
    return 0;
  }
  const shape = shapes[command];
  const usage = `See: npm run kata -- ${command === 'start' ? 'help' : `${command} --help`}`;
  if (args.length > shape.max)
    throw new UsageError(`'${command}' takes at most ${shape.max} argument(s); got: ${args.join(' ')}\n${usage}`);
  for (const option of ['poll', 'timeout'] as const) {
    if (values[option] !== undefined && !shape.options.includes(option)) {
      throw new UsageError(`'${command}' does not take --${option}.\n${usage}`);
    }
  }
  let timeoutMs = 2000;
  if (values.timeout !== undefined) {
    timeoutMs = Number(values.timeout);
    if (!/^\d+$/.test(values.timeout) || timeoutMs < 50 || timeoutMs > 600_000) {
      throw new UsageError(`--timeout takes milliseconds, a whole number from 50 to 600000; got '${values.timeout}'.`);
    }
  }
  if (command === 'help') {
    const [topic] = args;
    if (topic !== undefined && !isCommand(topic))
      throw new UsageError(`No help for '${topic}': it is not a command. The commands are: ${commands.join(', ')}.`);
    out.line(helpText(topic));
    return 0;
  }
  if (args.length < shape.min) {
    throw new UsageError(
      `'${command}' needs a kata: an id such as 002, or a name such as late-bound-closures.\nSee them all with: npm run kata -- list`,
    );
  }

  // Loaded only now, so help and bad input are answered without starting TypeScript or esbuild.
  const [{ resolveKata }, { showLines }, { Trainer }, { watchKata }] = await Promise.all([
    import('./names.ts'),
    import('./show.ts'),
    import('./trainer.ts'),
    import('./watch.ts'),
  ]);
  const interactive = process.stdin.isTTY && process.stdout.isTTY;
  const watching = command === 'practice' || (command === 'start' && interactive);
  const trainer = new Trainer(out, { timeoutMs, warm: watching });
  try {
    const kata = args[0] === undefined ? undefined : resolveKata(trainer.katas, args[0], command);
    switch (command) {
      case 'start': {
        if (!interactive) {
          for (const line of await trainer.listLines()) out.line(line);
          out.line();
          out.line('Run npm start on a terminal to practise, or see every command with: npm run kata -- help');
          return 0;
        }
        const next = await trainer.nextUnsolved();
        if (next === undefined) {
          for (const line of await trainer.listLines()) out.line(line);
          return 0;
        }
        return await watchKata(trainer, next, { poll: values.poll === true });
      }
      case 'list':
        for (const line of await trainer.listLines()) out.line(line);
        return 0;
      case 'show':
        for (const line of await showLines(need(kata), out, trainer.sandbox)) out.line(line);
        return 0;
      case 'practice':
        return await watchKata(trainer, need(kata), { poll: values.poll === true });
      case 'hint':
        for (const line of trainer.hintLines(need(kata))) out.line(line);
        return 0;
      case 'reset':
        for (const line of trainer.resetLines(need(kata))) out.line(line);
        return 0;
      case 'check':
        return await trainer.checkCommand(need(kata), args[1]);
      case 'verify':
        return await trainer.verifyCommand();
    }
  } finally {
    await trainer.close();
  }
}

function need<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('a kata was resolved for every command that takes one');
  return value;
}

const out = terminalOut();
// Exit through process.exit on a signal, so the sandbox's temporary folder is removed.
process.once('SIGINT', () => process.exit(130));
process.once('SIGTERM', () => process.exit(143));
main(process.argv.slice(2), out).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof UsageError) {
      out.error(error.message);
      process.exit(error.code);
    }
    out.error(`The trainer hit an unexpected error; please report it:\n${(error as Error).stack ?? String(error)}`);
    process.exit(1);
  },
);
