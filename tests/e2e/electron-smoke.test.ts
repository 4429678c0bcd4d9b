// Launches the real Electron app when an Electron binary exists; these build machines have none
// (it cannot be downloaded here), so the test skips and says why.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../helpers/paths';

function electronBinary(): string | null {
  const pkg = join(REPO, 'node_modules', 'electron');
  const pathTxt = join(pkg, 'path.txt');
  if (!existsSync(pathTxt)) return null;
  const binary = join(pkg, 'dist', readFileSync(pathTxt, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

const binary = electronBinary();
const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) || process.platform !== 'linux';
const reason = !binary
  ? 'Electron smoke test skipped: no Electron binary (node_modules/electron/path.txt or dist/ missing; it cannot be downloaded on this machine)'
  : !hasDisplay ? 'Electron smoke test skipped: no display' : null;
if (reason) console.warn(reason);

describe.skipIf(reason !== null)('electron smoke', () => {
  it('opens the secure window with the built renderer', async () => {
    const { _electron } = await import('playwright-core');
    const app = await _electron.launch({ executablePath: binary!, args: [REPO], env: { ...process.env, POLICY_LENS_DB: join(REPO, 'out', 'smoke.db') } });
    try {
      const win = await app.firstWindow();
      await win.waitForSelector('[data-test="nav-library"]');
      expect(await win.evaluate(() => typeof (window as unknown as { api?: object }).api)).toBe('object');
      expect(await win.evaluate(() => typeof (globalThis as unknown as { require?: unknown }).require)).toBe('undefined');
    } finally {
      await app.close();
    }
  });
});
