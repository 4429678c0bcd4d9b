// A page that shows no headings of its own may still open its paragraphs on their titles: an `<ol>` of clauses copied out of
// the browser, its numbers lost (`本同意書之範圍：本同意書適用於…` › `個人資料蒐集之目的: 提供您…`), or bold titles run in before a
// space (`我们可能收集的信息 我们提供服务时，可能会收集…` › `信息安全 我们仅在…`). Read only where the page has next to no other
// heading: in a page with structure, such lines are its items and fields.
import type { Accepted } from './listHeadings';
import { isDefinition, isHeadingLike } from './headings';
import type { Line } from './lines';
import { CLAUSE_TITLE } from './runIns';
import { headingTopics } from './topics/rules';

/** As many labelled paragraphs as this make the page's outline… */
const MIN_LABELLED = 3;
/** …where it had at most this many headings. */
export const FEW_HEADINGS = 2;
/** A title, its colon, and a body of a sentence or more. */
const COLON_LABEL = /^([^，。,；;:：、()（）“”「」《》*\s]{2,12})\s*[:：]\s*(\S.{19,})$/;
/** A title a privacy policy's chapter would bear, a space, and its body opening in Chinese. */
const SPACE_LABEL = /^([^，。,；;:：、()（）“”「」《》*\s]{2,16}) ([\u4e00-\u9fff].{14,})$/;
/** A form's field, not a clause's title (`公司名称：…有限公司，联系电话:…`). */
const FIELD = /名称|地址|电话|邮箱|信箱|网址|日期|时间|版本|邮编|传真|联系人|e-?mail/i;

export function labelledParagraphs(lines: readonly Line[]): Accepted[] {
  const out: Accepted[] = [];
  for (const [i, line] of lines.entries()) {
    const colon = COLON_LABEL.exec(line.text);
    const spaced = colon ? null : SPACE_LABEL.exec(line.text);
    const m = colon ?? spaced;
    if (!m) continue;
    const [, title, body] = m;
    // (Not a sentence broken by a stray space, `您瞭解網際網路非百分之百安全的 環境，…`: no title ends on `的` or a preposition.)
    if (!/[\u4e00-\u9fff]/.test(title) || /(?:(?<!目)的|[之在于於对對与與和及或])$/.test(title) || !isHeadingLike(title, true, 16) || FIELD.test(title) || isDefinition(line.text)) continue;
    // (A colon's title names a clause, no sentence to the reader; a space's names a chapter the policies bear, `我们可能收集的信息`.)
    if (colon ? !CLAUSE_TITLE.test(title) || !/[，,。；;]/.test(body) : headingTopics(title).size === 0) continue;
    out.push({ scheme: 'plain', number: null, value: NaN, title, numbered: false, markup: false, markupLevel: 0, line: i, runInBody: body, listOnly: false });
  }
  return out.length >= MIN_LABELLED ? out : [];
}
