import type { DocumentFormat } from '../../shared/types';

/** A file read, decoded, extracted and normalised; the input of `analyze`. */
export interface IngestedDocument {
  /** Absolute path (or the name given to `ingestBuffer`). */
  path: string;
  format: DocumentFormat;
  /** 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5' | 'windows-1252' | 'binary' (docx/pdf). */
  encoding: string;
  /** Decoded text with the BOM removed; for html/docx/pdf the extracted plain text. Source offsets index this. */
  source: string;
  /** Normalised text (NFKC, controls and zero-width removed, PDF hard wraps rejoined). */
  text: string;
  /**
   * offsets[i] = index in `source` of the character that produced text[i];
   * offsets[text.length] = source.length. Monotonic non-decreasing.
   */
  offsets: Int32Array;
  /** Structure the format itself declares (HTML h1–h6, docx heading styles, markdown #, bold-only lines), in normalised offsets of whole lines. */
  headingHints: HeadingHint[];
  /** An HTML page's `<title>`, normalised as `text` is (not part of `text`: no span points into it). */
  pageTitle?: string;
}

export interface HeadingHint {
  nstart: number;
  nend: number;
  /** 1–6 for HTML/markdown/docx headings; 0 for a bold-only line. */
  level: number;
  /** A bold title run in before its body on the line (`<p><strong>七、…</strong> 我们保障您…</p>`): the title's range. The
   * rest of the line is body, so the line itself is no bold-only line. */
  runIn?: { nstart: number; nend: number };
}

/** A heading range in the extracted source (h1–h6 1–6, bold-only line 0; `runIn`: a bold title run in before its body,
 * the range then the title's). hintsFromSourceRanges maps them to HeadingHints. */
export interface SourceHeading {
  start: number;
  end: number;
  level: number;
  runIn?: boolean;
}

/** A file that cannot be ingested; `message` is specific and user-facing ("not a PDF: no %PDF header"). */
export class IngestError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'IngestError';
  }
}
