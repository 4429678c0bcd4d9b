/**
 * What the analyzer makes of one document. Plain data only, like every type here: it crosses IPC
 * and is stored, so no classes, functions, Maps or typed arrays.
 *
 * Offsets: `start`/`end` are always JS string indices into the *source* text (the decoded
 * file text with the BOM removed, before normalisation; for html/docx/pdf the extracted plain
 * text). `nstart`/`nend` index the *normalised* text the views display.
 */
import type { TopicId } from '../taxonomy';

export type DocumentFormat = 'txt' | 'md' | 'html' | 'docx' | 'pdf';
export type Language = 'zh' | 'en';

export interface Section {
  /** 0-based index in document order (pre-order walk of the tree). */
  id: number;
  parent: number | null;
  /** 1 = top level. */
  level: number;
  /** The numbering as written (`一、`, `1.2`, `（三）`, `第二条`, `#`) or null. */
  number: string | null;
  heading: string;
  /** Source span: heading through the end of the last descendant. */
  start: number;
  end: number;
  /** Normalised span, same extent. */
  nstart: number;
  nend: number;
  /** Normalised offset where the body starts (just after the heading line). */
  nbody: number;
  topics: TopicId[];
  /**
   * Set when the splitter made the section up rather than finding a heading: `preamble` is the
   * text before the first heading (its heading is the title line, or a label such as `引言`);
   * `paragraph` is one paragraph of a long heading-less body (heading ''). Absent on real headings.
   */
  synthetic?: 'preamble' | 'paragraph';
}

export type FactKind =
  | 'app_name'
  | 'email'
  | 'phone'
  | 'address'
  | 'response_time'
  | 'storage_location'
  | 'cross_border'
  | 'published_date'
  | 'effective_date'
  | 'updated_date'
  | 'operator'
  | 'minor_age'
  | 'retention'
  | 'sdk'
  | 'permission';

export const FACT_KINDS: readonly FactKind[] = [
  'app_name', 'operator', 'email', 'phone', 'address', 'response_time', 'storage_location',
  'cross_border', 'published_date', 'effective_date', 'updated_date', 'minor_age', 'retention',
  'sdk', 'permission',
];

export interface ResponseTime {
  days: number;
  workdays: boolean;
}
export interface Retention {
  text: string;
  days: number | null;
}
export interface SdkInfo {
  name: string;
  vendor: string | null;
  purpose: string | null;
  data: string | null;
}
export interface PermissionInfo {
  name: string;
  purpose: string | null;
}
export type StorageLocation = 'domestic' | 'overseas';
export type CrossBorder = 'none' | 'with_consent' | 'yes';

/**
 * Value by kind: email/phone/address/operator/app_name → string (email lower-case);
 * *_date → 'YYYY-MM-DD' | 'YYYY-MM'; minor_age → number; response_time → ResponseTime;
 * storage_location → StorageLocation; cross_border → CrossBorder; retention → Retention;
 * sdk → SdkInfo; permission → PermissionInfo.
 */
export type FactValue = string | number | ResponseTime | Retention | SdkInfo | PermissionInfo;

export interface Fact {
  kind: FactKind;
  value: FactValue;
  start: number;
  end: number;
  nstart: number;
  nend: number;
  /** Id of the deepest section containing the span, or null (preamble). */
  section: number | null;
}

export interface PolicyDates {
  published: string | null;
  effective: string | null;
  updated: string | null;
}

/** A sentence outside the sections carrying `topic` that still addresses it (feeds `mentioned` cells). */
export interface TopicMention {
  topic: TopicId;
  start: number;
  end: number;
  nstart: number;
  nend: number;
  section: number | null;
}

export interface DocumentAnalysis {
  app: string | null;
  operator: string[];
  language: Language;
  dates: PolicyDates;
  sections: Section[];
  facts: Fact[];
  mentions: TopicMention[];
  analyzerVersion: string;
}
