import type JSZip from 'jszip';
import { IngestError } from './types';

export const DOCX_MAX_UNCOMPRESSED = 100 * 1024 * 1024;
export const DOCX_MAX_RATIO = 200;

interface ZipEntry {
  name: string;
  compressed: number;
  uncompressed: number;
}

/** End-of-central-directory record: signature PK\x05\x06, within the last 64 KB + 22 bytes. */
function findEocd(b: Uint8Array): number {
  for (let i = b.length - 22; i >= Math.max(0, b.length - 65_557); i--) {
    if (b[i] === 0x50 && b[i + 1] === 0x4b && b[i + 2] === 0x05 && b[i + 3] === 0x06) return i;
  }
  return -1;
}

/**
 * Reads the zip's central directory ourselves, before any decompression, so that a truncated or
 * hostile archive is refused with a specific message instead of exhausting memory in jszip/mammoth.
 */
export function inspectZip(bytes: Uint8Array): ZipEntry[] {
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b || (bytes[2] !== 0x03 && bytes[2] !== 0x05)) {
    throw new IngestError('docx: not a zip archive');
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEocd(bytes);
  if (eocd < 0) throw new IngestError('docx: zip truncated');
  const count = view.getUint16(eocd + 10, true);
  const cdSize = view.getUint32(eocd + 12, true);
  const cdOffset = view.getUint32(eocd + 16, true);
  if (cdOffset + cdSize > eocd) throw new IngestError('docx: zip truncated');
  const entries: ZipEntry[] = [];
  let p = cdOffset;
  for (let k = 0; k < count; k++) {
    if (p + 46 > eocd || view.getUint32(p, true) !== 0x02014b50) throw new IngestError('docx: zip truncated');
    const compressed = view.getUint32(p + 20, true);
    const uncompressed = view.getUint32(p + 24, true);
    const nameLen = view.getUint16(p + 28, true);
    const extraLen = view.getUint16(p + 30, true);
    const commentLen = view.getUint16(p + 32, true);
    const localOffset = view.getUint32(p + 42, true);
    if (localOffset + 30 + compressed > cdOffset) throw new IngestError('docx: zip truncated');
    const name = Buffer.from(bytes.subarray(p + 46, p + 46 + nameLen)).toString('utf8');
    entries.push({ name, compressed, uncompressed });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

function checkBomb(entries: ZipEntry[]): void {
  let total = 0;
  let packed = 0;
  for (const e of entries) {
    total += e.uncompressed;
    packed += e.compressed;
    // 0xFFFFFFFF means ZIP64 sizes elsewhere: treat as unbounded rather than trust it.
    if (e.uncompressed === 0xffffffff) total = Infinity;
  }
  const mb = Math.ceil(DOCX_MAX_UNCOMPRESSED / 1024 / 1024);
  if (total > DOCX_MAX_UNCOMPRESSED) throw new IngestError(`docx: refused, expands over ${mb} MB (zip bomb?)`);
  if (packed > 0 && total / packed > DOCX_MAX_RATIO && total > 1024 * 1024) {
    throw new IngestError(`docx: refused, compression ratio over ${DOCX_MAX_RATIO}:1 (zip bomb?)`);
  }
}

/** Word never writes a DOCTYPE; one in a docx part can only be there for entity tricks (XXE, billion laughs). */
async function refuseDoctypes(zip: JSZip): Promise<void> {
  for (const name of Object.keys(zip.files)) {
    if (!/\.(xml|rels)$/i.test(name)) continue;
    const file = zip.file(name);
    if (!file) continue;
    const head = (await file.async('string')).slice(0, 4096);
    if (/<!DOCTYPE|<!ENTITY/i.test(head)) throw new IngestError(`docx: refused, ${name} declares a DOCTYPE (XML entities are not allowed)`);
  }
}

/** docx → HTML (Word heading styles become h1–h6), after the archive passed the checks above. */
export async function docxToHtml(bytes: Uint8Array): Promise<string> {
  const entries = inspectZip(bytes);
  checkBomb(entries);
  if (!entries.some((e) => e.name === 'word/document.xml')) throw new IngestError('docx: no word/document.xml (not a Word document)');
  // jszip and mammoth cost ~170 ms to load; only a run that actually meets a .docx pays it.
  const [{ default: JSZipLib }, { default: mammoth }] = await Promise.all([import('jszip'), import('mammoth')]);
  let zip: JSZip;
  try {
    zip = await JSZipLib.loadAsync(bytes, { checkCRC32: true });
  } catch (err) {
    throw new IngestError(`docx: broken zip (${(err as Error).message})`);
  }
  await refuseDoctypes(zip);
  try {
    const result = await mammoth.convertToHtml({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
    return result.value;
  } catch (err) {
    throw new IngestError(`docx: broken (${(err as Error).message})`);
  }
}
