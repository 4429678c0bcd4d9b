// The fast paths of analyze/store give exactly what the straightforward versions give, on real
// seeds and corpora plus hand-made edge cases (astral symbols, lone surrogates, Kangxi radicals).
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { clauseCore, clauseFingerprint, clauseFingerprintOfCore, fingerprintClauses, splitClauses } from '../../../src/main/analyze/clauses';
import { splitSections, detectLanguage } from '../../../src/main/analyze';
import { classifySections, findMentions } from '../../../src/main/analyze/topics';
import { spaceCjk, spaceCjkByRegex } from '../../../src/main/store/cjk';
import { FeatureVector, HASH_BITS } from '../../../src/main/analyze/topics/features';
import { TopicModel, type ModelFile } from '../../../src/main/analyze/topics/model';
import modelFile from '../../../src/main/analyze/topics/model-weights.json';
import { corpus, hasShared, seed } from '../../helpers/paths';
import { ingest } from './helpers';
import { cuedMatches } from '../../../src/main/analyze/facts/cued';
import { AGE, AGE_CUES, DURATION, DURATION_CUES } from '../../../src/main/analyze/facts/obligations';
import { EMAIL, EMAIL_CUES } from '../../../src/main/analyze/facts/contacts';

const EDGE = [
  '',
  '中',
  'a中b',
  '我们会收集您的个人信息😀😀😀abc',
  '本公司“某某”收集您的信息ＡＢＣ１２３',
  'İstanbul is a city of many people today',
  '\uD800本平台收集信息用于改进服务\uDC00x',
  '  我们将依法保护您的个人信息安全  ',
  '⼈⼯智能 한국어 ひらがな カタカナ 豈',
];

const files = (): string[] => {
  const ca4p = readdirSync(corpus('ca4p483', 'txt')).sort().filter((_, i) => i % 40 === 0).map((f) => corpus('ca4p483', 'txt', f));
  const opp = readdirSync(corpus('opp115', 'original_policies')).sort().slice(0, 4).map((f) => corpus('opp115', 'original_policies', f));
  return [seed(0), seed(1), seed(2), seed(3), seed(4), ...ca4p, ...opp];
};

describe.skipIf(!hasShared)('fast paths equal their reference versions', () => {
  it('spaceCjk matches the regex version on edge cases and real documents', async () => {
    for (const t of EDGE) expect(spaceCjk(t)).toBe(spaceCjkByRegex(t));
    for (const f of files()) {
      const doc = await ingest(f);
      expect(spaceCjk(doc.text)).toBe(spaceCjkByRegex(doc.text));
    }
  });

  it('clause fingerprints match the hash of the built clause core', async () => {
    for (const t of EDGE) expect(clauseFingerprint(t)).toBe(clauseFingerprintOfCore(t));
    for (const f of files()) {
      const { text } = await ingest(f);
      const clauses = splitClauses(text);
      for (const c of clauses) expect(clauseFingerprint(c.text)).toBe(clauseFingerprintOfCore(c.text));
      const slow = [...new Set(clauses.map((c) => clauseFingerprintOfCore(c.text)).filter((x) => x !== null))];
      expect(fingerprintClauses(text)).toEqual(slow);
    }
    // The core is what the fingerprint hashes: 8+ kept characters give a key, fewer none.
    expect(clauseCore('我们收集您的手机号码。')).toBe('我收集您的手机号码');
    expect(clauseFingerprint('我们收集您的手机号码。')).not.toBeNull();
    expect(clauseFingerprint('联系我们。')).toBeNull();
  });

  it('findMentions after classifySections reuses nothing stale when the sections change', async () => {
    const doc = await ingest(seed(0));
    const language = detectLanguage(doc.text);
    const sections = splitSections(doc.text, doc.offsets, doc.headingHints, language === 'zh');
    const topics = classifySections(doc.text, sections, language);
    const again = classifySections(doc.text, sections, language);
    expect(again).toEqual(topics);
    // Callers may mutate the arrays they get; the next caller must not see that.
    again[0]?.push('other');
    expect(classifySections(doc.text, sections, language)).toEqual(topics);
    // A changed section (here: its heading) is classified afresh.
    const moved = sections.map((s) => ({ ...s }));
    const i = sections.findIndex((s) => s.heading !== '');
    moved[i].heading = '联系我们';
    const fresh = classifySections(doc.text, moved, language);
    moved[i].heading = sections[i].heading;
    sections[i].heading = '联系我们';
    expect(classifySections(doc.text, sections, language)).toEqual(fresh);
    expect(findMentions(doc.text, sections, language).length).toBeGreaterThan(0);
  });

  it('model probabilities are bit-identical to a plain per-bucket dot product over the weights file', async () => {
    const file = modelFile as ModelFile;
    const k = file.classes.length;
    const present = Buffer.from(file.present, 'base64');
    const raw = new Int8Array(Buffer.from(file.weights, 'base64'));
    const rowOf = new Map<number, number>();
    for (let b = 0, n = 0; b < 1 << HASH_BITS; b++) if (present[b >> 3] & (1 << (b & 7))) rowOf.set(b, n++);
    const weight = new Float32Array(raw.length);
    raw.forEach((x, i) => (weight[i] = x * file.scale[i % k]));
    const slow = (text: string): number[] => {
      const vec = new FeatureVector();
      vec.fill(text);
      const out = [...file.bias];
      for (let t = 0; t < vec.size; t++) {
        const b = vec.touched[t];
        const r = rowOf.get(b);
        if (r === undefined) continue;
        for (let c = 0; c < k; c++) out[c] += weight[r * k + c] * vec.counts[b];
      }
      return out.map((x) => 1 / (1 + Math.exp(-x)));
    };
    const model = new TopicModel(file);
    let compared = 0;
    for (const f of files().slice(0, 8)) {
      const { text } = await ingest(f);
      for (const t of [...EDGE, ...text.split(/\n+/).filter((p) => p.length > 20).slice(0, 60)]) {
        expect(Array.from(model.predict(t))).toEqual(slow(t));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(200);
  });

  it('cue-guided age and duration matches are exactly the matchAll matches', async () => {
    const edge = ['未满 十四 周岁 以下', '不满14岁', 'UNDER 13', 'children over  16 and 12 Years of Age', '年满十八周岁', '十五 个 工作日内', '2020年10月14日', 'within Forty-Five  Business\n days', '30 MONTHS', '3个月', 'suggest @gionee .com', 'privacy[at]example.com', 'a.b (at) c.cn', 'x # y.com', '## 标题 mail us@x.org'];
    const texts = [...edge];
    for (const f of files()) texts.push((await ingest(f)).text);
    const key = (ms: RegExpExecArray[] | RegExpMatchArray[]) => ms.map((m) => [m.index, ...m]);
    let matched = 0;
    for (const t of texts) {
      for (const [re, cues] of [[AGE, AGE_CUES], [DURATION, DURATION_CUES], [EMAIL, EMAIL_CUES]] as const) {
        const slow = [...t.matchAll(re)];
        matched += slow.length;
        expect(key(cuedMatches(t, re, cues))).toEqual(key(slow));
      }
    }
    expect(matched).toBeGreaterThan(50);
  });
});
