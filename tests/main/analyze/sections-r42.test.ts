// Section trees from round 42's misses (the pages' own lines).
import { describe, expect, it } from 'vitest';
import { analyzeText } from './helpers';

describe('a markdown heading with a comma in its brackets', () => {
  it('Arc 風格側邊欄: `#### 2.1 工作區 Google Drive 同步（選用，預設關閉）` after bulleted paragraphs heads its section', async () => {
    const a = await analyzeText(['### 2. 資料儲存與同步', '', '我們根據資料類型採用不同的儲存方式：', '',
      '* **本機資料**：您的分頁僅儲存於您裝置的 `chrome.storage.local` 中。', '* **設定同步**：您的偏好設定會透過 Chrome 同步。', '',
      '#### 2.1 工作區 Google Drive 同步（選用，預設關閉）', '', '為了讓您能在多台裝置間同步與還原工作區中的分頁，本擴充功能提供一項選用的同步功能。', '',
      '* **預設關閉**：此功能預設為關閉。', '', '### 3. 我們傳輸的資訊', '', '一般情況下，本擴充功能不會將您的個人資訊對外傳輸。', ''].join('\n'), 'arc.md');
    const chapter = a.sections.find((s) => s.heading === '資料儲存與同步')!;
    expect(a.sections.filter((s) => s.parent === chapter.id && s.heading).map((s) => `${s.number}${s.heading}`)).toEqual(['2.1工作區 Google Drive 同步(選用,預設關閉)']);
  });
});
