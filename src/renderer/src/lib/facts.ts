// Human-readable fact values for chips and lists.
import type { Fact, FactValue } from '../../../shared/types';
import type { UiLanguage } from '../../../shared/api';

export function formatFactValue(value: FactValue, lang: UiLanguage): string {
  if (typeof value === 'string' || typeof value === 'number') return translateCode(String(value), lang);
  if ('days' in value && 'workdays' in value) {
    if (lang === 'zh') return `${value.days} 个${value.workdays ? '工作日' : '自然日'}`;
    return `${value.days} ${value.workdays ? 'workdays' : 'days'}`;
  }
  if ('text' in value) return value.text;
  if ('vendor' in value) return value.vendor ? `${value.name} (${value.vendor})` : value.name;
  return value.name;
}

const CODES: Record<string, { zh: string; en: string }> = {
  domestic: { zh: '境内', en: 'in China' },
  overseas: { zh: '境外', en: 'abroad' },
  none: { zh: '不出境', en: 'none' },
  with_consent: { zh: '经同意出境', en: 'with consent' },
  yes: { zh: '出境', en: 'yes' },
};

/** The matrix columns arrive pre-formatted in Chinese (as the workbook shows them); map them back too. */
const BY_ZH = new Map(Object.values(CODES).map((label) => [label.zh, label]));
const RESPONSE_ZH = /^(\d+)\s*(个工作日|日)$/;

export function translateCode(value: string, lang: UiLanguage): string {
  const label = CODES[value] ?? BY_ZH.get(value);
  if (label) return label[lang];
  const response = lang === 'en' ? RESPONSE_ZH.exec(value) : null;
  if (response) return `${response[1]} ${response[2] === '日' ? 'days' : 'workdays'}`;
  return value;
}

export const factText = (fact: Fact, lang: UiLanguage) => formatFactValue(fact.value, lang);

export interface DistinctFact {
  fact: Fact;
  text: string;
  /** How many spans in the cell say the same thing (a contact section often repeats its e-mail). */
  count: number;
}

/** One row per kind and shown value, in first-seen order, so a repeated e-mail is listed once. */
export function distinctFacts(facts: Fact[], lang: UiLanguage): DistinctFact[] {
  const rows = new Map<string, DistinctFact>();
  for (const fact of facts) {
    const text = factText(fact, lang);
    const key = `${fact.kind}\u0000${text}`;
    const row = rows.get(key);
    if (row) row.count++;
    else rows.set(key, { fact, text, count: 1 });
  }
  return [...rows.values()];
}
