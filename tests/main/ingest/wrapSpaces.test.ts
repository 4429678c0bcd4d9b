// Chinese text from a PDF whose line breaks became spaces: the spaces go, on real corpus files, and only there.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingestFile, normalizeText } from '../../../src/main/ingest';
import { corpus, seed } from '../../helpers/paths';

/** The source text behind text[from, to), through the offset map. */
function sourceOf(source: string, offsets: Int32Array, from: number, to: number): string {
  return source.slice(offsets[from], offsets[to - 1] + 1);
}

describe('spaces left by lost line breaks', () => {
  const xiaozhu = corpus('ca4p483', 'txt', '0813_com_xiaozhu_xzdz.txt');

  it('CA4P 0813 (小猪, its lines about 34 characters wide): the operator\'s name and words are whole again, mapped to the spaced source', async () => {
    const doc = await ingestFile(xiaozhu);
    const source = readFileSync(xiaozhu, 'utf8');
    expect(source).toContain('小猪是由北京 快跑信息科技有限公司');
    const at = doc.text.indexOf('小猪是由北京快跑信息科技有限公司');
    expect(at).toBeGreaterThan(0);
    const name = doc.text.indexOf('北京快跑信息科技有限公司', at);
    expect(sourceOf(source, doc.offsets, name, name + '北京快跑信息科技有限公司'.length)).toBe('北京 快跑信息科技有限公司');
    expect(doc.text).toContain('您在该账户内的所有信息将被清空');
    // (Its half-width digits keep their spaces: `石景山路乙 18 号院`.)
    expect(doc.text).toContain('石景山路乙 18 号院');
  });

  it('seed 002 (a PDF\'s text, 25–29 characters a line) and CA4P 0637 (40): broken words are whole', async () => {
    expect((await ingestFile(seed(2))).text).toContain('本平台的业务系统也将停止为您提供服务');
    const cliff = await ingestFile(corpus('ca4p483', 'txt', '0637_com_cliff.txt'));
    expect(cliff.text).toContain('您在使用我们的产品与/或服务时');
    expect(cliff.text).toContain('对您的信息进行脱敏');
  });

  it('a title run in before its body and an item\'s number keep the space the line break left (万国觉醒\'s `2. 转让 我们不会…`)', () => {
    const source = `${readFileSync(xiaozhu, 'utf8')}\n2. 转让 我们不会将您的个人信息转让给任何公司、组织和个人,但以下情况除外: 1) 在获取明确同意的情况下转让:获得您的明确同意后,我们会向其他方转让您的个人信息。\n`;
    const { text } = normalizeText(source, 'txt');
    expect(text).toContain('小猪是由北京快跑信息科技有限公司');
    expect(text).toContain('2. 转让 我们不会将您的个人信息转让给任何公司');
    expect(text).toContain('但以下情况除外: 1) 在获取明确同意的情况下转让');
  });

  it('spaces that keep to no line width stay: a flattened table\'s cells (CA4P 0506), a policy\'s own spacing (seed 004)', async () => {
    const snow = await ingestFile(corpus('ca4p483', 'txt', '0506_com_campmobile_snowcamera.txt'));
    expect(snow.text).toContain('高德地图 公司全称');
    const source = readFileSync(seed(4), 'utf8');
    const kept = source.match(/[\u4e00-\u9fff] [\u4e00-\u9fff]/g)?.length ?? 0;
    expect(kept).toBeGreaterThan(3);
    const { text } = normalizeText(source, 'txt');
    expect(text.match(/[\u4e00-\u9fff] [\u4e00-\u9fff]/g)?.length ?? 0).toBe(kept);
  });
});
