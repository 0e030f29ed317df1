// The kata trainer: `npm start` and `npm run kata -- <command>`. See `help`.
import { parseArgs } from 'node:util';
import { commands, helpText, kataNeeded, type Command } from './help.ts';
import type { Trainer } from './trainer.ts';
import { shown, terminalOut, UsageError, type Out } from './ui.ts';

type Option = 'poll' | 'timeout' | 'reveal' | 'tag' | 'count' | 'json';
const optionNames = ['poll', 'timeout', 'reveal', 'tag', 'count', 'json'] as const;

/** What each command takes: how many positional arguments, and which options. */
const shapes: Record<Command | 'start', { min: number; max: number; options: readonly Option[] }> = {
  start: { min: 0, max: 0, options: ['poll', 'timeout'] },
  list: { min: 0, max: 0, options: [] },
  show: { min: 1, max: 1, options: ['timeout', 'reveal'] },
  run: { min: 1, max: 1, options: ['timeout'] },
  quiz: { min: 0, max: 0, options: ['tag', 'count'] },
  practice: { min: 1, max: 1, options: ['poll', 'timeout'] },
  hint: { min: 1, max: 1, options: [] },
  reset: { min: 1, max: 1, options: [] },
  check: { min: 1, max: Number.POSITIVE_INFINITY, options: ['timeout', 'json'] },
  verify: { min: 0, max: 0, options: ['timeout'] },
  help: { min: 0, max: 1, options: [] },
};

/** A command line understood: either help to print, or a command to run with checked arguments. */
type Request =
  | { readonly kind: 'help'; readonly text: string }
  | {
      readonly kind: 'run';
      readonly command: Exclude<Command, 'help'> | 'start';
      readonly args: readonly string[];
      readonly timeoutMs: number;
      readonly poll: boolean;
      readonly reveal: boolean;
      readonly tag: string | undefined;
      readonly count: number;
      readonly json: boolean;
    };

function isCommand(word: string): word is Command {
  return (commands as readonly string[]).includes(word);
}

function parse(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      options: {
        help: { type: 'boolean', short: 'h' },
        poll: { type: 'boolean' },
        timeout: { type: 'string' },
        reveal: { type: 'boolean' },
        tag: { type: 'string' },
        count: { type: 'string' },
        json: { type: 'boolean' },
      },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    const message = (error as Error).message.replace(/\. To specify a positional argument.*$/s, '.');
    throw new UsageError(`${message}\nSee: npm run kata -- help`);
  }
}

function timeoutMs(given: string | undefined): number {
  if (given === undefined) return 2000;
  const ms = Number(given);
  if (!/^\d+$/.test(given) || ms < 50 || ms > 600_000) {
    throw new UsageError(`--timeout takes milliseconds, a whole number from 50 to 600000; got '${given}'.`);
  }
  return ms;
}

function questionCount(given: string | undefined): number {
  if (given === undefined) return 5;
  const n = Number(given);
  if (!/^\d+$/.test(given) || n < 1 || n > 100) {
    throw new UsageError(`--count takes a whole number of questions from 1 to 100; got '${given}'.`);
  }
  return n;
}

/** Refuses more arguments than the command takes, and options it does not take. */
function checkShape(command: Command | 'start', args: readonly string[], given: Readonly<Record<Option, unknown>>) {
  const shape = shapes[command];
  const usage = `See: npm run kata -- ${command === 'start' ? 'help' : `${command} --help`}`;
  if (args.length > shape.max)
    throw new UsageError(`'${command}' takes at most ${shape.max} argument(s); got: ${args.join(' ')}\n${usage}`);
  for (const option of optionNames) {
    if (given[option] !== undefined && !shape.options.includes(option)) {
      throw new UsageError(`'${command}' does not take --${option}.\n${usage}`);
    }
  }
}

/** Reads the command line, answering help and refusing bad input before anything heavy is loaded. */
function understand(argv: string[]): Request {
  const { values, positionals } = parse(argv);
  const [first, ...args] = positionals;
  if (first !== undefined && !isCommand(first)) {
    throw new UsageError(
      `Unknown command '${first}'. The commands are: ${commands.join(', ')}.\nSee: npm run kata -- help`,
    );
  }
  const command = first ?? 'start';
  if (values.help === true) {
    return { kind: 'help', text: helpText(command === 'start' || command === 'help' ? undefined : command) };
  }
  checkShape(command, args, {
    poll: values.poll,
    timeout: values.timeout,
    reveal: values.reveal,
    tag: values.tag,
    count: values.count,
    json: values.json,
  });
  const timeout = timeoutMs(values.timeout);
  if (command === 'help') {
    const [topic] = args;
    if (topic !== undefined && !isCommand(topic))
      throw new UsageError(`No help for '${topic}': it is not a command. The commands are: ${commands.join(', ')}.`);
    return { kind: 'help', text: helpText(topic) };
  }
  if (args.length < shapes[command].min) throw kataNeeded(command);
  return {
    kind: 'run',
    command,
    args,
    timeoutMs: timeout,
    poll: values.poll === true,
    reveal: values.reveal === true,
    tag: values.tag,
    count: questionCount(values.count),
    json: values.json === true,
  };
}

