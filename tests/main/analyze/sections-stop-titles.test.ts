// A numbered line of a few words closed by a full stop, over its body (`2、公开披露。`), on CA4P pages of ../shared.
import { describe, expect, it } from 'vitest';
import type { DocumentAnalysis } from '../../../src/shared/types';
import { corpus, hasShared } from '../../helpers/paths';
import { analyzed } from './helpers';

const run = hasShared ? describe : describe.skip;
const ca4p = (name: string) => corpus('ca4p483', 'txt', name);
const titled = (a: DocumentAnalysis, h: string) => a.sections.find((s) => s.heading === h);

run('a few words of title closed by a full stop', () => {
  it('heads the body under it (荔枝: `2、公开披露。` / `荔枝仅会在以下情况下…`; 招联: `4、 **业务转让。**`)', async () => {
    const lizhi = (await analyzed(ca4p('0891_com_yibasan_lizhifm.txt'))).analysis;
    const disclosure = titled(lizhi, '公开披露');
    expect(disclosure?.number).toBe('2、');
    expect(disclosure?.topics).toContain('disclosure');
    // (…and so `1、转让。荔枝不会将您的个人信息转让给…` beside it reads as its title run in before the body.)
    expect(titled(lizhi, '转让')?.topics).toContain('transfer');
    const zhaolian = (await analyzed(ca4p('0913_com_zl_fqbao.txt'))).analysis;
    expect(titled(zhaolian, '业务转让')?.number).toBe('4、');
    expect(titled(zhaolian, '第三方服务提供者')).toBeDefined();
  });

  it('not a list of such lines (a preface\'s pledges, `一、 不该看的不看。` / `二、 不该传的不传。`)', async () => {
    const { analysis } = await analyzed(ca4p('0850_com_xiaoxiaoVideo_app_android.txt'));
    expect(analysis.sections.some((s) => s.heading.startsWith('不该看的不看'))).toBe(false);
    expect(titled(analysis, '我们如何收集和使用您的个人信息')?.parent).toBeNull();
  });
});
