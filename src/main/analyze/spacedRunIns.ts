// A title and its body on one line, set apart by a space or by the bold closing after the title (`(三)公开披露 我们仅会…`,
// `**七、管理、查看或删除您的个人信息** 我们非常尊重…`). findCandidates (candidates.ts) splits such lines.
import { isHeadingLike } from './headings';

// `(三)公开披露 我们仅会在以下情况下…`, `3.1 第三方付款服务提供商收集相关个人信息 您可以…`: a title, a space, then
// the body on the same line. (Not a sentence broken before a quoted name, `您不得利用 “小精灵美化”账户…`, nor
// inside a word, `本公司将向您提供本游戏作为休闲娱乐之 用,本公司严禁…`. `6.您的权利  _我公司将…_`: the body in italics.)
// (The body may open with its first numbered item, text from a PDF with its lines joined: `九、联系我们 1. 如您对…`.)
const RUN_IN = /^([^\s，。,；;:：、“”"]{2,24})[ \u3000]+(?=_?[\u4e00-\u9fff（(]|\d{1,2}[.．、]\s*[\u4e00-\u9fff])(?![^\s，,、。]{1,2}[，,、。])(.{20,})$/;
/** (…under a bracketed Chinese numeral, the templates' titles may list with `、`: `(一)个人信息的共享、转让 我们不会…`.) */
const RUN_IN_ENUMERATED = /^([^\s，。,；;:：、“”"][^\s，。,；;:：“”"]{0,22}[^\s，。,；;:：、“”"])[ \u3000]+(?=[\u4e00-\u9fff])(?![^\s，,、。]{1,2}[，,、。])(.{20,})$/;
// `**七、管理、查看或删除您的个人信息** 我们非常尊重…`: the bold closing after the title marks where it ends,
// enumeration commas and all. (Not `我们将收集您的**通讯录** 权限…`: bold inside the sentence.)
// A body run in after the bold may be one short sentence (`**六、本政策如何更新** 我们的隐私政策可能变更。`; not
// `**3.3 天津地铁** 会采取合理的措施保护您的用户信息,`, the bold subject of a sentence).
const BOLD_RUN_IN = /^([^\s，。,；;:：“”"*]{2,24})\*\*[ \u3000]*(?=[\u4e00-\u9fff（(])((?:(?!\*\*).){20,}|(?:(?!\*\*)[^。]){7,}[。:：])$/;
// (…and a body set apart by a space may have bold words of its own, first ones too: `**3.2 不共享的对象** 广告…;**其他服务机构**`,
// `**3.3 转让与公开披露** **不转让您的个人信息**,…`. Not `第三方开发者已经**遵守…**`, bold opening inside a sentence.)
const BOLD_RUN_IN_SPACED = /^([^\s，。,；;:：“”"*]{2,24})\*\*[ \u3000]+(?=(?:\*\*)?[\u4e00-\u9fff（(])(.{20,})$/;

// `1.  **To Provide Our Services.** We use personal information to…`, `**CALIFORNIA SPECIFIC DISCLOSURES** The following…`: an
// English title in bold, a sentence run in after it.
const BOLD_RUN_IN_EN = /^([A-Z][^*]{1,78}?)\*\*[ \t]+(?=[A-Z“"(])(.{20,})$/;

// (Nor a Latin word and the space Chinese text sets after it, when the title goes on to a colon: `2.与哩布哩布AI 公司内部的必要、
// 合理共享:为便于…`. `(1).友盟SDK 通过获取IMEI,…` is the title 友盟SDK.)
const LATIN_THEN_SPACE = /\p{Script=Han}\S*[A-Za-z0-9]$/u;
const CLAUSE_TO_COLON = /^[^，。,；;:：]{1,24}[:：]/;

/** A numbered line's title and the body run in after it, when it reads as such. */
export function splitRunIn(title: string, zh: boolean, maxLen: number, enumerated = false): { title: string; body: string } | null {
  if (!zh) {
    const en = BOLD_RUN_IN_EN.exec(title);
    return en && isHeadingLike(en[1].replace(/[.:]$/, ''), zh, maxLen) ? { title: en[1], body: en[2] } : null;
  }
  // (`8.1个人敏感信息** 是指…`: the bold closes after the title; `我们将收集您的**通讯录** 权限…` is a sentence.)
  const bold = BOLD_RUN_IN.exec(title) ?? BOLD_RUN_IN_SPACED.exec(title);
  const m = bold ?? RUN_IN.exec(title) ?? (enumerated ? RUN_IN_ENUMERATED.exec(title) : null);
  const head = m ? m[1].replace(/\*+$/, '') : '';
  // (`(1)当您 …`, `5.3我们 …`, `相册权限(iOS 系统)`: a sentence or a parenthesis broken by a space. Where the
  // bold closes, it ends the title: `**三、您的权利** 按照…:` is one; so does a title naming information,
  // `(一)我们直接收集与使用的个人信息 我们会…`, `1、您向我们提供的信息 您在注册…`, `6.您的权利  _我公司将…`, and the measures a template
  // names, `2、我们为保护个人信息采取的其他安全措施 (1)…`.)
  // (Nor a clause broken before its object, `本《隐私政策》仅适用于 奈索星联 研发…`: no title ends on a preposition or `的`.)
  if (!m || (!bold && LATIN_THEN_SPACE.test(head) && CLAUSE_TO_COLON.test(m[2])) || /[的之于於对對向给給把被将將]$/.test(head) || (!bold && /^(?:我们|我|您|你)/.test(head) && !/的(?:个人)?信息$|采取的[^的]{0,6}措施$/.test(head) && !/^(?:我们|您|你)的.{2,8}$/.test(head)) || /^(?:当|如果|若|在|对于|为了|因为|由于|除)|[(（][^)）]*$/.test(head)) return null;
  // (`(一)Cookie 为确保网站正常运转…`: one Latin word is a title too.)
  return (/[\u4e00-\u9fff]/.test(head) || /^[A-Za-z]{3,}$/.test(head)) && !head.includes('*') && isHeadingLike(head, zh, maxLen) ? { title: head, body: m[2] } : null;
}
