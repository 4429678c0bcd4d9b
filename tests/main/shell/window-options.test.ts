import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../../helpers/paths';
import {
  CONTENT_SECURITY_POLICY, isExternalWebUrl, mainWindowOptions, SECURE_WEB_PREFERENCES,
} from '../../../src/main/shell/window-options';

function directives(csp: string): Map<string, string[]> {
  return new Map(csp.split(';').map((d) => d.trim()).filter(Boolean).map((d) => {
    const [name, ...values] = d.split(/\s+/);
    return [name, values];
  }));
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

describe('window security options', () => {
  it('isolates, sandboxes and keeps Node out of the renderer', () => {
    const options = mainWindowOptions('/app/out/preload/index.js', { width: 1000, height: 700 });
    expect(options.webPreferences).toMatchObject({
      contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false,
      allowRunningInsecureContent: false, preload: '/app/out/preload/index.js',
    });
    expect(SECURE_WEB_PREFERENCES.nodeIntegrationInSubFrames).toBe(false);
    expect(options.width).toBe(1000);
  });

  it('CSP allows only the app itself: no eval, no remote origins, no plugins', () => {
    const d = directives(CONTENT_SECURITY_POLICY);
    expect(d.get('default-src')).toEqual(["'self'"]);
    expect(d.get('script-src')).toEqual(["'self'"]);
    expect(d.get('object-src')).toEqual(["'none'"]);
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|\*|wss?:/);
  });

  it('the header CSP and the meta tag in index.html are the same policy', () => {
    const html = readFileSync(join(REPO, 'src/renderer/index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html);
    expect(meta).not.toBeNull();
    expect(directives(meta![1])).toEqual(directives(CONTENT_SECURITY_POLICY));
  });

  it('opens only http(s) URLs externally', () => {
    expect(isExternalWebUrl('https://www.cac.gov.cn/')).toBe(true);
    expect(isExternalWebUrl('http://example.com/a?b')).toBe(true);
    for (const bad of ['javascript:alert(1)', 'file:///etc/passwd', 'data:text/html,<b>x', 'smb://host/share', 'not a url', '']) {
      expect(isExternalWebUrl(bad)).toBe(false);
    }
  });

  it('only the shell and the preload import electron', () => {
    const importers = walk(join(REPO, 'src'))
      .filter((f) => /\.(ts|vue|mts|js)$/.test(f))
      .filter((f) => /(from\s+['"]electron['"]|require\(\s*['"]electron['"]\s*\)|import\(\s*['"]electron['"]\s*\))/.test(readFileSync(f, 'utf8')))
      .map((f) => relative(REPO, f).split('\\').join('/'));
    expect(importers).toContain('src/main/index.ts');
    for (const file of importers) {
      expect(file === 'src/main/index.ts' || file.startsWith('src/main/shell/') || file.startsWith('src/preload/'), file).toBe(true);
    }
  });
});
