// Hostile input through the real CLI: every file either indexes or fails alone with a specific
// message, nothing hangs or crashes, the sources stay byte-identical, queries never break search.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { corpus, hasShared, seed } from '../helpers/paths';
import {
  docx, documentXml, encodablePhrase, encode, encryptedPdf, htmlToText, imageOnlyPdf, textPdf, utf16NoBom, zipBombDocx,
} from './fixtures';
import { CLI_BUILT, hashTree, indexJson, lastJson, runCli, withDb, type IndexSummaryJson } from './helpers';

let work: string;
let dir: string;
let db: string;
let summary: IndexSummaryJson;
let before: Map<string, string>;
const phrase: Record<string, string> = {};
const SECRET = 'xxesecrettoken';
const OUTSIDE = 'outsidesecrettoken';
const NEWLINE_NAME = 'line\nbreak.txt';
const CJK_NAME = '隐私 政策 副本.txt';
const BAD_NAME = Buffer.from([0x62, 0x61, 0x64, 0x2d, 0xff, 0xfe, 0x2e, 0x74, 0x78, 0x74]); // "bad-\xff\xfe.txt"

interface Row { path: string; status: string; error: string | null; encoding: string | null; textLength: number | null }
function row(name: string): Row | undefined {
  return withDb(db, (d) => d.prepare(`SELECT d.path, d.status, d.error, d.encoding, length(t.text) AS textLength
    FROM documents d LEFT JOIN texts t ON t.document_id = d.id WHERE d.path = ?`).get(join(dir, name)) as Row | undefined);
}
function storedTextContains(token: string): boolean {
  return withDb(db, (d) => d.prepare('SELECT count(*) AS n FROM texts WHERE instr(lower(text), ?) > 0').get(token) as { n: number }).n > 0;
}
function failure(name: string) {
  return summary.failed.find((f) => f.path === join(dir, name));
}
async function search(query: string, database = db): Promise<{ path: string }[]> {
  const run = await runCli(['search', query, '--db', database, '--json', '--limit', '200'], 30_000);
  expect(run.timedOut).toBe(false);
  expect(run.code, run.stderr).toBe(0);
  return lastJson<{ path: string }[]>(run);
}
async function expectFound(name: string, query: string) {
  expect((await search(query)).map((h) => h.path)).toContain(join(dir, name));
}
function expectOk(name: string) {
  const r = row(name);
  expect(r, `${name} not stored; failed: ${failure(name)?.error}`).toBeDefined();
  expect(r!.status, String(r!.error)).toBe('ok');
  return r!;
}
function expectFailed(name: string, message: RegExp) {
  const f = failure(name);
  expect(f, `${name} should be reported as failed; stored as ${row(name)?.status}`).toBeDefined();
  expect(f!.error).toMatch(message);
  expect(f!.error).not.toMatch(/\n\s+at /);
  expect(row(name)?.status ?? 'failed').toBe('failed');
}

const firstPhrase = (text: string) => encodablePhrase(text, 'gb18030', 8);

