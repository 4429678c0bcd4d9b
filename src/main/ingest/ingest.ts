import { readFile, stat as statCb } from 'node:fs';
import { open } from 'node:fs/promises';
import { promisify } from 'node:util';
import { basename, extname, resolve } from 'node:path';
import type { DocumentFormat } from '../../shared/types';
import { decodeText } from './decode';
import { docxToHtml } from './docx';
import { hintsFromSourceRanges, markdownHeadingHints } from './headings';
import { readFrontMatter } from './markdown';
import { htmlToText, sniffHtmlCharset } from './html';
import { normalizeText } from './normalize';
import { normalizeChars } from './normalize-chars';
import { pdfToText } from './pdf';
import { IngestError, type HeadingHint, type IngestedDocument, type SourceHeading } from './types';

// Callback fs is markedly faster than fs/promises for many small files.
const readFileAsync = promisify(readFile);
const stat = promisify(statCb);

export const MAX_FILE_BYTES = 64 * 1024 * 1024;

export const SUPPORTED_EXTENSIONS: readonly string[] = ['.txt', '.md', '.markdown', '.html', '.htm', '.docx', '.pdf'];

export function formatOf(name: string): DocumentFormat | null {
  switch (extname(name).toLowerCase()) {
    case '.txt':
      return 'txt';
    case '.md':
    case '.markdown':
      return 'md';
    case '.html':
    case '.htm':
      return 'html';
    case '.docx':
      return 'docx';
    case '.pdf':
      return 'pdf';
    default:
      return null;
  }
}

interface Extracted {
  source: string;
  encoding: string;
  headings: SourceHeading[];
  /** What the content turned out to be, when not what the file's name says (markup saved as `.txt`). */
  content?: DocumentFormat;
  pageTitle?: string;
}

/** An HTML page or fragment saved as `.txt` (an Android app's `assets/privacy.txt`, shown through `Html.fromHtml`)… */
const HTML_OPENING = /^\s*<(?:!doctype\s+html|html|head|body|h[1-6]|p|div|section|article|table|ul|ol)[\s>]/i;
/** …with its paragraphs in block elements. */
const BLOCK_CLOSE = /<\/(?:p|h[1-6]|div|li|tr|section)>/gi;
/** Rich text saved as `.txt`: lines holding inline markup (`一、<strong>个人信息的定义</strong>`, `<br/>`), at least this often. */
const INLINE_TAG = /<\/?(?:strong|b|br|em|i|u|span|font)\b[^<>]*>/gi;
const RICH_TEXT_MIN_TAGS = 5;
/** A whole HTML document, not a fragment: what a `.md` must hold under its front matter to read as a page. */
const HTML_DOCUMENT = /^\s*<(?:!doctype\s+html|html|head|body)[\s>]/i;

async function extract(bytes: Uint8Array, format: DocumentFormat): Promise<Extracted> {
  switch (format) {
    case 'txt':
    case 'md': {
      const { text, encoding } = decodeText(bytes);
      const front = format === 'md' ? readFrontMatter(text) : null;
      const body = front ? text.slice(front.length) : text;
      // An HTML page or fragment saved as `.txt`; a whole HTML page under a blog post's front matter (a Word export pasted
      // into a Hexo post). Both read as the page would. (Markdown that only opens with a block of HTML, `<div align="center">`,
      // stays markdown.)
      const page = format === 'txt' ? HTML_OPENING.test(body) : HTML_DOCUMENT.test(body);
      // (A mini-program's policy with `<strong>` titles and `<br/>` breaks in its lines reads as its rich-text view shows it, line
      // breaks kept.)
      const markup = page && (body.match(BLOCK_CLOSE)?.length ?? 0) >= 3 ? body
        : format === 'txt' && (body.match(INLINE_TAG)?.length ?? 0) >= RICH_TEXT_MIN_TAGS ? `<pre>${body}</pre>` : null;
      if (markup !== null) {
        const html = htmlToText(markup);
        const title = front?.title ?? html.title;
        return { source: html.text, encoding, headings: html.headings, content: 'html', ...(title ? { pageTitle: title } : {}) };
      }
      return { source: text, encoding, headings: [], ...(front?.title ? { pageTitle: front.title } : {}) };
    }
    case 'html': {
      const { text, encoding } = decodeText(bytes, sniffHtmlCharset(bytes));
      // A page with no markup at all is plain text saved as `.html`: its line breaks are its paragraphs (a browser
      // would run them together, but the author wrote lines).
      if (!/<[a-zA-Z!/?]/.test(text)) return { source: text, encoding, headings: [] };
      const html = htmlToText(text);
      return { source: html.text, encoding, headings: html.headings, pageTitle: html.title };
    }
    case 'docx': {
      const html = htmlToText(await docxToHtml(bytes));
      return { source: html.text, encoding: 'binary', headings: html.headings };
    }
    case 'pdf':
      return { source: await pdfToText(bytes), encoding: 'binary', headings: [] };
  }
}

