// Creates the one main window: secure options, remembered bounds, built renderer from file.
import { join } from 'node:path';
import { BrowserWindow } from 'electron';
import { loadBounds, saveBounds } from './bounds-store';
import { mainWindowOptions } from './window-options';

export interface MainWindowPaths {
  preload: string;
  rendererHtml: string;
  boundsFile: string;
  /** Vite dev server, only when running unpackaged in dev. */
  devServerUrl?: string;
}

export function createMainWindow(paths: MainWindowPaths): BrowserWindow {
  const bounds = loadBounds(paths.boundsFile);
  const win = new BrowserWindow(mainWindowOptions(paths.preload, bounds));
  if (bounds.maximized) win.maximize();
  win.once('ready-to-show', () => win.show());
  win.on('close', () => {
    const normal = win.getNormalBounds();
    saveBounds(paths.boundsFile, { ...normal, maximized: win.isMaximized() });
  });
  if (paths.devServerUrl) void win.loadURL(paths.devServerUrl);
  else void win.loadFile(paths.rendererHtml);
  return win;
}

export function defaultWindowPaths(outDir: string, userData: string, devServerUrl?: string): MainWindowPaths {
  return {
    preload: join(outDir, 'preload', 'index.js'),
    rendererHtml: join(outDir, 'renderer', 'index.html'),
    boundsFile: join(userData, 'window-bounds.json'),
    devServerUrl,
  };
}
