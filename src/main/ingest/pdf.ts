import { getDocumentProxy } from 'unpdf';
import { IngestError } from './types';

export const PDF_TIME_LIMIT_MS = 60_000;
const MAX_PAGES = 3000;

interface TextPiece {
  str?: string;
  hasEOL?: boolean;
}

function hasPdfHeader(bytes: Uint8Array): boolean {
  // The spec allows junk before the header within the first 1 KB.
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024)).toString('latin1');
  return head.includes('%PDF-');
}

function deadline(ms: number): { promise: Promise<never>; cancel: () => void } {
  let timer: NodeJS.Timeout | undefined;
  const promise = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new IngestError(`pdf: broken (gave up after ${Math.round(ms / 1000)} s)`)), ms);
  });
  return { promise, cancel: () => clearTimeout(timer) };
}

/** pdf.js reports a password-protected file as PasswordException; everything else it rejects is "broken". */
function classify(err: unknown): IngestError {
  if (err instanceof IngestError) return err;
  const e = err as { name?: string; message?: string };
  if (e?.name === 'PasswordException' || /password/i.test(e?.message ?? '')) return new IngestError('pdf: encrypted');
  return new IngestError(`pdf: broken (${(e?.message ?? String(err)).slice(0, 120)})`);
}

async function extractPages(bytes: Uint8Array, stopAt: number): Promise<string> {
  // pdf.js takes ownership of (and detaches) the buffer it is given: pass a copy.
  const doc = await getDocumentProxy(new Uint8Array(bytes), { stopAtErrors: false });
  try {
    const pages: string[] = [];
    const n = Math.min(doc.numPages, MAX_PAGES);
    for (let i = 1; i <= n; i++) {
      if (Date.now() > stopAt) throw new IngestError('pdf: broken (took too long)');
      const page = await doc.getPage(i);
      const content = await page.getTextContent();
      const parts: string[] = [];
      for (const item of content.items as TextPiece[]) {
        if (typeof item.str === 'string') parts.push(item.str);
        if (item.hasEOL) parts.push('\n');
      }
      pages.push(parts.join('').replace(/[ \t]+\n/g, '\n'));
      page.cleanup();
    }
    return pages.join('\n');
  } finally {
    void doc.loadingTask.destroy();
  }
}

/** Text of a PDF, lines as pdf.js reports them (hard wraps are rejoined later by normalizeText). */
export async function pdfToText(bytes: Uint8Array, timeLimitMs = PDF_TIME_LIMIT_MS): Promise<string> {
  if (!hasPdfHeader(bytes)) throw new IngestError('not a PDF: no %PDF header');
  const limit = deadline(timeLimitMs);
  let text: string;
  try {
    text = await Promise.race([extractPages(bytes, Date.now() + timeLimitMs), limit.promise]);
  } catch (err) {
    throw classify(err);
  } finally {
    limit.cancel();
  }
  if (!text.replace(/\s+/g, '')) throw new IngestError('pdf: no text layer (scanned image?)');
  return text;
}
