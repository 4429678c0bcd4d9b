// Section trees from round 41's misses (the pages' own lines).
import { describe, expect, it } from 'vitest';
import { analyzeText } from './helpers';

describe('bulleted sub-numbers under a chapter numbered in words', () => {
  it('票根 (CA4P 0801): `  * 3.1个人信息的共享` and `  * 3.2 个人信息的披露` under `三、…` are its sub-headings', async () => {
    const a = await analyzeText(['##### 三、用户个人信息共享和披露', '  * 3.1个人信息的共享',
      '  * 用户的个人信息是“票根”为用户提供服务的重要部分,“票根”会遵循法律规定对用户的信息承担保密义务。除以下情形外,“票根”不会将用户的个人信息披露给第三方:',
      '    * 3.1.1 征得用户同意或授权。', '==========', '  * 3.2 个人信息的披露', '  * 3.2.1 除非本条款载明的有限披露,“票根”会妥善保存用户的个人信息。', '==========',
      '##### 四、用户个人信息安全', '  * 4.1 我们采取加密措施保护用户的个人信息。'].join('\n'), 'piaogen.txt');
    const chapter = a.sections.find((s) => s.heading === '用户个人信息共享和披露')!;
    const subs = a.sections.filter((s) => s.parent === chapter.id && s.heading);
    expect(subs.map((s) => `${s.number}${s.heading}`)).toEqual(['3.1个人信息的共享', '3.2个人信息的披露']);
  });
});
