import { stderr, stdout } from 'node:process';
import { command as admins } from './admins';
import { command as ask } from './ask';
import { command as diagnose } from './diagnose';
import { command as draft } from './draft';
import { command as mfaReadiness } from './mfaReadiness';

/** What a subcommand gets: its arguments and where to write. Exit code is its return value. */
export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  env: Record<string, string | undefined>;
  cwd: string;
  /** True when stderr is a terminal (progress bars only then). */
  interactive: boolean;
}

type Command = { summary: string; run: (args: string[], io: CliIo) => Promise<number> };

// Static imports: the bin runs through tsx's CommonJS hook, which does not load `import()`ed TypeScript.
const commands: Record<string, Command> = { diagnose, ask, draft, admins, 'mfa-readiness': mfaReadiness };

function usage(io: CliIo): void {
  io.err('usage: vlsa <command> [options]\n\ncommands:');
  for (const [name, { summary }] of Object.entries(commands)) io.err(`  ${name.padEnd(15)} ${summary}`);
  io.err('\nRun "vlsa <command> --help" for the options of a command.');
}

export async function main(argv: string[], io: CliIo = defaultIo()): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    usage(io);
    return name ? 0 : 2;
  }
  const command = commands[name];
  if (!command) {
    io.err(`vlsa: unknown command "${name}"`);
    usage(io);
    return 2;
  }
  return command.run(rest, io);
}

function defaultIo(): CliIo {
  return {
    out: (text) => stdout.write(`${text}\n`),
    err: (text) => stderr.write(`${text}\n`),
    env: process.env,
    cwd: process.cwd(),
    interactive: Boolean(stderr.isTTY),
  };
}
