import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fileStemAndDate, groupAppVersions, normaliseAppName } from '../../../src/main/analyze';
import type { PolicyDates } from '../../../src/shared/types';
import { corpus, hasShared } from '../../helpers/paths';
import { analyzed } from './helpers';

const none: PolicyDates = { published: null, effective: null, updated: null };
const entry = (id: number, app: string | null, path: string, dates: Partial<PolicyDates> = {}, operator: string[] = []) => ({
  id, app, operator, path, dates: { ...none, ...dates },
});

describe('groupAppVersions', () => {
  it('same normalised app name groups; ordered by effective, then updated/published date', () => {
    const groups = groupAppVersions([
      entry(1, '小米贷款', '/a/mi_2.txt', { effective: '2022-10-14' }),
      entry(2, '天府市民云', '/a/tf.txt', { published: '2022-11-22' }),
      entry(3, '小米贷款 App', '/a/mi_1.txt', { updated: '2021-03-01' }),
      entry(4, 'Spotify', '/b/s.md', { effective: '2023-06' }),
      entry(5, 'spotify', '/b/t.md', { effective: '2022-06-08' }),
    ]);
    expect(groups).toHaveLength(3);
    expect(groups.find((g) => g.members.includes(1))!.members).toEqual([3, 1]);
    expect(groups.find((g) => g.members.includes(4))!.members).toEqual([5, 4]);
    expect(groups.find((g) => g.members.includes(2))!.members).toEqual([2]);
  });

  it('documents without a name group by operator; different apps of one operator stay apart', () => {
    const groups = groupAppVersions([
      entry(1, null, '/x/one.txt', {}, ['北京小川科技有限公司']),
      entry(2, null, '/x/two.txt', {}, ['北京小川科技有限公司']),
      entry(3, '最右', '/x/three.txt', {}, ['北京小川科技有限公司']),
      entry(4, '皮皮搞笑', '/x/four.txt', {}, ['北京小川科技有限公司']),
    ]);
    expect(groups.map((g) => g.members.sort())).toContainEqual([1, 2]);
    expect(groups).toHaveLength(3);
  });

  it('file stem with a date in the name groups versions even when the extracted names differ; file date orders', () => {
    const groups = groupAppVersions([
      entry(7, 'UCloud', '/v/ucloud_app_privacy__2024-09-20.md'),
      entry(8, 'UCloud APP', '/v/ucloud_app_privacy__2022-05-06.md'),
      entry(9, null, '/v/ucloud_app_privacy__2023-01-31.md'),
      entry(10, 'Other', '/v/other.md'),
    ]);
    expect(groups.find((g) => g.members.includes(7))!.members).toEqual([8, 9, 7]);
    expect(groups.find((g) => g.members.includes(10))!.members).toEqual([10]);
  });

  it('names, stems and dates of file names', () => {
    expect(normaliseAppName('小米贷款 App')).toBe(normaliseAppName('小米贷款'));
    expect(normaliseAppName('“天府市民云”')).toBe('天府市民云');
    expect(fileStemAndDate('/v/ucloud_app_privacy__2024-09-20.md')).toEqual({ stem: 'ucloud_app_privacy', date: '2024-09-20' });
    expect(fileStemAndDate('/v/Spotify__2022-07-11.md')).toEqual({ stem: 'Spotify', date: '2022-07-11' });
    expect(fileStemAndDate('/v/policy_20230105.txt')).toEqual({ stem: 'policy', date: '2023-01-05' });
    expect(fileStemAndDate('/v/000_b3d8f0754159c698.txt')).toEqual({ stem: '000_b3d8f0754159c698', date: null });
  });
});

(hasShared ? describe : describe.skip)('groupAppVersions on analysed version folders', () => {
  it('UCloud privacy versions form one app, oldest first', async () => {
    const dir = corpus('zh_policy_versions', 'ucloud_app_privacy');
    const files = readdirSync(dir).filter((f) => f.endsWith('.md')).sort().reverse();
    const entries = await Promise.all(
      files.map(async (f, id) => {
        const { analysis } = await analyzed(`${dir}/${f}`);
        return { id, app: analysis.app, operator: analysis.operator, path: `${dir}/${f}`, dates: analysis.dates };
      }),
    );
    const groups = groupAppVersions(entries);
    expect(groups).toHaveLength(1);
    const order = groups[0].members.map((id) => files[id]);
    expect(order).toEqual([...files].sort());
  });

  it('Spotify versions group by app name and order by date', async () => {
    const dir = corpus('ota_pga_versions', 'Spotify');
    const files = readdirSync(dir).filter((f) => f.endsWith('.md'));
    const entries = await Promise.all(
      files.map(async (f, id) => {
        const { analysis } = await analyzed(`${dir}/${f}`);
        return { id, app: analysis.app, operator: analysis.operator, path: `/elsewhere/${id}.md`, dates: analysis.dates };
      }),
    );
    const groups = groupAppVersions(entries);
    expect(groups).toHaveLength(1);
    expect(groups[0].name).toBe('Spotify');
    const dates = groups[0].members.map((id) => entries[id].dates.effective ?? entries[id].dates.updated ?? '');
    expect(dates).toEqual([...dates].sort());
  });
});