describe.skipIf(!hasShared || !CLI_BUILT)('hostile files in one folder', () => {
  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'pl-hostile-'));
    dir = join(work, 'folder');
    mkdirSync(dir);
    const s = [0, 1, 2, 3, 4].map((n) => readFileSync(seed(n as 0 | 1 | 2 | 3 | 4), 'utf8'));
    const put = (name: string, bytes: string | Buffer) => writeFileSync(join(dir, name), bytes);

    put('control.txt', s[0]); phrase.control = firstPhrase(s[0]);
    const noise = Buffer.alloc(4096);
    for (let i = 0; i < noise.length; i++) noise[i] = (i * 2654435761) >>> 24;
    put('binary.txt', Buffer.concat([Buffer.from('\x89PNG\r\n\x1a\n\0\0\0\rIHDR', 'latin1'), noise]));
    copyFileSync(process.execPath, join(dir, 'program.md'));
    put('empty.txt', '');
    put('blank.txt', '  \n\t\n\u3000\u3000\r\n   \n');
    const long = s[1].replace(/\s+/g, '');
    put('oneline.txt', long.repeat(Math.ceil((6 * 1024 * 1024) / Buffer.byteLength(long))) + ' longlineendmarker');
    const mid = Math.floor(s[2].length / 2);
    put('invalid-utf8.txt', Buffer.concat([Buffer.from(s[2].slice(0, mid)), Buffer.from([0xc3, 0x28, 0xff, 0xfe, 0x80]), Buffer.from(s[2].slice(mid))]));
    phrase.invalid = firstPhrase(s[2].slice(mid + 200));
    put('utf16le.txt', utf16NoBom(s[3], false)); phrase.le = firstPhrase(s[3]);
    put('utf16be.txt', utf16NoBom(s[4], true)); phrase.be = firstPhrase(s[4]);
    const cut = Math.floor(s[1].length * 0.8);
    put('mixed.txt', Buffer.concat([Buffer.from(s[1].slice(0, cut)), encode(s[1].slice(cut), 'gbk')]));
    phrase.mixed = firstPhrase(s[1].slice(200, cut));
    put('gbk.txt', encode(s[3], 'gbk')); phrase.gbk = encodablePhrase(s[3].slice(1000), 'gbk', 8);
    const hant = htmlToText(readFileSync(corpus('gplay_privacy_zh_html', '17sing.tw.html'), 'utf8'));
    put('big5.txt', encode(hant, 'big5')); phrase.big5 = encodablePhrase(hant, 'big5', 6);

    phrase.html = firstPhrase(s[4].slice(300));
    put('scripts.html', `<!doctype html><html><head><title>隐私政策</title><script>var a = "scripttokenqq";</script>
<style>body::after { content: "styletokenqq" }</style></head><body>
<iframe srcdoc="<p>iframetokenqq</p>" src="javascript:alert('iframesrctokenqq')"></iframe>
<a href="javascript:alert('hreftokenqq')">联系我们</a><img src="x" onerror="alert('onerrortokenqq')">
${s[4].split('\n').map((l) => `<p>${l.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`).join('\n')}
<script>document.write("writetokenqq")</script></body></html>`);
    const bomb = ['<!ENTITY lol "lol">', ...Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`)].join('');
    put('entity-bomb.html', `<!DOCTYPE html [${bomb}]><html><body><h1>隐私政策</h1><p>${s[0].slice(0, 2000)}</p><p>&lol9;&lol9;&lol9;</p>${'&amp;'.repeat(100_000)}</body></html>`);
    phrase.deep = firstPhrase(s[2]);
    put('deep.html', `<html><body>${'<div>'.repeat(100_000)}<p>${s[2].slice(0, 3000)}</p>${'</div>'.repeat(100_000)}</body></html>`);

    put('not-a-zip.docx', s[0]);
    const good = await docx(documentXml(s[1].split('\n').filter(Boolean)));
    put('valid.docx', good); phrase.docx = firstPhrase(s[1]);
    put('truncated.docx', good.subarray(0, Math.floor(good.length / 2)));
    put('bomb.docx', await zipBombDocx(300));
    const secretFile = join(work, 'secret.txt');
    writeFileSync(secretFile, SECRET);
    put('xxe.docx', await docx(documentXml(['隐私政策', '&xxe;', s[0].slice(0, 500)], `<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file://${secretFile}">]>`)));

    put('broken.pdf', '%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pa');
    put('not-a-pdf.pdf', s[0].slice(0, 3000));
    put('encrypted.pdf', encryptedPdf());
    put('image-only.pdf', imageOnlyPdf());
    put('text.pdf', textPdf('Privacy Policy: we collect your email address to answer your questions.'));

    symlinkSync('.', join(dir, 'loop'));
    mkdirSync(join(work, 'outside'));
    writeFileSync(join(work, 'outside', 'secret.txt'), `隐私政策\n${OUTSIDE}\n`);
    symlinkSync(join(work, 'outside', 'secret.txt'), join(dir, 'outside-link.txt'));
    symlinkSync(join(work, 'outside'), join(dir, 'outside-dir'));
    put(CJK_NAME, s[3].slice(0, 5000)); phrase.cjk = firstPhrase(s[3].slice(2000, 5000));
    put(NEWLINE_NAME, s[4].slice(0, 5000)); phrase.newline = firstPhrase(s[4].slice(2000, 5000));
    writeFileSync(Buffer.concat([Buffer.from(`${dir}/`), BAD_NAME]), s[2].slice(0, 5000));

    before = hashTree(dir);
    const res = await indexJson(dir, (db = join(work, 'hostile.db')), 300_000);
    expect(res.run.timedOut, 'indexing the hostile folder hung').toBe(false);
    expect(res.run.code, res.run.stderr).toBe(0);
    summary = res.summary;
  }, 400_000);
  afterAll(() => { if (work) rmSync(work, { recursive: true, force: true }); });

  it('a normal policy next to the hostile files is indexed and searchable', async () => {
    expectOk('control.txt');
    await expectFound('control.txt', phrase.control);
  });
  it('binary bytes under .txt: failed as binary', () => expectFailed('binary.txt', /binary|not a text|not text/i));
  it('an executable under .md: failed as binary', () => expectFailed('program.md', /binary|not a text|not text/i));
  it('an empty file: failed as empty', () => expectFailed('empty.txt', /empty/i));
  it('a whitespace-only file: failed as empty / no text', () => expectFailed('blank.txt', /empty|blank|no text/i));
  it('a 6 MB single line: indexed, its last token searchable', async () => {
    expectOk('oneline.txt');
    await expectFound('oneline.txt', 'longlineendmarker');
  });
  it('invalid UTF-8 bytes: decoded as UTF-8, text after the bad bytes searchable', async () => {
    // The encoding column says the bad bytes were replaced, so the analyst knows the text is lossy.
    expect(expectOk('invalid-utf8.txt').encoding).toMatch(/^utf-8\b/);
    await expectFound('invalid-utf8.txt', phrase.invalid);
  });
  it('UTF-16LE without BOM: detected and searchable', async () => {
    expect(expectOk('utf16le.txt').encoding).toBe('utf-16le');
    await expectFound('utf16le.txt', phrase.le);
  });
  it('UTF-16BE without BOM: detected and searchable', async () => {
    expect(expectOk('utf16be.txt').encoding).toBe('utf-16be');
    await expectFound('utf16be.txt', phrase.be);
  });
  it('mixed UTF-8 + GBK in one file: indexed as UTF-8, the UTF-8 part searchable', async () => {
    expect(expectOk('mixed.txt').encoding).toMatch(/^utf-8\b/);
    await expectFound('mixed.txt', phrase.mixed);
  });
  it('GBK without declaration: detected as GB18030/GBK and searchable', async () => {
    expect(expectOk('gbk.txt').encoding).toMatch(/^(gb18030|gbk|gb2312)$/);
    await expectFound('gbk.txt', phrase.gbk);
  });
  it('Big5 without declaration (real zh-Hant policy): detected as Big5 and searchable', async () => {
    expect(expectOk('big5.txt').encoding).toBe('big5');
    await expectFound('big5.txt', phrase.big5);
  });
  it('HTML scripts, styles, iframes, javascript: links and onerror never reach the text', async () => {
    expectOk('scripts.html');
    await expectFound('scripts.html', phrase.html);
    for (const token of ['scripttokenqq', 'styletokenqq', 'iframetokenqq', 'iframesrctokenqq', 'hreftokenqq', 'onerrortokenqq', 'writetokenqq']) {
      expect(storedTextContains(token), token).toBe(false);
      expect(await search(token)).toEqual([]);
    }
  });
  it('an entity bomb is not expanded (text stays small) and the body is indexed', () => {
    const r = expectOk('entity-bomb.html');
    expect(r.textLength!).toBeLessThan(1_000_000);
    expect(storedTextContains('lollollol')).toBe(false);
  });
  it('100,000 levels of nested markup: no stack overflow, inner text searchable', async () => {
    expectOk('deep.html');
    await expectFound('deep.html', phrase.deep);
  });
  it('a .docx that is not a zip: failed with a docx/zip message', () => expectFailed('not-a-zip.docx', /zip|docx|word/i));
  it('a truncated .docx: failed with a docx/zip message', () => expectFailed('truncated.docx', /zip|docx|truncat|corrupt|end of/i));
  it('a zip bomb .docx (300 MB inflated): refused as too large', () => expectFailed('bomb.docx', /too large|bomb|exceed|limit|uncompressed/i));
  it('a .docx with an XXE entity: the local file is never read into the index', async () => {
    expect(storedTextContains(SECRET)).toBe(false);
    expect(await search(SECRET)).toEqual([]);
  });
  it('a valid .docx from seed text: indexed and searchable (docx control)', async () => {
    expectOk('valid.docx');
    await expectFound('valid.docx', phrase.docx);
  });
  it('a broken PDF: failed with a PDF message', () => expectFailed('broken.pdf', /pdf/i));
  it('text named .pdf: failed as not a PDF', () => expectFailed('not-a-pdf.pdf', /not a pdf|%PDF/i));
  it('an encrypted PDF: failed as encrypted / password protected', () => expectFailed('encrypted.pdf', /encrypt|password/i));
  it('an image-only PDF: failed with "no text layer"', () => expectFailed('image-only.pdf', /no text/i));
  it('a PDF with a text layer: indexed and searchable (pdf control)', async () => {
    expectOk('text.pdf');
    await expectFound('text.pdf', 'collect your email address');
  });
  it('a symlink loop is not walked into (no path through it)', () => {
    const paths = withDb(db, (d) => (d.prepare('SELECT path FROM documents').all() as { path: string }[]).map((r) => r.path));
    expect(paths.filter((p) => p.includes('/loop/'))).toEqual([]);
  });
  it('symlinks pointing outside the folder are not followed', async () => {
    expect(storedTextContains(OUTSIDE)).toBe(false);
    expect(await search(OUTSIDE)).toEqual([]);
    const paths = withDb(db, (d) => (d.prepare('SELECT path FROM documents').all() as { path: string }[]).map((r) => r.path));
    expect(paths.filter((p) => !p.startsWith(`${dir}/`) || p.includes('outside-dir/'))).toEqual([]);
  });
  it('a file name with CJK and spaces: stored under its exact path and searchable', async () => {
    expectOk(CJK_NAME);
    await expectFound(CJK_NAME, phrase.cjk);
  });
  it('a file name containing a newline: stored under its exact path and searchable', async () => {
    expectOk(NEWLINE_NAME);
    await expectFound(NEWLINE_NAME, phrase.newline);
  });
  it('a file name with invalid UTF-8 bytes: listed (indexed or failed with a reason), never silently lost', () => {
    const rows = withDb(db, (d) => d.prepare("SELECT path, status, error FROM documents WHERE path LIKE ?").all(`${dir}/bad-%`) as Row[]);
    expect(rows.length).toBe(1);
    if (rows[0].status === 'failed') expect(rows[0].error).toMatch(/name|encoding|utf-?8|cannot read|not found/i);
  });
  it('every source file is byte-identical after indexing', () => {
    expect(hashTree(dir)).toEqual(before);
  });
  it('the summary counts every regular file once: ok + failed = documents', () => {
    const counts = withDb(db, (d) => d.prepare("SELECT sum(status = 'ok') AS ok, sum(status = 'failed') AS failed, count(*) AS n FROM documents").get() as { ok: number; failed: number; n: number });
    expect(counts.n).toBe(summary.documents);
    expect(counts.failed).toBe(summary.failed.length);
    expect(summary.failed.map((f) => f.path).filter((p) => p.includes('control.txt'))).toEqual([]);
  });

  describe('hostile queries', () => {
    const queries: [string, string][] = [
      ['FTS operators', '个人 AND OR NOT NEAR('],
      ['unbalanced quote', '"个人信息'],
      ['quotes inside', '我们"收集"您的'],
      ['column filter syntax', 'body:信息 OR text:cookie'],
      ['wildcards and carets', '* ^信息 -删除 +cookie'],
      ['only punctuation', '()"":*^'],
    ];
    for (const [what, q] of queries) {
      it(`${what} (${q}): exit 0 with a JSON array`, async () => {
        expect(Array.isArray(await search(q))).toBe(true);
      });
    }
    it('a 10 KB query answers within the time limit with a JSON array', async () => {
      const q = readFileSync(seed(0), 'utf8').slice(0, 10_000);
      expect(Array.isArray(await search(q))).toBe(true);
    });
    it('a query with NUL (argv cannot carry NUL, so in-process through the store) returns an array', async () => {
      const { LibraryStore } = await import('../../src/main/store');
      const store = LibraryStore.open(db);
      try {
        expect(Array.isArray(store.search('个人\0信息', 10))).toBe(true);
        expect(Array.isArray(store.search('\0', 10))).toBe(true);
      } finally {
        store.close();
      }
    });
  });
});

