// CLI entry (built to out/main/cli.js, started by bin/policy-lens.js). Plain Node: never loads electron.
import { runCli } from './run';

const oneLine = (e: unknown) => (e instanceof Error ? e.message : String(e)).split('\n')[0];

// A reader that stops early (`policy-lens analyze … | head`) closes the pipe: drop the rest of the
// output instead of crashing, and let the command finish so an index run still commits its work.
let stdoutOpen = true;
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  stdoutOpen = false;
});

// Set exitCode instead of calling process.exit so large JSON on a pipe is flushed completely.
runCli(process.argv.slice(2), {
  stdout: (text) => void (stdoutOpen && process.stdout.write(`${text}\n`)),
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
