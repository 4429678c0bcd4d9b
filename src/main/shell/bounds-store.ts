// Remembers the window's size and position as JSON in userData. Plain fs, no electron.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { DEFAULT_BOUNDS, type WindowBounds } from './window-options';

const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** Reads saved bounds; anything missing, corrupt or absurd falls back to the default size. */
export function loadBounds(file: string): WindowBounds {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return { ...DEFAULT_BOUNDS };
  }
  if (typeof raw !== 'object' || raw === null) return { ...DEFAULT_BOUNDS };
  const b = raw as Record<string, unknown>;
  if (!finite(b.width) || !finite(b.height) || b.width < 400 || b.height < 300) return { ...DEFAULT_BOUNDS };
  const bounds: WindowBounds = { width: Math.round(b.width), height: Math.round(b.height), maximized: b.maximized === true };
  if (finite(b.x) && finite(b.y)) {
    bounds.x = Math.round(b.x);
    bounds.y = Math.round(b.y);
  }
  return bounds;
}

export function saveBounds(file: string, bounds: WindowBounds): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(bounds), 'utf8');
}
