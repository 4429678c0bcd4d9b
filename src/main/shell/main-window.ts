// Creates the one main window: secure options, remembered bounds, built renderer from file.
import { BrowserWindow } from 'electron';
import { loadBounds, saveBounds } from './bounds-store';
import { mainWindowOptions } from './window-options';
import type { MainWindowPaths } from './window-paths';

export function createMainWindow(paths: MainWindowPaths): BrowserWindow {
  const bounds = loadBounds(paths.boundsFile);
  const win = new BrowserWindow(mainWindowOptions(paths.preload, bounds, paths.icon));
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
