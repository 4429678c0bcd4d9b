#!/usr/bin/env node
// Checks copies of the fresh pages against bench/fresh-labels/MANIFEST.tsv: each file's SHA-256 must start with the
// manifest's 16 hex digits. The search tools' read_file drops `\r` and may drop or add a final newline, so a copy that
// matches only with CRLF line ends or with its final newline changed is rewritten that way (the copy, never a user's file).
//   node bench/fresh-check.mjs [DIR] [--list]      (DIR: where the copies are, default /tmp/fresh/all/src)
//   --list prints the manifest's rows for the pages DIR lacks (file, repo, path, total_chars, sha16), tab-separated, to
//   hand to whoever fetches them.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const REPO = resolve(import.meta.dirname, '..');
const dir = resolve(process.argv.slice(2).find((a) => !a.startsWith('--')) ?? '/tmp/fresh/all/src');
const rows = readFileSync(resolve(REPO, 'bench/fresh-labels/MANIFEST.tsv'), 'utf8').trim().split('\n').slice(1)
  .map((l) => l.split('\t')).map(([file, , repo, path, total, sha]) => ({ file, repo, path, total: Number(total), sha }));

if (process.argv.includes('--list')) {
  for (const r of rows) if (!existsSync(resolve(dir, r.file))) console.log([r.file, r.repo, r.path, r.total, r.sha].join('\t'));
  process.exit(0);
}

const hash = (b) => createHash('sha256').update(b).digest('hex').slice(0, 16);
/** The copy as read_file gives it, and the forms the original may have had. */
function variants(b) {
  const lf = Buffer.from(b.toString('utf8').replace(/\r\n/g, '\n'));
  const crlf = Buffer.from(lf.toString('utf8').replace(/\n/g, '\r\n'));
  const trimmed = (x, nl) => (x.toString('utf8').endsWith(nl) ? x.subarray(0, x.length - Buffer.byteLength(nl)) : x);
  return [['as copied', b], ['LF', lf], ['CRLF', crlf], ['final newline added', Buffer.concat([lf, Buffer.from('\n')])],
    ['final newline dropped', trimmed(lf, '\n')], ['CRLF, final newline added', Buffer.concat([crlf, Buffer.from('\r\n')])],
    ['CRLF, final newline dropped', trimmed(crlf, '\r\n')]];
}

let ok = 0, bad = 0;
const held = new Set(readdirSync(dir));
for (const r of rows.filter((x) => held.has(x.file))) {
  const path = resolve(dir, r.file);
  const match = variants(readFileSync(path)).find(([, b]) => hash(b) === r.sha);
  if (!match) {
    bad++;
    const n = readFileSync(path, 'utf8').length;
    console.log(`${r.file}: no match (${n} characters, the manifest says ${r.total})`);
    continue;
  }
  ok++;
  if (match[0] !== 'as copied') {
    writeFileSync(path, match[1]);
    console.log(`${r.file}: matches once rewritten (${match[0]})`);
  }
}
console.log(`${ok} copies match, ${bad} do not; ${rows.length - ok - bad} of the manifest's ${rows.length} pages are not in ${dir}`);
