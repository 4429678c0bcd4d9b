// The Electron entry: single instance, hardened session, one window, native menu, IPC handlers.
import { join } from 'node:path';
import { app, BrowserWindow, ipcMain, Menu, session } from 'electron';
import { MENU_COMMAND_CHANNEL, type MenuCommand, type PolicyLensApi } from '../shared/api';
import { createApiHandlers, createServices, registerIpcHandlers } from './ipc';
import { defaultDatabasePath } from './store';
import { folderFromArgv } from './shell/launch-args';
import { createMainWindow } from './shell/main-window';
import { buildMenuTemplate, menuLanguage } from './shell/menu-template';
import { hardenAllWebContents, hardenSession } from './shell/security';
import { createShellHandlers } from './shell/shell-handlers';
import { defaultWindowPaths } from './shell/window-paths';

const argvSkip = process.defaultApp ? 2 : 1;
const devServerUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;
let win: BrowserWindow | null = null;

const send = (command: MenuCommand) => win?.webContents.send(MENU_COMMAND_CHANNEL, command);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', (_event, argv, cwd) => {
    if (!win) return;
    if (win.isMinimized()) win.restore();
    win.focus();
    const folder = folderFromArgv(argv, cwd, argvSkip);
    if (folder) send({ command: 'openFolder', arg: folder });
  });
  hardenAllWebContents(devServerUrl);
  app.on('window-all-closed', () => app.quit());
  void app.whenReady().then(start);
}

async function start(): Promise<void> {
  hardenSession(session.defaultSession);
  const services = createServices({ dbPath: process.env.POLICY_LENS_DB || defaultDatabasePath() });
  const core = createApiHandlers(services);
  const handlers: PolicyLensApi = {
    ...core,
    ...createShellHandlers(() => win),
    // Language and recent folders live in settings; the menu shows both, so rebuild it on change.
    setSettings: async (patch) => {
      const settings = await core.setSettings(patch);
      refreshMenu();
      return settings;
    },
    indexFolder: async (folder) => {
      const progress = await core.indexFolder(folder);
      refreshMenu();
      return progress;
    },
  };
  registerIpcHandlers(ipcMain, handlers);

  function refreshMenu(): void {
    void handlers.getSettings().then((settings) => {
      const language = menuLanguage(settings.language, app.getLocale());
      const template = buildMenuTemplate({ ...settings, language, dev: Boolean(devServerUrl), send });
      Menu.setApplicationMenu(Menu.buildFromTemplate(template));
    });
  }
  refreshMenu();

  win = createMainWindow(defaultWindowPaths(join(__dirname, '..'), app.getPath('userData'), devServerUrl));
  win.on('closed', () => {
    win = null;
  });
  const folder = folderFromArgv(process.argv, process.cwd(), argvSkip);
  if (folder) win.webContents.once('did-finish-load', () => send({ command: 'openFolder', arg: folder }));
}
