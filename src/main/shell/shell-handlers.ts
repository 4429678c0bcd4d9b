// The four API methods that need the operating system: folder/save pickers, browser, file manager.
import { existsSync } from 'node:fs';
import { isAbsolute } from 'node:path';
import { dialog, shell, type BrowserWindow } from 'electron';
import { USER_ERROR_PREFIX, type PolicyLensApi } from '../../shared/api';
import { isExternalWebUrl } from './window-options';

export type ShellMethods = Pick<PolicyLensApi, 'chooseFolder' | 'chooseExportTarget' | 'openExternal' | 'showInFolder'>;

const userError = (message: string) => new Error(USER_ERROR_PREFIX + message);

export function createShellHandlers(getWindow: () => BrowserWindow | null): ShellMethods {
  const parentOptions = () => getWindow() ?? undefined;
  return {
    async chooseFolder() {
      const win = parentOptions();
      const options = { properties: ['openDirectory' as const] };
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return result.canceled || result.filePaths.length === 0 ? null : result.filePaths[0];
    },
    async chooseExportTarget(format) {
      const win = parentOptions();
      if (format === 'csv') {
        const options = { properties: ['openDirectory' as const, 'createDirectory' as const] };
        const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
        return result.canceled || result.filePaths.length === 0 ? null : result.filePaths[0];
      }
      const options = { defaultPath: 'policy-lens.xlsx', filters: [{ name: 'Excel', extensions: ['xlsx'] }] };
      const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      if (result.canceled || !result.filePath) return null;
      return result.filePath.toLowerCase().endsWith('.xlsx') ? result.filePath : `${result.filePath}.xlsx`;
    },
    async openExternal(url) {
      if (typeof url !== 'string' || !isExternalWebUrl(url)) throw userError(`only http(s) links can be opened: ${String(url)}`);
      await shell.openExternal(url);
    },
    async showInFolder(path) {
      if (typeof path !== 'string' || !isAbsolute(path)) throw userError(`not an absolute path: ${String(path)}`);
      if (!existsSync(path)) throw userError(`file not found: ${path}`);
      shell.showItemInFolder(path);
    },
  };
}
