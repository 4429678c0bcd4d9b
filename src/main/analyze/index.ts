/** Stage 2: structure (section tree), topics and facts of one ingested document. */
import type { DocumentAnalysis, Fact, Language, PolicyDates, TopicMention } from '../../shared/types';
import type { IngestedDocument } from '../ingest/types';
import { foldWords, topicText, unfoldString, unfoldValue } from './fold';
import { cjkRatio } from './lines';
import { splitSections } from './sections';
import { deepestSection } from './units';
import { extractFactsWithOperators, findAppName } from './facts';
import { aboutPageName, repeatedLatinBrand } from './facts/latinBrand';
import { countUpTo } from './facts/appNameShape';
import { addSentenceUnits, classifySections, filterUnits, findTopicMentions, sentenceCarves } from './topics';
import { fileStemAndDate } from './versions';
import { asWritten, trimSpan } from './facts/asWritten';

/** Facts whose value is a name or address the policy writes (its full-width brackets kept). */
const WRITTEN_AS_IS = new Set<Fact['kind']>(['operator', 'app_name', 'address']);

export { splitSections } from './sections';
export { extractFacts } from './facts';
export { groupAppVersions, normaliseAppName, fileStemAndDate, type AppGroup, type VersionEntry } from './versions';
export { parseChineseNumeral } from './numerals';

/** Bump whenever sections, facts or topics of the same input change. */
export const ANALYZER_VERSION = 'analyze-2.129.0';

export function detectLanguage(text: string): Language {
  return cjkRatio(text) >= 0.5 ? 'zh' : 'en';
}

/** The app as the policy names it; else, in English, the first operator's brand or the file stem. */
export function extractAppName(text: string, operators: readonly string[] = [], path = ''): string | null {
  const found = findAppName(text);
  if (found) return found.name;
  // A Chinese policy that names no product has none (`武汉网幂科技有限公司` is who runs it, not what it is):
  // the version groups and views fall back to the operator and the file themselves.
  if (detectLanguage(text) === 'zh') return aboutPageName(text) ?? repeatedLatinBrand(text);
  if (operators.length) return brandOf(operators[0], text);
  const stem = path ? fileStemAndDate(path).stem : '';
  return stem || null;
}

/** `Spotify AB` → `Spotify`, `Star Stable Entertainment AB` → `Star Stable`: the longest opening words the
 * policy keeps repeating; Chinese entity names stay whole. */
function brandOf(operator: string, text: string): string {
  if (/[\u4e00-\u9fa5]/.test(operator)) return operator;
  // `The Jodel Venture GmbH` → `Jodel`, not `The`.
  const words = operator.replace(/^The\s+/, '').split(/[\s,]+/);
  let brand = operator;
  for (let k = 1; k < words.length; k++) {
    // `Viacom International`, `Sega of America`: corporate descriptors are no part of the brand.
    if (/^(?:of|and|International|Entertainment|Bank|Group|Holdings?|Financial|Services?|Technolog(?:y|ies)|Interactive|Networks?|Media|Company|Co\.?|FZ|Europe|America|USA|UK)$/i.test(words[k - 1])) break;
    const prefix = words.slice(0, k).join(' ');
    if (countUpTo(text, prefix, 5) < 5) break;
    brand = prefix;
  }
  return brand;
}

function chooseDates(facts: readonly Fact[]): PolicyDates {
  const first = (kind: Fact['kind']) => {
    const f = facts.find((x) => x.kind === kind);
    return f ? String(f.value) : null;
  };
  return { published: first('published_date'), effective: first('effective_date'), updated: first('updated_date') };
}

export function analyzeDocument(doc: IngestedDocument): DocumentAnalysis {
  const { text, offsets } = doc;
  const language = detectLanguage(text);
  const split = splitSections(text, offsets, doc.headingHints, language === 'zh');
  // Topics and facts are decided on Simplified characters (fold.ts): same positions, headings folded alike.
  const seen = topicText(text);
  const seenSplit = seen === text ? split : split.map((s) => ({ ...s, heading: foldWords(s.heading) }));
  const map = (n: number) => offsets[Math.min(n, text.length)];
  const found = extractFactsWithOperators(seen, seenSplit, offsets, doc.pageTitle && topicText(doc.pageTitle));
  // The sentence naming the operator becomes a contact unit of its own; in Chinese text, one on third
  // parties' terms, an age limit, cookie management or where data is stored a unit of that topic
  // (topics/sentenceUnits.ts).
  const units = addSentenceUnits(text, split, classifySections(seen, seenSplit, language), sentenceCarves(seen, found.facts, language), map);
  const sections = units.sections;
  // (The filter reads the folded text and headings, as classifySections did: positions are the same.)
  const seenSections = seen === text ? sections : sections.map((s) => ({ ...s, heading: foldWords(s.heading) }));
  const topics = filterUnits(seen, seenSections, units.topics, language);
  sections.forEach((s, i) => (s.topics = topics[i] ?? []));
  // (Mentions read no headings: the folded text is enough.)
  const mentions: TopicMention[] = findTopicMentions(seen, sections, topics, language).map((m) => ({
    topic: m.topic,
    nstart: m.nstart,
    nend: m.nend,
    start: map(m.nstart),
    end: map(m.nend),
    section: deepestSection(sections, m.nstart, m.nend),
  }));
  // Facts keep the original characters (Traditional cue words were read folded), names their full-width brackets.
  const written = new Map<string, string>();
  const facts = found.facts.map((f) => {
    const value = seen === text ? f.value : unfoldValue(f.value, seen, text, f.nstart);
    const span = trimSpan(doc.source, f.start, f.end);
    if (typeof value !== 'string' || !WRITTEN_AS_IS.has(f.kind)) return { ...f, ...span, value, section: deepestSection(sections, f.nstart, f.nend) };
    const asIs = asWritten(doc.source, span.start, span.end, value);
    written.set(value, asIs);
    return { ...f, ...span, value: asIs, section: deepestSection(sections, f.nstart, f.nend) };
  });
  const operators = (seen === text ? found.operators : found.operators.map((op) => unfoldString(op, seen, text))).map((op) => written.get(op) ?? op);
  // The name was looked for on the folded text (`滴滴` in a Traditional page) and kept unfolded.
  const named = facts.find((f) => f.kind === 'app_name');
  // (So is the fallback's: `在啓動APP時` is `启动`, which names no app.)
  const fallback = named ? null : extractAppName(seen, operators, doc.path);
  const app = named ? String(named.value) : fallback && seen !== text ? unfoldString(fallback, seen, text) : fallback;
  return { app, operator: operators, language, dates: chooseDates(facts), sections, facts, mentions, analyzerVersion: ANALYZER_VERSION };
}
