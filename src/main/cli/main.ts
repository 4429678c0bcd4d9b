// CLI entry (built to out/main/cli.js, started by bin/policy-lens.js). Plain Node: never loads electron.
import { runCli } from './run';

const oneLine = (e: unknown) => (e instanceof Error ? e.message : String(e)).split('\n')[0];

// Set exitCode instead of calling process.exit so large JSON on a pipe is flushed completely.
runCli(process.argv.slice(2), {
  stdout: (text) => void process.stdout.write(`${text}\n`),
  stderr: (text) => void process.stderr.write(`${text}\n`),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`policy-lens: ${oneLine(error)}\n`);
    process.exitCode = 1;
  },
);
