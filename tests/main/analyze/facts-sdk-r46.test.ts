// SDK lists read as key-value lists: a field and its value is no table's header cell, and `SDK名称:` names the SDK.
import { describe, expect, it } from 'vitest';
import { corpus } from '../../helpers/paths';
import { analyzeText, analyzed, values } from './helpers';

type Sdk = { name: string; vendor: string | null; purpose: string | null; data: string | null };
const sdks = (a: Parameters<typeof values>[0]) => values(a, 'sdk') as Sdk[];

describe('an SDK list of fields under each name', () => {
  it('LICOLICO (CA4P 0658): `友盟SDK` › `信息类型：设备信息` › `使用目的：…` is one SDK\'s fields, no table whose rows are the next ones', async () => {
    const { analysis } = await analyzed(corpus('ca4p483', 'txt', '0658_com_huya_ice.txt'));
    const names = sdks(analysis).map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['微博 SDK', '友盟SDK']));
    expect(names.every((n) => !/[:：]/.test(n))).toBe(true);
    expect(sdks(analysis).find((s) => s.name === '友盟SDK')!.purpose).toBe('统计分析、推送信息');
  });

  it('好分数 (CA4P 0970): `IM容联SDK:` › `功能:…` › `收集个人信息的类型:网络信息`', async () => {
    const { analysis } = await analyzed(corpus('ca4p483', 'txt', '0970_com_yunxiao_haofenshu.txt'));
    const im = sdks(analysis).find((s) => s.name === 'IM容联SDK')!;
    expect(im.purpose).toBe('提供在线咨询服务,支持用户在线与客服进行沟通');
    expect(im.data).toBe('网络信息');
  });

  it('录屏精灵: `SDK名称:友盟统计分析SDK` names the SDK without its field\'s label', async () => {
    const a = await analyzeText(['隐私政策', '第三方SDK', 'SDK名称:友盟统计分析SDK', '使用目的:进行APP运营统计与分析',
      '收集个人信息类型:设备信息(IMEI/MAC/Android ID)', 'SDK名称:腾讯开放平台SDK', '使用目的:分享到微信或者QQ', '收集个人信息类型:设备信息', ''].join('\n'), 'lupingjingling.txt');
    expect(sdks(a).map((s) => s.name)).toEqual(['友盟统计分析SDK', '腾讯开放平台SDK']);
    expect(sdks(a)[1].purpose).toBe('分享到微信或者QQ');
  });
});