type RunRequest = Extract<Request, { kind: 'run' }>;

/** `npm start`: on a terminal, watch the first unsolved kata; elsewhere, print the catalogue and the next step. */
async function start(trainer: Trainer, request: RunRequest, interactive: boolean): Promise<number> {
  const { out } = trainer;
  const next = interactive ? await trainer.nextUnsolved() : undefined;
  if (next !== undefined) {
    const { watchKata } = await import('./watch.ts');
    return watchKata(trainer, next, { poll: request.poll });
  }
  for (const line of await trainer.listLines()) out.line(line);
  if (!interactive) {
    out.line();
    out.line('Run npm start on a terminal to practise, or see every command with: npm run kata -- help');
  }
  return 0;
}

/** Runs a command that was understood, once the trainer is loaded. */
async function perform(trainer: Trainer, request: RunRequest, interactive: boolean): Promise<number> {
  const { out } = trainer;
  const print = (lines: readonly string[]) => lines.forEach((line) => out.line(line));
  const { resolveKata } = await import('./names.ts');
  const kata = () => resolveKata(trainer.katas, request.args[0], request.command);
  switch (request.command) {
    case 'start':
      return start(trainer, request, interactive);
    case 'list':
      print(await trainer.listLines());
      return 0;
    case 'show': {
      const { showCommand } = await import('./show.ts');
      await showCommand(kata(), out, trainer.sandbox, { reveal: request.reveal, interactive });
      return 0;
    }
    case 'run': {
      const { runCommand } = await import('./run.ts');
      return runCommand(kata(), out, trainer.sandbox);
    }
    case 'quiz': {
      const { quizCommand } = await import('./quiz.ts');
      return quizCommand(trainer.katas, trainer.progress, out, {
        tag: request.tag,
        count: request.count,
        interactive,
      });
    }
    case 'practice': {
      const { watchKata } = await import('./watch.ts');
      return watchKata(trainer, kata(), { poll: request.poll });
    }
    case 'hint':
      print(trainer.hintLines(kata()));
      return 0;
    case 'reset':
      print(trainer.resetLines(kata()));
      return 0;
    case 'check': {
      const { checkCommand } = await import('./interview.ts');
      return checkCommand(trainer, kata(), request.args.slice(1), { json: request.json });
    }
    case 'verify':
      return trainer.verifyCommand();
  }
}

async function main(argv: string[], out: Out): Promise<number> {
  const request = understand(argv);
  if (request.kind === 'help') {
    out.line(request.text);
    return 0;
  }
  // Loaded only now, so help and bad input are answered without starting TypeScript or esbuild.
  const { Trainer } = await import('./trainer.ts');
  const interactive = process.stdin.isTTY && process.stdout.isTTY;
  const watching = request.command === 'practice' || (request.command === 'start' && interactive);
  // The type checker loads in its own thread while the catalogue is read.
  const typed = watching || request.command === 'check' || request.command === 'verify';
  const trainer = new Trainer(out, { timeoutMs: request.timeoutMs, warm: watching, preloadTypes: typed });
  try {
    return await perform(trainer, request, interactive);
  } finally {
    await trainer.close();
  }
}

const out = terminalOut();
// Exit through process.exit on a signal, so the sandbox's temporary folder is removed.
process.once('SIGINT', () => process.exit(130));
process.once('SIGTERM', () => process.exit(143));
main(process.argv.slice(2), out).then(
  (code) => process.exit(code),
  async (error: unknown) => {
    if (error instanceof UsageError) {
      out.error(error.message);
      process.exit(error.code);
    }
    const { fileSystemMessage } = await import('./errors.ts');
    const message = fileSystemMessage(error, shown);
    if (message !== undefined) {
      out.error(message);
      process.exit(2);
    }
    out.error(`The trainer hit an unexpected error; please report it:\n${(error as Error).stack ?? String(error)}`);
    process.exit(3);
  },
);
