// Where the main window's files are, as plain data so tests can check them without Electron.
import { join } from 'node:path';

export interface MainWindowPaths {
  preload: string;
  rendererHtml: string;
  boundsFile: string;
  /** resources/icon.png, the window's icon. */
  icon: string;
  /** Vite dev server, only when running unpackaged in dev. */
  devServerUrl?: string;
}

export function defaultWindowPaths(outDir: string, userData: string, devServerUrl?: string): MainWindowPaths {
  return {
    preload: join(outDir, 'preload', 'index.js'),
    rendererHtml: join(outDir, 'renderer', 'index.html'),
    boundsFile: join(userData, 'window-bounds.json'),
    // The build writes out/; resources/ stays beside it, in the app's root.
    icon: join(outDir, '..', 'resources', 'icon.png'),
    devServerUrl,
  };
}
