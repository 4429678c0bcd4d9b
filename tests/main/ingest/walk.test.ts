import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { walkFolder } from '../../../src/main/ingest';
import { hashTree } from './fixtures';

let base: string;
let root: string;

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'ingest-walk-'));
  root = join(base, 'policies');
  mkdirSync(join(root, 'sub', 'deeper'), { recursive: true });
  mkdirSync(join(root, '.git'));
  writeFileSync(join(root, 'a.txt'), '隐私政策');
  writeFileSync(join(root, 'B.MD'), '# t');
  writeFileSync(join(root, 'sub', 'c.Html'), '<p>x</p>');
  writeFileSync(join(root, 'sub', 'deeper', 'd.pdf'), '%PDF-1.4');
  writeFileSync(join(root, 'sub', '隐私 政策 v2.docx'), 'PK');
  writeFileSync(join(root, 'sub', 'line\nbreak.htm'), '<p>y</p>');
  writeFileSync(join(root, 'photo.jpg'), 'jpg');
  writeFileSync(join(root, 'notes.markdown.bak'), 'no');
  writeFileSync(join(root, '.hidden.txt'), 'hidden');
  writeFileSync(join(root, '.git', 'e.txt'), 'hidden dir');
  writeFileSync(Buffer.from(join(root, 'bad-\xff-name.txt'), 'latin1'), 'invalid utf-8 name');
  writeFileSync(join(base, 'outside.txt'), 'outside');
  symlinkSync(join(base, 'outside.txt'), join(root, 'link-out.txt'));
  symlinkSync(join(root, 'a.txt'), join(root, 'sub', 'link-in.txt'));
  symlinkSync(root, join(root, 'sub', 'loop')); // folder symlink back to the root: never followed
  symlinkSync(join(base, 'missing.txt'), join(root, 'dangling.txt'));
});

afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('walkFolder', () => {
  it('lists supported files recursively, sorted, skipping hidden entries and following no folder links', async () => {
    const before = hashTree(root);
    const { files, problems } = await walkFolder(root);
    const rel = files.map((f) => f.path.slice(root.length + 1));
    expect(rel).toEqual(['B.MD', 'a.txt', 'sub/c.Html', 'sub/deeper/d.pdf', 'sub/line\nbreak.htm', 'sub/隐私 政策 v2.docx']);
    expect(files.every((f) => f.path.startsWith('/') && f.size > 0 && f.mtimeMs > 0)).toBe(true);
    const byName = Object.fromEntries(problems.map((p) => [p.path.slice(root.length + 1), p.error]));
    expect(byName['link-out.txt']).toBe('symbolic link points outside the folder');
    expect(byName['dangling.txt']).toBe('broken symbolic link');
    expect(byName['bad-\uFFFD-name.txt']).toMatch(/not valid UTF-8/);
    expect(byName['sub/link-in.txt']).toBeUndefined();
    expect(hashTree(root)).toEqual(before);
  });

  it('reports a missing root and a file given as root', async () => {
    expect((await walkFolder(join(base, 'nope'))).problems).toEqual([{ path: join(base, 'nope'), error: 'not found' }]);
    expect((await walkFolder(join(root, 'a.txt'))).problems[0].error).toBe('not a folder');
  });

  it.skipIf(process.getuid?.() === 0)('reports an unreadable folder as permission denied', async () => {
    const { chmodSync } = await import('node:fs');
    const locked = join(base, 'locked');
    mkdirSync(join(locked, 'inner'), { recursive: true });
    chmodSync(join(locked, 'inner'), 0o000);
    const { problems } = await walkFolder(locked);
    chmodSync(join(locked, 'inner'), 0o755);
    expect(problems).toEqual([{ path: join(locked, 'inner'), error: 'permission denied' }]);
  });

  it('handles 10,000 tiny files', async () => {
    const many = join(base, 'many');
    for (let d = 0; d < 10; d++) {
      mkdirSync(join(many, `d${d}`), { recursive: true });
      for (let i = 0; i < 1000; i++) writeFileSync(join(many, `d${d}`, `${i}.txt`), 'x');
    }
    const { files, problems } = await walkFolder(many);
    expect(problems).toEqual([]);
    expect(files.length).toBe(10_000);
    const paths = files.map((f) => f.path);
    expect([...paths].sort()).toEqual(paths);
  });
});
