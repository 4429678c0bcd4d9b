import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBounds, saveBounds } from '../../../src/main/shell/bounds-store';
import { DEFAULT_BOUNDS } from '../../../src/main/shell/window-options';

describe('window bounds', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pl-bounds-'));

  it('round-trips size, position and maximised state through JSON', () => {
    const file = join(dir, 'nested', 'window-bounds.json');
    saveBounds(file, { x: 40, y: 60, width: 1280, height: 800, maximized: true });
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ width: 1280 });
    expect(loadBounds(file)).toEqual({ x: 40, y: 60, width: 1280, height: 800, maximized: true });
  });

  it('falls back to the default for a missing, corrupt or absurd file', () => {
    expect(loadBounds(join(dir, 'missing.json'))).toEqual(DEFAULT_BOUNDS);
    const corrupt = join(dir, 'corrupt.json');
    writeFileSync(corrupt, '{"width": 12');
    expect(loadBounds(corrupt)).toEqual(DEFAULT_BOUNDS);
    writeFileSync(corrupt, JSON.stringify({ width: 10, height: -5 }));
    expect(loadBounds(corrupt)).toEqual(DEFAULT_BOUNDS);
    writeFileSync(corrupt, JSON.stringify({ width: 900, height: 600, x: 'left' }));
    expect(loadBounds(corrupt)).toEqual({ width: 900, height: 600, maximized: false });
  });
});
