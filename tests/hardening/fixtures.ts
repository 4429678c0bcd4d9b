// Hostile file bytes built from real seed text: docx via jszip, PDFs written by hand, legacy
// encodings via iconv-lite. Nothing here is checked in; tests write these into temp dirs.
import JSZip from 'jszip';
import iconv from 'iconv-lite';
import { buildPdf } from '../main/ingest/fixtures';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;
const RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

export function documentXml(paragraphs: string[], doctype = ''): string {
  const body = paragraphs.map((p) => `<w:p><w:r><w:t xml:space="preserve">${p.startsWith('&') ? p : esc(p)}</w:t></w:r></w:p>`).join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>${doctype}<w:document ${W}><w:body>${body}</w:body></w:document>`;
}

export async function docx(xml: string | Buffer): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', CONTENT_TYPES);
  zip.file('_rels/.rels', RELS);
  zip.file('word/document.xml', xml);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}

/** A docx whose document.xml inflates to `mb` MB of whitespace: a few hundred KB on disk. */
export async function zipBombDocx(mb: number): Promise<Buffer> {
  const head = Buffer.from(`<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body><w:p><w:r><w:t>`);
  const tail = Buffer.from('</w:t></w:r></w:p></w:body></w:document>');
  return docx(Buffer.concat([head, Buffer.alloc(mb * 1024 * 1024, 0x20), tail]));
}

/** A PDF assembled with a correct xref table (shared with the ingest tests). */
export function pdf(objects: string[], trailerExtra = ''): Buffer {
  return Buffer.from(buildPdf(objects, trailerExtra));
}

const stream = (content: string, dict = '') => `<< ${dict} /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`;

/** One page showing `line` in Helvetica: a PDF with a real text layer (the control case). */
export function textPdf(line: string): Buffer {
  return pdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    stream(`BT /F1 12 Tf 72 712 Td (${line}) Tj ET`),
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ]);
}

/** One page that only paints a 2×2 grey image: a scan without any text layer. */
export function imageOnlyPdf(): Buffer {
  return pdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /XObject << /Im1 5 0 R >> >> /Contents 4 0 R >>',
    stream('q 200 0 0 200 100 400 cm /Im1 Do Q'),
    stream('\x00\x80\x80\xff', '/Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8'),
  ]);
}

/** Standard security handler with an unknown user password: cannot be opened without it. */
export function encryptedPdf(): Buffer {
  const hex = (seed: number) => Array.from({ length: 32 }, (_, i) => ((seed * 31 + i * 17) & 0xff).toString(16).padStart(2, '0')).join('');
  return pdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>',
    stream('BT /F1 12 Tf 72 712 Td (secret) Tj ET'),
    `<< /Filter /Standard /V 1 /R 2 /O <${hex(3)}> /U <${hex(7)}> /P -44 >>`,
  ], `/Encrypt 5 0 R /ID [<${hex(1).slice(0, 32)}> <${hex(1).slice(0, 32)}>]`);
}

export const encode = (text: string, encoding: string): Buffer => iconv.encode(text, encoding);

/** UTF-16 without a BOM (iconv-lite adds none for utf16le/utf16be by default). */
export function utf16NoBom(text: string, be: boolean): Buffer {
  const le = Buffer.from(text, 'utf16le');
  if (!be) return le;
  const out = Buffer.alloc(le.length);
  for (let i = 0; i + 1 < le.length; i += 2) { out[i] = le[i + 1]; out[i + 1] = le[i]; }
  return out;
}

/** Plain text of an HTML page, crude but enough to get real sentences out of a saved page. */
export function htmlToText(html: string): string {
  return html.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/gi, '').replace(/<[^>]+>/g, '\n')
    .replace(/&nbsp;/g, ' ').replace(/\n\s*\n+/g, '\n').trim();
}

/** A run of `n` CJK characters from `text` that survives a round trip through `encoding`. */
export function encodablePhrase(text: string, encoding: string, n = 6): string {
  for (const m of text.matchAll(new RegExp(`[\\u4e00-\\u9fff]{${n}}`, 'g'))) {
    if (iconv.decode(iconv.encode(m[0], encoding), encoding) === m[0]) return m[0];
  }
  throw new Error(`no ${n}-character phrase encodable in ${encoding}`);
}
