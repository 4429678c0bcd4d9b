import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hideMarkup } from '../../../src/renderer/src/lib/markup';
import { corpus, hasShared } from '../../helpers/paths';

describe('hideMarkup', () => {
  it('hides <br>, emphasis runs and heading marks at line starts only', () => {
    expect(hideMarkup('### 十一、如何联系我们\n<br>**生效日期:2025年11月27日**')).toBe('十一、如何联系我们\n生效日期:2025年11月27日');
    expect(hideMarkup('价格 # 不是标题')).toBe('价格 # 不是标题');
    expect(hideMarkup('义务。 #### 四、【本平台如何保存】')).toBe('义务。 四、【本平台如何保存】');
    expect(hideMarkup('## 中段', false)).toBe('## 中段');
    expect(hideMarkup('a*b')).toBe('a*b');
  });

  it.skipIf(!hasShared)('leaves the words of a real markdown policy intact', () => {
    const text = readFileSync(corpus('zh_policy_versions', 'ucloud_app_privacy', 'ucloud_app_privacy__2025-11-27.md'), 'utf8');
    const shown = hideMarkup(text);
    expect(shown).not.toMatch(/<br>|\*\*|^#{1,6} /m);
    const words = (s: string) => s.replace(/<br\s*\/?>|[*_#\s]/gi, '');
    expect(words(shown)).toBe(words(text));
  });
});
