/** One CLI subcommand. `main.ts` dispatches on `name`; each command lives in `commands/<name>.ts`. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

export interface ParsedArgs {
  /** Positional arguments after the command name. */
  positional: string[];
  /** `--flag value` and `--flag` (true). */
  flags: Record<string, string | true>;
}

export interface CliCommand {
  name: string;
  /** One usage line, e.g. `index <folder> [--db FILE] [--json]`. */
  usage: string;
  /** Resolves to the exit code. Throwing a CliError prints its message on stderr and exits 2. */
  run(args: ParsedArgs, io: CliIo): Promise<number>;
}

export class CliError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CliError';
  }
}
