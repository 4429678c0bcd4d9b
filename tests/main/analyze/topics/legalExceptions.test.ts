import { describe, expect, it } from 'vitest';
import { corpus, hasShared } from '../../../helpers/paths';
import { analyzed } from '../helpers';

const run = hasShared ? describe : describe.skip;

/** Topics of the section a passage is read in (the deepest carrying topics) and of its ancestors. */
async function lineageTopics(file: string, words: string): Promise<string[]> {
  const { doc, analysis } = await analyzed(corpus('ca4p483', 'txt', file));
  const at = doc.text.indexOf(words);
  expect(at, words).toBeGreaterThanOrEqual(0);
  return analysis.sections.filter((s) => s.nstart <= at && at < s.nend).flatMap((s) => s.topics);
}

run('legal demands among a lead-in’s exceptions', () => {
  it('快看影视大全: `(3)根据有关的法律法规或按照司法、行政等国家机关的要求` under `…不对外公开或向第三方提供…,但下列情况除外:` is an exception to consent', async () => {
    expect(await lineageTopics('0514_cn_quicktv_android.txt', '(3)根据有关的法律法规或按照司法、行政等国家机关的要求')).toContain('consent_exceptions');
  });

  it('趣步行: `遵守有关法律规定,包括在国家有关机关查询时` among the cases it may disclose is one too', async () => {
    expect(await lineageTopics('0879_com_qubuxing_qbx.txt', '遵守有关法律规定')).toContain('consent_exceptions');
  });

  it('not the exceptions to domestic storage (最右: `存储在中国境内,以下情形除外:` › `法律法规有明确规定`), nor breaches the user may have deleted (企查查)', async () => {
    expect(await lineageTopics('0503_cn_xiaochuankeji_zuiyouLite.txt', '法律法规有明确规定')).not.toContain('consent_exceptions');
    expect(await lineageTopics('0501_com_bertadata_qxb.txt', '我们违反法律法规或与您的约定收集')).not.toContain('consent_exceptions');
  });

  it('浪Live: `1. 受司法、警察或其他有權機關基於法定程序之要求。` is no `other` paragraph, however the model reads it; its chapter carries the exception', async () => {
    const { doc, analysis } = await analyzed(corpus('gplay_privacy_zh_html', 'web.langlive.com.html'));
    const at = doc.text.indexOf('受司法、警察或其他有權機關基於法定程序之要求');
    expect(at).toBeGreaterThanOrEqual(0);
    const lineage = analysis.sections.filter((s) => s.start <= at && at < s.end);
    const item = lineage[lineage.length - 1];
    expect(item.synthetic).toBe('paragraph');
    expect(item.topics).not.toContain('other');
    expect(lineage.flatMap((s) => s.topics)).toContain('consent_exceptions');
  });
});
