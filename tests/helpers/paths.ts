import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** Repo root (tests/helpers → ../..). */
export const REPO = resolve(__dirname, '..', '..');
/** `../shared` beside the clone: seeds and corpora (read only, never copied into the repo). */
export const SHARED = resolve(REPO, '..', 'shared');
export const SEEDS = resolve(SHARED, 'seeds');
export const CORPORA = resolve(SHARED, 'corpora');
export const hasShared = existsSync(SEEDS);

export function seed(n: 0 | 1 | 2 | 3 | 4): string {
  const names = [
    '000_b3d8f0754159c698.txt',
    '001_91a5a2d628f06f25.txt',
    '002_e23a489b5ef44256.txt',
    '003_0c08f530cfea8bbc.txt',
    '004_3ec8ba16defe998b.txt',
  ];
  return resolve(SEEDS, names[n]);
}

export function corpus(...parts: string[]): string {
  return resolve(CORPORA, ...parts);
}
