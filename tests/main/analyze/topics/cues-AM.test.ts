// Topic cues of round 40's fresh blind batch AM (the pages' own words): Hong Kong's words in headings.
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers';

const HKCMT = ['# 個人資料(私隱)條例——————私隱政策聲明', '', '## 個人資料的保安', '', '本團會採取適當步驟,保障個人資料不會在未經授權或意外的情況下被查閱、處理或刪除。', '',
  '## 第三者網站', '', '本團網站可能提供與第三者網站的連接。本私隱政策聲明不適用於任何這些連接網站。', '',
  '## 查閱及改正個人資料的權利', '', '閣下有權查閱及改正本團所持有關於閣下的個人資料。', ''].join('\n');

describe('Hong Kong\'s words in headings, read as the Mainland\'s', () => {
  it('香港兒童音樂劇團: `個人資料的保安` is about security and `第三者網站` about third parties', async () => {
    const a = await analyzeText(HKCMT, 'hkcmt.md');
    expect(a.sections.find((s) => s.heading === '個人資料的保安')!.topics).toContain('security');
    expect(a.sections.find((s) => s.heading === '第三者網站')!.topics).toContain('third_party');
  });
});
