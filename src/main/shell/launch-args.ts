// Finds the folder a user passed on the command line (`policy-lens ~/policies`, or a second launch).
import { statSync } from 'node:fs';
import { resolve } from 'node:path';

/** The last argument that names an existing directory; flags and the app's own entry are skipped. */
export function folderFromArgv(argv: readonly string[], cwd: string, skip: number): string | null {
  for (const arg of argv.slice(skip).reverse()) {
    if (arg.startsWith('-') || arg === '.') continue;
    const path = resolve(cwd, arg);
    try {
      if (statSync(path).isDirectory()) return path;
    } catch {
      // not a path; keep looking
    }
  }
  return null;
}
