import { homedir } from 'node:os';
import { join } from 'node:path';

/** The one per-user library shared by the CLI and the app (XDG on Linux, the platform's app-data folder elsewhere). */
export function defaultDatabasePath(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'policy-lens', 'library.db');
  if (platform === 'win32') {
    return join(env.APPDATA || join(homedir(), 'AppData', 'Roaming'), 'policy-lens', 'library.db');
  }
  const base = env.XDG_DATA_HOME && env.XDG_DATA_HOME.startsWith('/') ? env.XDG_DATA_HOME : join(homedir(), '.local', 'share');
  return join(base, 'policy-lens', 'library.db');
}
