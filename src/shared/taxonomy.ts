/** The shared topic taxonomy: the one list every stage and view uses. Data only. */
export const TOPIC_IDS = [
  'scope',
  'collection',
  'use',
  'permissions',
  'sdk',
  'cookies',
  'sharing',
  'transfer',
  'disclosure',
  'consent_exceptions',
  'storage',
  'retention',
  'security',
  'rights',
  'minors',
  'third_party',
  'updates',
  'contact',
  'other',
] as const;

export type TopicId = (typeof TOPIC_IDS)[number];

export interface TopicInfo {
  id: TopicId;
  zh: string;
  en: string;
  /** One line: what a section must discuss to carry this topic. */
  definitionZh: string;
  definitionEn: string;
}

export const TOPICS: readonly TopicInfo[] = [
  { id: 'scope', zh: '适用范围', en: 'Scope', definitionZh: '本政策适用的产品、服务、主体与用户，以及政策的引言和定义。', definitionEn: 'Which products, services, entities and users the policy covers; introduction and definitions.' },
  { id: 'collection', zh: '信息收集', en: 'Collection', definitionZh: '收集哪些个人信息、在何种场景下以何种方式收集。', definitionEn: 'What personal information is collected, when and how.' },
  { id: 'use', zh: '信息使用', en: 'Use', definitionZh: '个人信息用于哪些目的，包括个性化推荐、营销和画像。', definitionEn: 'The purposes personal information is used for, including personalisation, marketing and profiling.' },
  { id: 'permissions', zh: '设备权限', en: 'Permissions', definitionZh: '调用的系统或设备权限（位置、相机、麦克风、通讯录、存储等）及其用途。', definitionEn: 'System or device permissions requested (location, camera, microphone, contacts, storage …) and why.' },
  { id: 'sdk', zh: '第三方SDK', en: 'Third-party SDKs', definitionZh: '嵌入的第三方SDK或插件、其提供方、收集的信息和目的。', definitionEn: 'Embedded third-party SDKs or plug-ins, their vendors, the data they collect and why.' },
  { id: 'cookies', zh: 'Cookie及同类技术', en: 'Cookies & tracking', definitionZh: 'Cookie、Web Beacon、像素标签、本地存储等跟踪技术及其管理。', definitionEn: 'Cookies, web beacons, pixels, local storage and similar tracking technologies, and how to manage them.' },
  { id: 'sharing', zh: '共享', en: 'Sharing', definitionZh: '向第三方或关联方共享个人信息的情形、对象和约束。', definitionEn: 'When, with whom and under what limits personal information is shared with third parties or affiliates.' },
  { id: 'transfer', zh: '转让', en: 'Transfer', definitionZh: '因合并、收购、破产等转让个人信息的情形。', definitionEn: 'Transfer of personal information in a merger, acquisition, bankruptcy or similar.' },
  { id: 'disclosure', zh: '公开披露', en: 'Public disclosure', definitionZh: '公开披露个人信息的情形及条件。', definitionEn: 'When and how personal information is publicly disclosed.' },
  { id: 'consent_exceptions', zh: '征得同意的例外', en: 'Exceptions to consent', definitionZh: '无需征得同意即可收集、使用、共享的法定例外情形。', definitionEn: 'Legal exceptions under which data is processed or shared without consent.' },
  { id: 'storage', zh: '存储地点与跨境', en: 'Storage location & cross-border', definitionZh: '个人信息存储的地域（境内/境外）与跨境传输。', definitionEn: 'Where personal information is stored (domestic / overseas) and cross-border transfer.' },
  { id: 'retention', zh: '存储期限', en: 'Retention', definitionZh: '个人信息保存多久、到期或注销后如何删除或匿名化。', definitionEn: 'How long personal information is kept and how it is deleted or anonymised afterwards.' },
  { id: 'security', zh: '安全保护', en: 'Security', definitionZh: '保护个人信息的技术与管理措施、安全事件的处置与告知。', definitionEn: 'Technical and organisational safeguards, and how security incidents are handled and notified.' },
  { id: 'rights', zh: '用户权利', en: 'User rights', definitionZh: '访问、更正、删除、撤回同意、注销账户、获取副本、投诉等权利及其行使方式。', definitionEn: 'Access, correction, deletion, withdrawal of consent, account deletion, copies, complaints — and how to exercise them.' },
  { id: 'minors', zh: '未成年人保护', en: 'Minors', definitionZh: '对儿童和未成年人个人信息的特别保护与年龄限制。', definitionEn: 'Special protection of children\'s and minors\' information and age limits.' },
  { id: 'third_party', zh: '第三方服务', en: 'Third-party services', definitionZh: '第三方产品、链接或服务（非SDK）对个人信息的处理及责任划分。', definitionEn: 'Third-party products, links or services (other than SDKs) handling data, and who is responsible.' },
  { id: 'updates', zh: '政策更新', en: 'Policy updates', definitionZh: '本政策如何修订、如何通知用户以及生效方式。', definitionEn: 'How the policy is revised, how users are notified and when changes take effect.' },
  { id: 'contact', zh: '联系我们', en: 'Contact', definitionZh: '运营者身份、联系方式（邮箱、电话、地址）及请求的答复期限。', definitionEn: 'Who the operator is, how to reach it (e-mail, phone, address) and how fast it answers.' },
  { id: 'other', zh: '其他', en: 'Other', definitionZh: '不属于以上任何主题的内容。', definitionEn: 'Anything not covered by the topics above.' },
];

export const TOPIC_BY_ID: Readonly<Record<TopicId, TopicInfo>> = Object.fromEntries(
  TOPICS.map((t) => [t.id, t]),
) as Record<TopicId, TopicInfo>;

export function isTopicId(value: unknown): value is TopicId {
  return typeof value === 'string' && (TOPIC_IDS as readonly string[]).includes(value);
}