describe.skipIf(!hasShared || !CLI_BUILT)('hostile folders', () => {
  let other: string;
  beforeAll(() => { other = mkdtempSync(join(tmpdir(), 'pl-hostile-big-')); });
  afterAll(() => { if (other) rmSync(other, { recursive: true, force: true }); });

  it('a 50 MB file: indexed and searchable at its end, or refused as too large — never a crash', async () => {
    const folder = join(other, 'big');
    mkdirSync(folder);
    const text = readFileSync(seed(0), 'utf8');
    const reps = Math.ceil((50 * 1024 * 1024) / Buffer.byteLength(text));
    writeFileSync(join(folder, 'huge.txt'), `${text.repeat(reps)}\nhugefileendmarker\n`);
    const database = join(other, 'big.db');
    const { run, summary: s } = await indexJson(folder, database, 600_000);
    expect(run.timedOut).toBe(false);
    expect(run.code).toBe(0);
    if (s.failed.length) expect(s.failed[0].error).toMatch(/too large|size|limit/i);
    else expect((await search('hugefileendmarker', database)).length).toBe(1);
  }, 700_000);

  it('10,000 tiny files: all indexed, none failed', async () => {
    const folder = join(other, 'tiny');
    const lines = readFileSync(corpus('viodroid_zh', 'labelled_sentences.csv'), 'utf8').split('\n').filter((l) => l.length > 20);
    for (let i = 0; i < 10_000; i++) {
      const sub = join(folder, `g${Math.floor(i / 500)}`);
      if (i % 500 === 0) mkdirSync(sub, { recursive: true });
      writeFileSync(join(sub, `p${i}.txt`), `隐私政策 ${i}\n${lines[i % lines.length].split(',')[0]}\n`);
    }
    const { run, summary: s } = await indexJson(folder, join(other, 'tiny.db'), 900_000);
    expect(run.timedOut).toBe(false);
    expect(run.code).toBe(0);
    expect(s.failed).toEqual([]);
    expect(s.documents).toBe(10_000);
  }, 1_000_000);

  it('a folder that does not exist: non-zero exit and one line on stderr', async () => {
    const run = await runCli(['index', join(other, 'missing'), '--db', join(other, 'm.db'), '--json'], 30_000);
    expect(run.code).not.toBe(0);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/missing|not found|no such|does not exist|cannot open/i);
  });
});