const SNIFF_BYTES = 64 * 1024;

/**
 * The error for a file over the size limit. A program or image renamed to `.md` is reported as
 * binary rather than large, which tells the analyst what is actually wrong with it.
 */
function oversizeError(size: number, head: Uint8Array, format: DocumentFormat): IngestError {
  if (format === 'txt' || format === 'md' || format === 'html') {
    try {
      decodeText(head);
    } catch (err) {
      if (err instanceof IngestError) return err;
    }
  }
  return new IngestError(`file too large (${Math.ceil(size / 1024 / 1024)} MB, limit ${MAX_FILE_BYTES / 1024 / 1024} MB)`);
}

async function readHead(path: string): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const buf = Buffer.alloc(SNIFF_BYTES);
    const { bytesRead } = await handle.read(buf, 0, SNIFF_BYTES, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** Reads, decodes, extracts and normalises one document held in memory; `name` decides the format. */
export async function ingestBuffer(bytes: Uint8Array, name: string): Promise<IngestedDocument> {
  const format = formatOf(name);
  if (!format) throw new IngestError(`unsupported file type (${extname(name) || 'no extension'})`);
  if (bytes.length === 0) throw new IngestError('empty file');
  if (bytes.length > MAX_FILE_BYTES) throw oversizeError(bytes.length, bytes.subarray(0, SNIFF_BYTES), format);
  const { source, encoding, headings, content = format, pageTitle } = await extract(bytes, format);
  const { text, offsets } = normalizeText(source, content);
  if (!/\S/.test(text)) {
    throw new IngestError(format === 'txt' || format === 'md' ? 'blank file (whitespace only)' : `${format}: no text found`);
  }
  const headingHints: HeadingHint[] = content === 'md' ? markdownHeadingHints(text) : hintsFromSourceRanges(headings, text, offsets);
  // (The title is normalised as the text is, so a name it gives can be found in the text.)
  return { path: name, format, encoding, source, text, offsets, headingHints, ...(pageTitle ? { pageTitle: normalizeChars(pageTitle).text } : {}) };
}

function ioMessage(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'file not found';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a folder, not a file';
  return `cannot read file (${code ?? (err as Error).message})`;
}

/** Reads a file (read-only; refuses before reading when over the size limit) and ingests it. */
export async function ingestFile(path: string): Promise<IngestedDocument> {
  const abs = resolve(path);
  const format = formatOf(abs);
  if (!format) throw new IngestError(`unsupported file type (${extname(abs) || basename(abs)})`);
  let bytes: Buffer;
  try {
    const st = await stat(abs);
    if (!st.isFile()) throw new IngestError('not a regular file');
    if (st.size > MAX_FILE_BYTES) throw oversizeError(st.size, await readHead(abs), format);
    bytes = await readFileAsync(abs);
  } catch (err) {
    if (err instanceof IngestError) throw err;
    throw new IngestError(ioMessage(err));
  }
  return ingestBuffer(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), abs);
}
