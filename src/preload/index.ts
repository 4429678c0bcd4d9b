// The renderer's only door to the main process: one method per channel of the shared contract,
// plus the desktop extras (menu commands pushed from main, paths of dropped folders).
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import { createApiClient, MENU_COMMAND_CHANNEL, type DesktopBridge, type MenuCommand } from '../shared/api';

const api = createApiClient((channel, args) => ipcRenderer.invoke(channel, ...args));

const desktop: DesktopBridge = {
  onMenuCommand(listener) {
    const forward = (_event: IpcRendererEvent, command: MenuCommand) => listener(command);
    ipcRenderer.on(MENU_COMMAND_CHANNEL, forward);
    return () => ipcRenderer.removeListener(MENU_COMMAND_CHANNEL, forward);
  },
  pathForFile: (file) => webUtils.getPathForFile(file),
};

contextBridge.exposeInMainWorld('api', api);
contextBridge.exposeInMainWorld('desktop', desktop);
