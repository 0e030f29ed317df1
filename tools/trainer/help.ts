import { UsageError } from './ui.ts';

/** Help for the trainer and for each command. */
export const commands = [
  'list',
  'show',
  'practice',
  'run',
  'hint',
  'reset',
  'check',
  'verify',
  'quiz',
  'help',
] as const;
export type Command = (typeof commands)[number];

const top = `The kata trainer: practise one TypeScript gotcha at a time.

Usage:
  npm start                      on a terminal, watch the first unsolved kata;
                                 otherwise print the catalogue and the next step
  npm run kata -- <command> [options]

Commands:
  list                 the catalogue, each kata's state, and your progress
  show <kata>          for class: the question and its code; Enter reveals what
                       broken.ts and fixed.ts print, then the fix (--reveal: all)
  practice <kata>      create your copy in practice/ if absent, then watch it
  run <kata>           run predict.ts with your copy and show what it prints
  hint <kata>          one more hint each time, a nudge first
  reset <kata>         restore your copy from broken.ts (the old one is backed up)
  check <kata> [file|folder]...
                       run the kata's checks on files (default: your copy),
                       each in a locked-down sandbox; --json for scripts
  verify               check every kata's copy, with a summary
  quiz                 predict-the-output questions over the catalogue
                       (--tag <tag>, --count <n>)
  help [command]       this help, or a command's

A kata is named by its id (002), its name (late-bound-closures) or its folder
(002-late-bound-closures). Every command takes --help.

Options for npm start and practice:
  --poll               watch by polling, for file systems where change events
                       do not arrive (WSL on /mnt, network drives)
  --timeout <ms>       stop learner code after this long (default 2000)

Exit codes: 0 done or passed, 1 not passed, 2 bad input, 3 the trainer failed.`;

const help: Record<Command, string> = {
  list: `Usage: npm run kata -- list

Prints every kata with its state (not started, in progress, solved), your
progress count and the next step. A kata is solved when your copy in
practice/ passes its checks.`,
  show: `Usage: npm run kata -- show <kata> [--reveal] [--timeout <ms>]

Made for projecting in class. Prints the kata's question: the hook, the code
of broken.ts, predict.ts and what it asks. On a terminal it then waits for
Enter, runs predict.ts against broken.ts and against fixed.ts and prints both
outputs side by side (one above the other when the terminal is narrow), with
the Python original's; Enter again shows the fix as a diff. A screen that
does not fit waits for Enter too; q stops.

  --reveal   print everything at once, without waiting

Without a terminal only the question is printed, unless --reveal is given.`,
  run: `Usage: npm run kata -- run <kata> [--timeout <ms>]

Runs the kata's predict.ts with your copy in practice/ in place of broken.ts,
and prints what it prints. Exit code 0 when it ran to the end, 1 when it threw
or did not compile.`,
  practice: `Usage: npm run kata -- practice <kata> [--poll] [--timeout <ms>]

Creates practice/<kata-folder>.ts, your copy of broken.ts, if it is absent
(an existing copy is never overwritten), then watches it and prints a verdict
after every save.

Keys while watching (upper or lower case):
  ?  the question again        h  the next hint     s  the hints seen, again
  n  the next unsolved kata    l  the list (arrows, Enter, / to filter)
  r  reset: choose with the arrows and press Enter, or type the kata's id
  Enter or space  check again  q  quit (Ctrl-C quits with exit code 130)

After your copy passes, fixed.ts is written beside it as
practice/<kata-folder>.reference.ts, and the kata's wrong fixes are listed
with the check that catches each.

Without a terminal the keys are read one per line from standard input, and
the watch ends when standard input ends.`,
  hint: `Usage: npm run kata -- hint <kata>

Shows the kata's hints one more at a time: a nudge first, then more. The
trainer remembers how many you have seen.`,
  reset: `Usage: npm run kata -- reset <kata>

Restores your copy in practice/ from broken.ts. What was there is first
copied to practice/backups/<kata-folder>.<time>.ts, so nothing is lost.`,
  check: `Usage: npm run kata -- check <kata> [file|folder]... [--json] [--timeout <ms>]

Runs the kata's checks against files: by default your copy in practice/, or
any .ts files with the kata's exports, such as candidates' answers. A folder
stands for every .ts file in it and its subfolders. Relative paths start from
the folder you ran npm in. Reports syntax and type errors with file:line and
each failing expectation, with frames from the checked file only. The fix is
revealed only when a single file passes.

Each file runs in a child process that may not write, reach the network or
start processes, with the built-ins frozen, so no file can fake its verdict.

  --json   print one JSON document (schema: docs/instructors.md)

Exit code: 0 every file passed, 1 some did not, 2 bad input (unknown kata,
missing or unreadable file), 3 the trainer itself failed.`,
  verify: `Usage: npm run kata -- verify [--timeout <ms>]

Checks your copy of every kata and prints a line for each and a summary.
Exit code 0 when every kata is solved, otherwise 1.`,
  quiz: `Usage: npm run kata -- quiz [--tag <tag>] [--count <n>]

Predict-the-output questions over the catalogue, for interview practice. Each
shows a kata's predict.ts and the broken.ts it imports, and up to four
outputs to choose from: what it really prints, what the fix prints, what the
Python original prints, and other katas' outputs of the same shape. A wrong
pick is explained with the kata's answer. Scores are kept in your progress,
and a kata you answered wrongly comes back before the others.

  --tag <tag>   only katas with this tag (see list)
  --count <n>   how many questions (default 5)

On a terminal press a letter; otherwise answers are read one per line from
standard input.`,
  help: `Usage: npm run kata -- help [command]

Prints the trainer's help, or one command's.`,
};

export function helpText(command?: Command): string {
  return command === undefined ? top : help[command];
}

/** The mistake of a command that takes a kata and was given none. */
export function kataNeeded(command: string): UsageError {
  return new UsageError(
    `'${command}' needs a kata: an id such as 002, or a name such as late-bound-closures.\nSee them all with: npm run kata -- list`,
  );
}
