// Facts as comparable strings, and which fact kinds belong to which topic.
import type { Fact, FactKind, PermissionInfo, ResponseTime, Retention, SdkInfo } from '../../shared/types';
import type { TopicId } from '../../shared/taxonomy';

/** Fact kinds that belong to a topic wherever they occur in the document. */
export const TOPIC_FACT_KINDS: Partial<Record<TopicId, readonly FactKind[]>> = {
  storage: ['storage_location', 'cross_border'],
  contact: ['response_time', 'email', 'phone', 'address', 'operator'],
  minors: ['minor_age'],
  retention: ['retention'],
  sdk: ['sdk'],
  permissions: ['permission'],
  updates: ['published_date', 'effective_date', 'updated_date'],
};

export const DATE_KINDS: readonly FactKind[] = ['published_date', 'effective_date', 'updated_date'];

const STORAGE_ZH: Record<string, string> = { domestic: '境内', overseas: '境外' };
const CROSS_ZH: Record<string, string> = { none: '不出境', with_consent: '经同意出境', yes: '出境' };

export function formatResponseTime(value: ResponseTime): string {
  return `${value.days}${value.workdays ? '个工作日' : '日'}`;
}

/** The fact's value as one readable string (the unit fact changes and exports compare). */
export function formatFact(fact: Pick<Fact, 'kind' | 'value'>): string {
  const v = fact.value;
  switch (fact.kind) {
    case 'response_time': return formatResponseTime(v as ResponseTime);
    case 'storage_location': return STORAGE_ZH[String(v)] ?? String(v);
    case 'cross_border': return CROSS_ZH[String(v)] ?? String(v);
    case 'retention': return (v as Retention).text;
    case 'sdk': {
      const sdk = v as SdkInfo;
      return sdk.vendor ? `${sdk.name}（${sdk.vendor}）` : sdk.name;
    }
    case 'permission': return (v as PermissionInfo).name;
    default: return typeof v === 'object' ? JSON.stringify(v) : String(v);
  }
}

/** Distinct formatted values of one kind, in document order. */
export function factValues(facts: readonly Fact[], kind: FactKind): string[] {
  const out: string[] = [];
  for (const f of facts) {
    if (f.kind !== kind) continue;
    const s = formatFact(f);
    if (!out.includes(s)) out.push(s);
  }
  return out;
}
