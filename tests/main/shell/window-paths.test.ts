import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../../helpers/paths';
import { mainWindowOptions } from '../../../src/main/shell/window-options';
import { defaultWindowPaths } from '../../../src/main/shell/window-paths';

/** Width and height from a PNG's IHDR chunk, or null when the bytes are not a PNG. */
function pngSize(bytes: Buffer): { width: number; height: number } | null {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!bytes.subarray(0, 8).equals(signature) || bytes.toString('latin1', 12, 16) !== 'IHDR') return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('main window paths', () => {
  const paths = defaultWindowPaths(join(REPO, 'out'), '/home/u/.config/policy-lens');

  it('takes the window icon from resources/, a square PNG large enough for a taskbar', () => {
    expect(paths.icon).toBe(join(REPO, 'resources', 'icon.png'));
    const size = pngSize(readFileSync(paths.icon));
    expect(size).not.toBeNull();
    expect(size!.width).toBe(size!.height);
    expect(size!.width).toBeGreaterThanOrEqual(256);
    expect(mainWindowOptions(paths.preload, { width: 1000, height: 700 }, paths.icon).icon).toBe(paths.icon);
  });

  it('loads the built preload and renderer from out/ and keeps bounds in the user data folder', () => {
    expect(paths.preload).toBe(join(REPO, 'out', 'preload', 'index.js'));
    expect(paths.rendererHtml).toBe(join(REPO, 'out', 'renderer', 'index.html'));
    expect(paths.boundsFile).toBe(join('/home/u/.config/policy-lens', 'window-bounds.json'));
    expect(paths.devServerUrl).toBeUndefined();
  });
});
