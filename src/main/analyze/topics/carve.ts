// What a sentence carve is (sentenceUnits.ts cuts them out as units), and the helpers carve rules share.
import type { TopicId } from '../../../shared/taxonomy';

export interface Span {
  nstart: number;
  nend: number;
}

/** A span whose sentence becomes a unit carrying `topic`; `leafOnly`: only out of a section without sub-sections. */
export interface SentenceCarve extends Span {
  topic: TopicId;
  leafOnly: boolean;
  /** Never out of the preamble or its paragraphs. */
  outsidePreamble?: boolean;
  /** Only out of a section without topics (and, for a paragraph unit, whose section has none either). */
  untopicedOnly?: boolean;
  /** The unit keeps its section's topics besides its own. */
  keepHost?: boolean;
  /** Only out of a section carrying one of these topics. */
  under?: readonly TopicId[];
  /** Only where no section carries the topic. */
  absentOnly?: boolean;
}

/** Any character inside a sentence. */
export const S = String.raw`[^。；;\n]`;

/** Every match of a global pattern as a carve of `topic`, out of any section's own body. */
export const carvesOf = (text: string, re: RegExp, topic: TopicId, outsidePreamble: boolean, keepHost = false): SentenceCarve[] =>
  [...text.matchAll(re)].map((m) => ({ nstart: m.index, nend: m.index + m[0].length, topic, leafOnly: false, outsidePreamble, keepHost }));

/** The SDK vendors Chinese apps embed most, by name (`我们的第三方合作伙伴极光、友盟会收集…`): an SDK without the word. */
export const SDK_VENDORS = String.raw`友盟|极光|个推|每日互动|umeng|jpush|getui|bugly|talkingdata|穿山甲|广点通|优量汇|神策|growingio|百度(?:移动)?统计|mobtech|sharesdk|firebase|crashlytics|admob|appsflyer|onesignal|google analytics|(?<![a-z])ml ?kit|revenuecat|sentry|adsense|plausible analytics|mixpanel|applovin`;
