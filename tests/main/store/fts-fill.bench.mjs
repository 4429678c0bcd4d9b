// Benchmark (not a test): fill speed and 2-char recall of FTS5 trigram vs unicode61 over
// CJK-spaced text, on CA4P txt. Run: node tests/main/store/fts-fill.bench.mjs
import Database from 'better-sqlite3';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const dir = resolve(import.meta.dirname, '../../../../shared/corpora/ca4p483/txt');
const texts = readdirSync(dir).sort().map((f) => readFileSync(join(dir, f), 'utf8').normalize('NFKC'));
const mb = texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / 1e6;
const CJK_RUN = /[\u2e80-\u2fdf\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]+/g;
const space = (t) => t.replace(CJK_RUN, (m) => ` ${m.split('').join(' ')} `);

function run(name, ddl, prep, query) {
  const db = new Database(':memory:');
  db.exec(ddl);
  const ins = db.prepare('INSERT INTO f(rowid, body) VALUES (?, ?)');
  const t0 = performance.now();
  db.transaction(() => texts.forEach((t, i) => ins.run(i + 1, prep(t))))();
  const ms = performance.now() - t0;
  const count = (q) => db.prepare('SELECT count(*) n FROM f WHERE f MATCH ?').get(query(q)).n;
  console.log(`${name}: ${mb.toFixed(1)} MB in ${ms.toFixed(0)} ms = ${(mb / ms * 1000).toFixed(1)} MB/s;`,
    `境内=${count('境内')} 注销=${count('注销')} 个人信息=${count('个人信息')}`);
  db.close();
}
run('trigram', "CREATE VIRTUAL TABLE f USING fts5(body, tokenize='trigram', content='')", (t) => t, (q) => `"${q}"`);
run('unicode61-spaced', "CREATE VIRTUAL TABLE f USING fts5(body, tokenize='unicode61', content='', contentless_delete=1)", space, (q) => `"${space(q).trim()}"`);
run('unicode61-spaced-detail-full-nodelete', "CREATE VIRTUAL TABLE f USING fts5(body, tokenize='unicode61', content='')", space, (q) => `"${space(q).trim()}"`);
const s0 = performance.now(); texts.forEach(space); console.log(`spacing alone: ${(mb / (performance.now() - s0) * 1000).toFixed(1)} MB/s`);
