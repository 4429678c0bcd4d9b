// All fact extractors over one normalised text; each is a linear pass with precompiled regexes.
import type { Fact, Section } from '../../../shared/types';
import { FactSink } from './context';
import { extractAddresses, extractEmails, extractPhones } from './contacts';
import { extractDates } from './dates';
import { extractOperators } from './entities';
import { findAppName } from './appName';
import { extractMinorAges, extractResponseTimes, extractRetention } from './obligations';
import { extractStorageAndTransfer } from './storageTransfer';
import { extractPermissions, extractSdks } from './sdk';

export { findAppName } from './appName';

export interface ExtractedFacts {
  facts: Fact[];
  operators: string[];
}

/** Facts with source and normalised spans; `offsets` maps normalised → source (identity when null); `pageTitle`, an HTML
 * page's `<title>` normalised as the text is. */
export function extractFactsWithOperators(text: string, sections: readonly Section[], offsets: Int32Array | null = null, pageTitle?: string): ExtractedFacts {
  const sink = new FactSink(text, offsets, sections);
  const app = findAppName(text, pageTitle);
  if (app) sink.addNormalised('app_name', app.name, app.nstart, app.nend);
  const operators = extractOperators(sink);
  extractEmails(sink);
  extractPhones(sink, operators);
  extractAddresses(sink);
  extractResponseTimes(sink);
  extractStorageAndTransfer(sink);
  extractDates(sink);
  extractMinorAges(sink);
  extractRetention(sink);
  extractSdks(sink);
  extractPermissions(sink);
  sink.facts.sort((a, b) => a.nstart - b.nstart || a.nend - b.nend);
  return { facts: sink.facts, operators };
}

export function extractFacts(text: string, sections: readonly Section[], offsets: Int32Array | null = null): Fact[] {
  return extractFactsWithOperators(text, sections, offsets).facts;
}
