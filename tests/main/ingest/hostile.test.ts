import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestFile, IngestError, MAX_FILE_BYTES, UTF8_REPLACED, walkFolder } from '../../../src/main/ingest';
import { seed } from '../../helpers/paths';
import { buildDocx, hashTree } from './fixtures';

let dir: string;
let secretFile: string;
const SECRET = 'TOP-SECRET-XXE-CANARY-7731';
let before: Record<string, string>;
const seed1 = readFileSync(seed(1), 'utf8');

/** Sets every central-directory "uncompressed size" field to `size` (a forged zip bomb header). */
function forgeUncompressedSizes(zip: Uint8Array, size: number): Uint8Array {
  const out = new Uint8Array(zip);
  const view = new DataView(out.buffer);
  for (let i = 0; i + 46 < out.length; i++) if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, size, true);
  return out;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ingest-hostile-'));
  secretFile = join(mkdtempSync(join(tmpdir(), 'ingest-secret-')), 'secret.txt');
  writeFileSync(secretFile, SECRET);
  const w = (name: string, data: string | Uint8Array): void => writeFileSync(join(dir, name), data);
  w('utf16-no-bom.txt', iconv.encode(seed1, 'utf-16le'));
  w('gb18030.txt', iconv.encode(seed1, 'gb18030'));
  w('big5.txt', iconv.encode('隱私權政策：我們如何蒐集、處理及利用您的個人資料。\n本政策適用於本服務之所有使用者。\n', 'big5'));
  w('隐私 政策 (副本).txt', seed1);
  w('controls.txt', 'line\u0001one\u0007\u200b here\r\nsecond\u000bline\r\n');
  w('script.html', '<p>Safe <a href="javascript:alert(1)">link</a><img src=x onerror="alert(2)"></p><script>alert(3)</script>');
  w('one-line.txt', '隐私'.repeat(3 * 1024 * 1024)); // 6M chars, one line, ~18 MB
  w('random.pdf', new Uint8Array(8192).map((_, i) => (i * 2654435761) >>> 24));
  w('random.txt', new Uint8Array(8192).map((_, i) => (i * 2246822519) >>> 24));
  w('broken.pdf', '%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R\nendobj\ntrailer <<>>\n%%EOF');
  w('not-zip.docx', 'This is plain text pretending to be a Word file.');
  const good = await buildDocx([{ style: 'Heading1', text: '隐私政策' }, { text: '正文。' }]);
  w('truncated.docx', good.subarray(0, Math.floor(good.length / 2)));
  w('forged-bomb.docx', forgeUncompressedSizes(good, 2_000_000_000));
  const ratioBomb = new JSZip();
  ratioBomb.file('word/document.xml', new Uint8Array(20 * 1024 * 1024));
  w('ratio-bomb.docx', await ratioBomb.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 9 } }));
  const xxeDoctype = `<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file://${secretFile}">]>`;
  w('xxe.docx', await buildDocx([{ text: 'before &xxe; after' }], xxeDoctype));
  w('empty.txt', '');
  w('blank.md', ' \n\t\n\u3000\n');
  w('invalid-utf8.txt', Buffer.concat([Buffer.from('隐私政策第一条。'.repeat(20)), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from('第二条。'.repeat(20))]));
  w('.hidden.txt', 'hidden');
  symlinkSync(dir, join(dir, 'loop'));
  symlinkSync(secretFile, join(dir, 'outside.txt'));
  before = hashTree(dir);
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(join(secretFile, '..'), { recursive: true, force: true });
});

const fail = async (name: string): Promise<string> => {
  try {
    await ingestFile(join(dir, name));
  } catch (err) {
    expect(err).toBeInstanceOf(IngestError);
    return (err as Error).message;
  }
  throw new Error(`${name} was accepted`);
};

