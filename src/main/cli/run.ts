// Argument dispatch of the CLI, separate from the process wiring so tests can call it.
import { CliError, type CliIo } from './command';
import { parseArgs } from './args';
import { COMMANDS, findCommand } from './commands';

function usage(): string {
  return ['usage: policy-lens <command> [options]', '', 'commands:', ...COMMANDS.map((c) => `  ${c.usage}`), '',
    'Without --db the library shared with the app is used ($XDG_DATA_HOME/policy-lens/library.db).',
    'Add --json for machine-readable output on stdout; errors go to stderr.'].join('\n');
}

const oneLine = (e: unknown) => (e instanceof Error ? e.message : String(e)).split('\n')[0];

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(usage());
    return name ? 0 : 2;
  }
  const command = findCommand(name);
  if (!command) {
    io.stderr(`policy-lens: unknown command "${name}"; run policy-lens --help`);
    return 2;
  }
  const args = parseArgs(rest);
  if (args.flags.help) {
    io.stdout(`usage: policy-lens ${command.usage}`);
    return 0;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    io.stderr(`policy-lens: ${oneLine(error)}`);
    return error instanceof CliError ? 2 : 1;
  }
}
