import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import type { MenuCommand } from '../../../src/shared/api';
import { buildMenuTemplate, menuLanguage } from '../../../src/main/shell/menu-template';

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}
const click = (item: MenuItemConstructorOptions) => (item.click as unknown as () => void)();

describe('native menu', () => {
  it('has the accelerators and sends commands to the renderer', () => {
    const sent: MenuCommand[] = [];
    const items = flatten(buildMenuTemplate({ language: 'en', recentFolders: ['/data/policies'], dev: false, send: (c) => sent.push(c) }));
    const byAccel = (a: string) => items.find((i) => i.accelerator === a)!;
    click(byAccel('CmdOrCtrl+O'));
    click(byAccel('CmdOrCtrl+E'));
    click(byAccel('CmdOrCtrl+F'));
    click(items.find((i) => i.label === '/data/policies')!);
    click(items.find((i) => i.label === '简体中文')!);
    expect(sent).toEqual([
      { command: 'openFolder' }, { command: 'export' }, { command: 'find' },
      { command: 'openFolder', arg: '/data/policies' }, { command: 'language', arg: 'zh' },
    ]);
    expect(items.map((i) => i.role)).toEqual(expect.arrayContaining(['zoomIn', 'zoomOut', 'resetZoom']));
    expect(items.some((i) => i.role === 'toggleDevTools')).toBe(false);
  });

  it('speaks the UI language and shows an empty recent list as disabled', () => {
    const items = flatten(buildMenuTemplate({ language: 'zh', recentFolders: [], dev: true, send: () => {} }));
    expect(items.find((i) => i.accelerator === 'CmdOrCtrl+O')!.label).toBe('打开文件夹…');
    expect(items.find((i) => i.label === '（无）')!.enabled).toBe(false);
    expect(items.find((i) => i.label === '简体中文')!.checked).toBe(true);
  });

  it('follows the system locale until the user has chosen a language', () => {
    expect(menuLanguage(null, 'zh-CN')).toBe('zh');
    expect(menuLanguage(null, 'zh-TW')).toBe('zh');
    expect(menuLanguage(null, 'en-GB')).toBe('en');
    expect(menuLanguage('en', 'zh-CN')).toBe('en');
    expect(menuLanguage('zh', 'de')).toBe('zh');
  });
});