describe('hostile inputs', () => {
  it('decodes UTF-16 without BOM, GB18030, Big5 and a CJK file name with spaces', async () => {
    const u16 = await ingestFile(join(dir, 'utf16-no-bom.txt'));
    expect(u16.encoding).toBe('utf-16le');
    expect(u16.source).toBe(seed1);
    const gb = await ingestFile(join(dir, 'gb18030.txt'));
    expect(gb.encoding).toBe('gb18030');
    expect(gb.source).toBe(seed1);
    const big5 = await ingestFile(join(dir, 'big5.txt'));
    expect(big5.encoding).toBe('big5');
    expect(big5.text).toContain('隱私權政策');
    const cjk = await ingestFile(join(dir, '隐私 政策 (副本).txt'));
    expect(cjk.path).toBe(join(dir, '隐私 政策 (副本).txt'));
    expect(cjk.source).toBe(seed1);
  });

  it('removes control characters and keeps hostile HTML as inert text', async () => {
    const c = await ingestFile(join(dir, 'controls.txt'));
    expect(c.text).toBe('lineone here\nsecondline\n');
    const h = await ingestFile(join(dir, 'script.html'));
    expect(h.text).toBe('Safe link');
  });

  it('handles a 6M-character single-line file', async () => {
    const doc = await ingestFile(join(dir, 'one-line.txt'));
    expect(doc.text.length).toBe(6 * 1024 * 1024);
    expect(doc.offsets[doc.text.length]).toBe(doc.source.length);
  });

  it('gives specific errors for binary, broken, empty and blank files', async () => {
    expect(await fail('random.pdf')).toBe('not a PDF: no %PDF header');
    expect(await fail('random.txt')).toBe('binary content, not text');
    expect(await fail('broken.pdf')).toMatch(/^pdf: (broken \(|no text layer)/);
    expect(await fail('empty.txt')).toBe('empty file');
    expect(await fail('blank.md')).toBe('blank file (whitespace only)');
    expect(await fail('missing.txt')).toBe('file not found');
    expect(await fail('photo.jpg')).toBe('unsupported file type (.jpg)');
  });

  it('names an oversized binary as binary and an oversized text as too large, reading only its head', async () => {
    const big = join(dir, 'over-limit');
    const junk = Buffer.alloc(MAX_FILE_BYTES + 1);
    for (let i = 0; i < 65536; i++) junk[i] = (i * 2654435761) >>> 24;
    writeFileSync(`${big}.md`, junk);
    writeFileSync(`${big}.txt`, Buffer.alloc(MAX_FILE_BYTES + 1, '隐私政策。'));
    try {
      expect(await fail('over-limit.md')).toBe('binary content, not text');
      expect(await fail('over-limit.txt')).toBe('file too large (65 MB, limit 64 MB)');
    } finally {
      rmSync(`${big}.md`);
      rmSync(`${big}.txt`);
    }
  });

  it('refuses non-zip, truncated and zip-bomb docx files', async () => {
    expect(await fail('not-zip.docx')).toBe('docx: not a zip archive');
    expect(await fail('truncated.docx')).toBe('docx: zip truncated');
    expect(await fail('forged-bomb.docx')).toBe('docx: refused, expands over 100 MB (zip bomb?)');
    expect(await fail('ratio-bomb.docx')).toMatch(/^docx: refused, compression ratio over 200:1 \(zip bomb\?\)$/);
  });

  it('never resolves XML external entities in a docx', async () => {
    let text = '';
    try {
      text = (await ingestFile(join(dir, 'xxe.docx'))).text;
    } catch (err) {
      text = (err as Error).message;
      expect(text).toMatch(/^docx: refused, .*DOCTYPE/);
    }
    expect(text).not.toContain(SECRET);
  });

  it('decodes invalid UTF-8 with replacement characters and says so', async () => {
    const doc = await ingestFile(join(dir, 'invalid-utf8.txt'));
    expect(doc.encoding).toBe(UTF8_REPLACED);
    expect(doc.text).toContain('\uFFFD');
    expect(doc.text).toContain('隐私政策第一条。');
  });

  it('walks the hostile folder without looping, reports the outside link, skips hidden files', async () => {
    const { files, problems } = await walkFolder(dir);
    const names = files.map((f) => f.path.slice(dir.length + 1));
    expect(names).not.toContain('.hidden.txt');
    expect(names.some((n) => n.startsWith('loop/'))).toBe(false);
    expect(names).toContain('隐私 政策 (副本).txt');
    expect(problems).toEqual([{ path: join(dir, 'outside.txt'), error: 'symbolic link points outside the folder' }]);
  });

  it('leaves every source file byte-identical', async () => {
    for (const f of (await walkFolder(dir)).files) await ingestFile(f.path).catch(() => undefined);
    expect(hashTree(dir)).toEqual(before);
    expect(readFileSync(secretFile, 'utf8')).toBe(SECRET);
  });
});
