// A glossary's paragraphs (`名词解释` › `3、Cookie:Cookie是包含字符串的小文件…`): terms explained, no practice of the policy's.
import type { Section } from '../../../shared/types';

/** A glossary chapter's heading, and a paragraph of it defining a term (`个人信息:指…`, `7.Cookie:Cookie是…`). */
const DEFINITIONS_HEADING = /名词解释|定义|释义|术语|(关键词|用语|词语)(说明|解释)/;
const TERM_DEFINED = /^[\s\d.、()（）*#•·-]*[^:：，,。；;\n]{1,24}[:：]|是指|指的是|系指/;
/** …unless the definition says what the service does (`系统权限:是指…授权心心App可调取的系统权限…该等系统权限的调用将事先…`). */
const PRACTICE_STATED = /(?:我们|本?(?:App|APP|应用|平台|软件))[^。；;]{0,12}(?:将|会|可|需)|调用|调取/;

/** Whether section i's `body` defines a term under the glossary's own heading or one item of it (`1、个人信息(出自于GB/T`, a
 * definition broken before its number, heading the ones after it). */
export function definesTerm(sections: readonly Section[], byId: ReadonlyMap<number, number>, i: number, body: string): boolean {
  if (!TERM_DEFINED.test(body) || PRACTICE_STATED.test(body)) return false;
  for (let p = sections[i].parent, up = 0; p !== null && up < 2; up++) {
    const j = byId.get(p);
    if (j === undefined) return false;
    if (DEFINITIONS_HEADING.test(sections[j].heading)) return true;
    p = sections[j].parent;
  }
  return false;
}
