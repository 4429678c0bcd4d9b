// The native menu as data: every item either sends a MenuCommand to the renderer or uses an
// Electron role. Only type imports here, so tests can inspect it without Electron.
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand, UiLanguage } from '../../shared/api';

const LABELS = {
  zh: {
    file: '文件', open: '打开文件夹…', recent: '最近打开', noRecent: '（无）', export: '导出…', quit: '退出',
    edit: '编辑', find: '查找', view: '视图', zoomIn: '放大', zoomOut: '缩小', zoomReset: '实际大小',
    language: '界面语言', reload: '重新加载', devtools: '开发者工具', fullscreen: '全屏',
  },
  en: {
    file: 'File', open: 'Open Folder…', recent: 'Recent Folders', noRecent: '(none)', export: 'Export…', quit: 'Quit',
    edit: 'Edit', find: 'Find', view: 'View', zoomIn: 'Zoom In', zoomOut: 'Zoom Out', zoomReset: 'Actual Size',
    language: 'Language', reload: 'Reload', devtools: 'Developer Tools', fullscreen: 'Full Screen',
  },
} as const;

/** The saved choice wins; until the user picks one, the menu speaks the system language like the UI. */
export function menuLanguage(chosen: UiLanguage | null, systemLocale: string): UiLanguage {
  return chosen ?? (systemLocale.toLowerCase().startsWith('zh') ? 'zh' : 'en');
}

export interface MenuInput {
  language: UiLanguage;
  recentFolders: string[];
  dev: boolean;
  send: (command: MenuCommand) => void;
}

export function buildMenuTemplate({ language, recentFolders, dev, send }: MenuInput): MenuItemConstructorOptions[] {
  const l = LABELS[language];
  const recent: MenuItemConstructorOptions[] = recentFolders.length
    ? recentFolders.slice(0, 10).map((folder) => ({ label: folder, click: () => send({ command: 'openFolder', arg: folder }) }))
    : [{ label: l.noRecent, enabled: false }];
  const viewItems: MenuItemConstructorOptions[] = [
    { label: l.zoomIn, role: 'zoomIn', accelerator: 'CmdOrCtrl+=' },
    { label: l.zoomOut, role: 'zoomOut', accelerator: 'CmdOrCtrl+-' },
    { label: l.zoomReset, role: 'resetZoom', accelerator: 'CmdOrCtrl+0' },
    { type: 'separator' },
    {
      label: l.language,
      submenu: (['zh', 'en'] as const).map((lang) => ({
        label: lang === 'zh' ? '简体中文' : 'English',
        type: 'radio' as const,
        checked: language === lang,
        click: () => send({ command: 'language', arg: lang }),
      })),
    },
    { type: 'separator' },
    { label: l.fullscreen, role: 'togglefullscreen' },
  ];
  if (dev) viewItems.push({ label: l.reload, role: 'reload' }, { label: l.devtools, role: 'toggleDevTools' });
  return [
    {
      label: l.file,
      submenu: [
        { label: l.open, accelerator: 'CmdOrCtrl+O', click: () => send({ command: 'openFolder' }) },
        { label: l.recent, submenu: recent },
        { type: 'separator' },
        { label: l.export, accelerator: 'CmdOrCtrl+E', click: () => send({ command: 'export' }) },
        { type: 'separator' },
        { label: l.quit, role: 'quit' },
      ],
    },
    {
      label: l.edit,
      submenu: [
        { role: 'copy' },
        { role: 'selectAll' },
        { type: 'separator' },
        { label: l.find, accelerator: 'CmdOrCtrl+F', click: () => send({ command: 'find' }) },
      ],
    },
    { label: l.view, submenu: viewItems },
  ];
}
