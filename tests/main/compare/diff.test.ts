import { readFileSync, readdirSync } from 'node:fs';
import { diffLines } from 'diff';
import { describe, expect, it } from 'vitest';
import { diffDocuments } from '../../../src/main/compare';
import type { VersionDiff } from '../../../src/shared/types';
import { corpus, hasShared, seed } from '../../helpers/paths';
import { sideOf } from './helpers';

const ucloud = (date: string) => corpus('zh_policy_versions', 'ucloud_app_privacy', `ucloud_app_privacy__${date}.md`);
const serious = (d: VersionDiff) => d.changes.filter((c) => c.significance === 'wording' || c.significance === 'substantive');

async function diffEdited(path: string, edit: (text: string) => string): Promise<VersionDiff> {
  const original = readFileSync(path, 'utf8');
  const edited = edit(original);
  expect(edited).not.toBe(original);
  return diffDocuments(await sideOf(path, original), await sideOf(path, edited));
}

describe.skipIf(!hasShared)('diffDocuments on real versions', () => {
  it('ucloud 2024-09-20 → 2025-11-27 reports the response-time change in a few changes', async () => {
    const d = diffDocuments(await sideOf(ucloud('2024-09-20')), await sideOf(ucloud('2025-11-27')));
    expect(d.changes.length).toBeGreaterThan(0);
    expect(d.changes.length).toBeLessThanOrEqual(6);
    const rt = d.factChanges.find((f) => f.kind === 'response_time');
    expect(rt?.old).toContain('15个工作日');
    expect(rt?.new).toContain('15日');
    const where = d.changes.find((c) => c.ops.some((o) => o.op === '-' && o.text.includes('工作')));
    expect(where?.significance).toBe('substantive');
    expect(d.summary.length).toBe(d.changes.length + d.factChanges.length);
    // The contact chapter holds a paragraph read as about none of the topics: the change is about contact, not `other`.
    expect(where?.topics).toContain('contact');
    expect(where?.topics).not.toContain('other');
  });

  it('identical versions produce no change', async () => {
    const side = await sideOf(seed(0));
    const d = diffDocuments(side, side);
    expect(d.changes).toEqual([]);
    expect(d.factChanges).toEqual([]);
  });

  it('renumbering sections only is never wording or substantive', async () => {
    const arabic: Record<string, string> = { 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9', 十: '10', 十一: '11' };
    const d = await diffEdited(ucloud('2024-09-20'), (t) =>
      t.replace(/^(#+ )(十一|[一二三四五六七八九十])、\s*/gm, (_m, h: string, n: string) => `${h}${arabic[n]}. `));
    expect(serious(d)).toEqual([]);
  });

  it('swapping two sub-sections is a move, nothing substantive', async () => {
    const d = await diffEdited(seed(4), (t) => {
      const a = t.indexOf('（二）设备安全管理');
      const b = t.indexOf('（三）扫描身份证和人脸识别服务');
      const c = t.indexOf('（四）提供服务状态通知及查询服务');
      return t.slice(0, a) + t.slice(b, c) + t.slice(a, b) + t.slice(c);
    });
    expect(d.changes.some((c) => c.kind === 'moved')).toBe(true);
    expect(d.changes.filter((c) => c.significance === 'substantive')).toEqual([]);
  });

  it('changing only the effective date gives date/formatting changes and a date fact change', async () => {
    const d = await diffEdited(ucloud('2024-09-20'), (t) => t.replace('生效日期：2024年9月20日', '生效日期：2025年3月1日'));
    expect(d.changes.length).toBeGreaterThan(0);
    for (const c of d.changes) expect(['date', 'formatting']).toContain(c.significance);
    expect(d.factChanges.map((f) => f.kind)).toContain('effective_date');
  });

  it('a new contact e-mail and 十五天→三十天 give email and response_time fact changes', async () => {
    const d = await diffEdited(seed(4), (t) => t.replace('448237423@qq.com', 'privacy@example.cn').replace('十五天内回复', '三十天内回复'));
    const kinds = d.factChanges.map((f) => f.kind);
    expect(kinds).toContain('email');
    expect(kinds).toContain('response_time');
    expect(d.factChanges.find((f) => f.kind === 'email')?.new).toBe('privacy@example.cn');
    expect(d.changes.some((c) => c.significance === 'substantive' && c.topics.includes('contact'))).toBe(true);
  });

  it('stating overseas storage is a substantive storage change with a storage_location fact change', async () => {
    const d = await diffEdited(seed(4), (t) =>
      t.replace('上述信息将存储于中华人民共和国境内。', '上述信息将存储于中华人民共和国境内。部分信息将存储在境外服务器。'));
    expect(d.factChanges.some((f) => f.kind === 'storage_location')).toBe(true);
    expect(d.changes.some((c) => c.significance === 'substantive' && c.topics.includes('storage'))).toBe(true);
  });

  it('an English OTA version pair diffs sanely and whitespace-only edits are formatting', async () => {
    const dir = corpus('ota_pga_versions', 'Bluesky');
    const [a, b] = readdirSync(dir).filter((f) => f.endsWith('.md')).sort().slice(0, 2).map((f) => `${dir}/${f}`);
    const d = diffDocuments(await sideOf(a), await sideOf(b));
    for (const c of d.changes) {
      expect(c.summary.length).toBeGreaterThan(0);
      if (c.kind === 'modified') expect(c.ops.some((o) => o.op !== '=')).toBe(true);
    }
    const spaced = await diffEdited(a, (t) => t.replace(/\. /g, '.  ').replace(/\n\n/g, '\n\n\n'));
    for (const c of spaced.changes) expect(c.significance).toBe('formatting');
  });

  it('real OTA histories: every changed line lies in a reported change, and modified ops rebuild both texts', async () => {
    for (const service of ['Telegram', 'Spotify', 'LINE']) {
      const dir = corpus('ota_pga_versions', service);
      const files = readdirSync(dir).filter((f) => f.endsWith('.md')).sort().map((f) => `${dir}/${f}`);
      const sides = await Promise.all(files.map((f) => sideOf(f)));
      let changed = 0;
      for (let v = 1; v < sides.length; v++) {
        const [a, b] = [sides[v - 1], sides[v]];
        const d = diffDocuments(a, b);
        const where = `${service} ${files[v - 1]} → ${files[v]}`;
        const squash = (t: string) => t.replace(/\s+/g, '');
        for (const c of d.changes) {
          if (c.kind !== 'modified') continue;
          expect(squash(c.ops.filter((o) => o.op !== '+').map((o) => o.text).join('')), where).toBe(squash(a.text.slice(c.old!.nstart, c.old!.nend)));
          expect(squash(c.ops.filter((o) => o.op !== '-').map((o) => o.text).join('')), where).toBe(squash(b.text.slice(c.new!.nstart, c.new!.nend)));
        }
        // Line diff of the whole texts: each line added or removed (beyond whitespace) is inside a change.
        let oldAt = 0;
        let newAt = 0;
        for (const part of diffLines(a.text, b.text)) {
          const len = part.value.length;
          if (part.value.trim() && (part.added || part.removed)) {
            const from = part.added ? newAt : oldAt;
            const spans = d.changes.map((c) => (part.added ? c.new : c.old)).filter((x) => x !== null);
            const inside = spans.some((s) => s.nstart <= from + len - 1 && from < s.nend);
            const elsewhere = part.removed ? b.text.includes(part.value.trim()) : a.text.includes(part.value.trim());
            if (!elsewhere) expect(inside, `${where}: ${part.value.slice(0, 80)}`).toBe(true);
          }
          if (!part.added) oldAt += len;
          if (!part.removed) newAt += len;
        }
        changed += d.changes.length;
      }
      expect(changed, service).toBeGreaterThan(0);
    }
  }, 120_000);
});
