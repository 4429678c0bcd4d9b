// Topics a section's body states in so many words, beside what the model reads there: a way to reach the
// operator, cookies by another name, permissions switched off or spoken of throughout, the statutory exceptions
// to consent opened, SDKs named in a sharing section. Each rule is measured on CA4P and the hand labels (docs/decisions/0002).
import type { TopicId } from '../../../shared/taxonomy';
import { SDK_VENDORS } from './carve';

/** Ways to reach the operator: an e-mail address, a phone number, a postal/registered address. */
// (`4007-777-777` and `400-830-6666` are both a 400 number: ten digits however grouped.)
const CONTACT_CUE = /[\w.+-]+@[\w-]+\.[a-z]{2,}|(电话|热线|客服|tel|phone|联系[:：])[^。\n]{0,8}[\d(（][\d\s()（）-]{6,}|\b[48]00(?:-?\d){7}\b|(注册|办公|联系|通讯)地址|邮编|邮政编码/i;
/** A title naming the reader's rights in general (`您的权利`, `个人信息的管理`, `响应您的请求`), no one right. */
const RIGHTS_IN_GENERAL = /权利|权益|管理|选择|请求|行使/;
const WITHDRAWAL_HEADING = /撤回|撤销|收回|授权(同意)?的?范围|(改变|变更)[^，。]{0,6}(同意|授权)/;
// (`如您想更改相关权限的授权(例如:位置、相机…)`, 极氪's `变更我们对您个人数据处理的授权(例如:位置、相机、相册)`, `通过手机系统权限设置`
// too; `设备中的权限设置`, `权限管理页面`, `回收已授予的权限`: hand +3 headings, CA4P folds −.0002.)
const PERMISSION_SWITCH = /(关闭|撤回|取消|开启|更改|修改|变更)[^。；;]{0,20}(权限|定位|位置|相机|麦克风|通讯录|相册|照片)|权限[^。；;]{0,10}(关闭|撤回|取消)|系统权限设置|权限(设置|管理)|(回收|收回)[^。；;]{0,8}权限/;
/** What the policy says it never does still speaks of it, as the labellers read it (10 pages: `不集成任何分析 SDK、广告 SDK…`,
 * `未接入任何广告 SDK`; `我们不会访问摄像头、麦克风、精确位置、联系人`). */
// (An SDK by name: not `本应用不集成任何第三方合作伙伴、广告服务或云服务`, which its labeller read as no SDK talk.)
const SDK_DENIED = /(?:不|未|没有)(?:会)?(?:含|包含|内置|集成|接入|嵌入)[^。；;]{0,20}SDK/i;
const DEVICE_ACCESS_DENIED = /不(?:会)?(?:访问|申请|获取|调用|读取)[^。；;]{0,10}(?:摄像头|相机|麦克风|精确位置|定位|通讯录|联系人|相册)/;
const PARTNER_COOKIES = /(?:第三方|广告商|合作伙伴|合作方|服务提供商|服务商)[^。；;]{0,40}?使用[^。；;]{0,12}?(?:cookie|web\s*beacon|像素标签|网络信标)[^。；;]{0,20}?收集/i;
const COOKIE_BY_ANOTHER_NAME = /小型数据文件|数据埋点/;
const DATA_FIELD = /(?:^|\n)[\s•·*-]*(?:存储|收集|采集|获取|处理)(?:的)?(?:内容|信息|数据|字段)\s*[:：]/;
const PURPOSE_FIELD = /(?:^|\n)[\s•·*-]*(?:用途|使用目的|处理目的|目的)\s*[:：]/;
/** Features of the device the app reaches, with the grant the reader can take back (`我们的应用程序可能会访问您设备上的
 * 某些功能…您可以通过在设备上关闭应用程序来撤销许可`): device permissions without the word 权限. */
const DEVICE_FEATURES = /访问[^。；;]{0,6}设备上的[^。；;]{0,6}功能/;
const GRANT_REVOKED = /(撤销|撤回|取消|关闭)[^。；;]{0,12}(许可|授权)/;
const PERMISSION_LEAF_MAX = 600;
/** A heading on the app's notifications (`推送通知`, `9. 推播通知`, `本地通知、位置与健康数据访问`; not marketing messages, `拒绝接受推送及营销信息`)… */
const NOTIFICATIONS_HEADING = /^(?!.*(?:营销|广告|定向|个性化|SDK|sdk|拒绝)).*通知/;
/** …over a body telling the reader to turn them off in the device's settings (`你可以隨時在 iOS 設定 → 通知 → iMoney 關閉所有推播`). */
const OFF_IN_SETTINGS = /(?:系统|系統|iOS|Android|安卓|设备|設備|裝置|装置|手机|手機)[^。；;]{0,12}(?:设置|設定)[^。；;!！]{0,24}(?:关闭|關閉|关掉|關掉|停用)|(?:设置|設定)[^。；;]{0,4}在设备[^。；;]{0,12}关闭/;
/** The reader taking back a device grant in the system's settings (`您可随时在系统设置中更改授权`) of data a grant guards. */
const GRANT_IN_SETTINGS = /(?:系统|系統|iOS|Android|安卓|设备|設備|手机|手機)[^。；;]{0,6}(?:设置|設定)[^。；;]{0,10}(?:更改|撤销|撤回|关闭|關閉|取消)[^。；;]{0,8}(?:授权|授權|权限|權限|访问|存取)/;
const GRANTED_DATA = /位置|定位|健康|HealthKit|相机|相機|麦克风|麥克風|通讯录|通訊錄|相册|相簿|照片|蓝牙|藍牙/;
const NAMED_PERMISSION = /(?:申请|请求|需要|获取|开启|打开|启动|授予|调用)[^。；;\n]{0,12}(?:存储|储存|位置|定位|相机|摄像头|麦克风|录音|网络|通讯录|SD卡|相册|电话|日历|蓝牙|通知|推送|悬浮窗)[^。；;\n]{0,4}权限/;
/** The app asking the reader for a device's data by name, the word 权限 left out (`本应用会请求访问你的设备位置`, `请求访问您的
 * 照片、媒体和文件、您设备的相机`, `請求存取您的相機`); not `请求访问我们持有的个人数据`, the right of access. */
const DEVICE_ACCESS_REQUESTED = /(?:请求|申请|請求|申請)(?:访问|获取|读取|存取|取用)(?:您|你|妳)?的?[^。；;\n]{0,8}?(?:设备位置|地理位置|位置|定位|相机|相機|摄像头|麦克风|麥克風|照片|相册|相簿|通讯录|通訊錄|联系人|聯絡人|日历|蓝牙|藍牙)/;
const DEVICE_BASED_FEATURE = /^[\s\d.、()（）•*-]*基于\s*(?:您的)?(?:相机|摄像头|麦克风|相册|图片库|通讯录|地理位置|位置|定位|存储|日历|蓝牙|网络通讯)[^，,。:：\n]{0,10}?的?(?:附加|拓展|扩展|相关)?功能/;
const SERVICE_STOPPED_ERASED = /(停止|终止)运营[^\n]{0,120}(删除|销毁|匿名化)|(删除|销毁|匿名化)[^。\n]{0,40}(停止|终止)运营/;
/** `您可以通过不向任何人…披露您的登录密码或账户信息,为保护您的账户安全…`: what the reader does to keep the data safe. */
const USER_SAFEGUARD = /(?:不向|切勿|不要|请勿|避免)[^。；;]{0,20}(?:披露|泄露|透露|告知)[^。；;]{0,12}(?:密码|账户信息|账号信息)|妥善保管[^。；;]{0,12}(?:密码|账号|帐号|账户|帐户)|保持[^。；;]{0,12}私密性/;
/** The policy saying it will be revised (`私密大师会不定时更新本隐私声明`, `我们将在本政策中及时更新"更新日期"`). */
const POLICY_REVISED = /(?:不定时|不时|随时|适时|定期|可能会?|有权|将)[^。；;]{0,8}(?:更新|修订|修改|变更|调整)[^。；;]{0,6}(?:本|此|这份|我们的)[^。；;]{0,8}(?:政策|声明|协议|指引)|在(?:本|此)[^。；;]{0,8}(?:政策|声明|指引)中[^。；;]{0,6}更新/;
const EXCEPTION_LEAD = /[^。:：]{0,40}(以下|下列)[^。:：]{0,40}(?:无需|无须|不必)(事先)?(征得|取得|获得|征求)?[^。]{0,8}同意/;
const PERMISSION_ASKED = /(获取|开通|开启|申请|调用|使用|需要)[^。；;\n]{0,30}权限/g;
/** Three permissions asked for or more: a list of them. An SDK section listing the permissions each SDK asks for
 * (`第三方SDK“腾讯地图”…需获取使用到位置权限`) is about permissions too (classify.ts reads it with its paragraphs). */
export const listsPermissions = (text: string): boolean => (text.match(PERMISSION_ASKED)?.length ?? 0) >= 3;
// (…or one of the SDK vendors Chinese apps embed most, by name.)
// (`我们集成了以下第三方服务`: services built into the app are its SDKs; not `本应用不集成任何第三方…`.)
const SDK_CUE = new RegExp(String.raw`\bsdk|软件开发工具包|software development kit|(?<![不未没无])集成[^。，,]{0,10}第三方|${SDK_VENDORS}`, 'i');

// (The negation is looked for behind `sdk` once found: a leading lookbehind would be tried at every position.)
const SDK_HANDLES_DATA = /sdk(?<![不未没无非][^。；;]{0,16}sdk)\s*(?:可能|会|将|需要)?(?:会)?(?:收集|处理|获取|采集|读取)(?:您|你|用户)/i;

/**
 * How secrets are kept (`数据库加密密钥保存在系统钥匙串中`, `使用不可导出的 Android Keystore AES-GCM 密钥保护`, `端到端加密`, `密钥是明文存在…里的`).
 * Not `加密存储` or `以明文的形式存储在本地` alone, which CA4P files with the storage or collection they speak of (CA4P −.0013).
 */
const SECRETS_KEPT = /钥匙串|keychain|keystore|安全存储|端到端加密|加盐|\bAES\b|(?:密钥|密码|凭据|token)[^。；;]{0,12}明文|明文[^。；;]{0,8}(?:密钥|密码|凭据)/i;
/** An SDK by its name (`TapSDK`, `ExtPay SDK`, `网易云信IM SDK`) or a recipient's way of receiving data (`共享方式:SDK`). */
const NAMED_SDK = /[A-Za-z][A-Za-z0-9]+\s?SDK|共享方式[:：]\s*SDK/;
/** A vendor's SDK or an analytics or ad tool the app uses by name or by kind (`…广告商 | Google LLC(Google AdMob)`, `我们使用移动分析
 * 软件来…`, `我们使用分析与归因、崩溃上报工具来…`, `…可能采用第三方广告投放技术`). */
const TOOL_IN_USE = new RegExp(String.raw`(?:使用|接入|集成|采用|通过)[^。；;\n]{0,20}(?:${SDK_VENDORS})|(?:使用|接入|集成|采用)[^。；;\n]{0,8}(?:分析|统计|归因|崩溃上报|广告投放)(?:[与和、及][^，。；;\n]{1,6})?(?:软件|工具|技术)`, 'i');
/** Rows of a table naming SDK vendors in their first cell (`| Firebase Analytics | 可能接收应用实例 ID…`, `| Sentry | …`). */
const VENDOR_ROW = new RegExp(String.raw`^\|?[ \t]*(?:${SDK_VENDORS})[^|\n]{0,30}\|`, 'gim');

/** `本应用不面向 13 岁以下儿童`, `14周岁以下的儿童请勿使用本应用`, `未成年禁止注册`: who the service is not for, said anywhere. */
const NOT_FOR_CHILDREN = /未成年人?[^。；;，,]{0,6}(?:禁止|不得|不能|请勿|不允许|不可)[^。；;，,]{0,4}(?:注册|使用)|(?:不面向|不适用于|不针对|并非面向|并非针对)[^。；;]{0,10}\d+\s*周?岁(?:以下|以内)的?(?:儿童|未成年|用户|人士)|\d+\s*周?岁(?:以下|以内)的?(?:儿童|未成年人?)[^。；;]{0,12}(?:不得|请勿|不能|禁止|不应)[^。；;]{0,6}使用/;

/** `您的信息将适用该第三方的隐私政策`, `…将适用小程序开发者及技术服务提供方的…隐私政策`: another's policy governs the data. */
const THIRD_PARTY_POLICY_APPLIES = /适用[^。；;]{0,30}(?:开发者|服务提供方|合作方|第三方)[^。；;]{0,20}(?:隐私政策|隐私权政策|个人信息保护政策|隐私条款|隐私声明)/;
/** `第三方向您提供支付服务的公司将直接收集与支付相关的信息`: a third party collecting for itself, under its own terms. */
const THIRD_PARTY_COLLECTS_DIRECTLY = /第三方[^。；;，,]{0,16}(?:将|会|可能)直接(?:收集|获取)/;
/** `Gravatar服务的隐私政策为:[https://automattic.com/privacy/]`: a named service's own policy, given by its address. */
const SERVICE_POLICY_LINKED = /(?<=[A-Za-z\u4e00-\u9fa5])的隐私(?:政策|权政策|声明)(?:为|是|请见|详见|请参阅|见)?\s*[:：]\s*[\[(（]?https?:\/\//;
const LEGAL_BASIS_HEADING = /法律依据|法律基础|合法性(?:基础|依据|事由)|legal bas[ie]s/i;
const OTHER_GROUNDS = /(?:订立|履行)[^。；;]{0,16}合同|法定(?:职责|义务)|(?:正当|合法|重大)利益|公共利益|(?:生命|健康)[^。；;]{0,8}安全|legitimate interest|legal obligation|vital interest/i;

/** A business changing hands (`如果…参与合并、收购事宜,或…出售其部分或全部财产`): its data goes with it. */
// (`若本 App 的所有權轉移,開發者可能…移轉實際持有的紀錄`: the app changing hands.)
const CHANGE_OF_CONTROL = /合并|收购|并购|分立|破产|(出售|转让)[^。；;]{0,12}(资产|财产|业务)|(所有权|控制权)(转移|变更|移转)/;
/** Disclosing because the law, a court or a regulator requires it. */
const DISCLOSED_BY_LAW = /披露[^。；;]{0,80}(法律|法规|司法|政府|监管)[^。；;]{0,12}(要求|程序|规定|命令)|(法律|法规|司法|政府|监管)[^。；;]{0,12}(要求|程序|规定|命令)[^。；;]{0,40}披露/;
// `在法律要求需要向监管机构、执法机构或其他政府机关提供相关信息的情况下`: handed to the authorities because the law says so.
const PROVIDED_BY_LAW = /(?:法律|法规)[^。；;]{0,16}(?:要求|规定)[^。；;]{0,30}(?:向|给)[^。；;]{0,12}(?:监管|执法|政府|司法)(?:机构|机关|部门)[^。；;]{0,16}提供/;
/** `我们需要将您的芙惠商城订单号与交易金额信息与这些支付机构共享`, `将您的相关实名身份信息和人脸信息提供给游戏`: the operator passes it on.
 * (Not the reader, `由于您将您的用户密码告知他人、与他人共享注册账户`.) */
const SHARED_WITH = /将(?<!(?:[不未没无][^。；;，,]{0,8}|(?:您|你|用户)\s*)将)(?:您|你|用户)的[^。；;]{1,40}?(?:(?:与|和|同)[^。；;]{1,20}?(?:共享|分享)|(?:共享|分享|提供)(?:给|至|予))/;
const SHARING_HEADING = /共享|分享|转让|对外提供|披露/;
/** The rights Taiwan's personal data act lists (art. 3), as the fold reads them: `請求查詢或閱覽、製給複製本` (`制给拷贝本`), `…停止蒐集`. */
const STATUTORY_RIGHTS = /制给(?:复制|拷贝)本|请求停止(?:收集|搜集)/;
/** Where the servers are (`服务器…可能分布在中国或其他任何国家/地区`, `位於台灣、美國的伺服器`) says where data is kept. */
// (`计算机网络可能位于您居住地以外的州/省、国家/地区`.)
const SERVERS_PLACED = /(?:服务器|计算机网络)[^。；;]{0,30}(?:位于|分布|遍布|设在|设于|设立在)|(?:位于|分布在|遍布)[^。；;]{0,30}的?服务器/;
/** Data said to stay on the reader's device or its own cloud: `数据默认仅保存在您的设备中`, `資料主要儲存在您的裝置本機`, `同步到 iCloud`. */
const ON_DEVICE_KEPT = /(?:数据|信息|资料|内容|记录|设置|档案|文件)[^。；;]{0,16}(?<!暂时|暂存|临时)(?:(?:存储|储存|保存|存放|保留|留)(?:在|于)|位于)[^。；;]{0,6}(?:您|你)?的?(?:设备|装置|手机|电脑|Mac|iPhone|本机|本地)|同步(?:到|至)\s*iCloud|iCloud\s*(?:同步|备份)|CloudKit/i;
/** A right the reader has, by its name (`**知情权**`, `**删除权**`, `**选择退出权**`: CCPA's and GDPR's lists). */
const NAMED_RIGHT = /知情权|访问权|查阅权|更正权|删除权|可携带权|可移植权|选择退出权|撤回同意权|拒绝权|反对权|限制处理权|不歧视权/g;
/** `加州居民在 CCPA 下可能享有以下权利:知情…、访问、删除、更正`: the rights the reader has, listed by what they let one do. */
// (The reader's: not the operator's, `兼客仍享有下列权利:1) 继续保存您未及时删除的注册信息…`.)
const RIGHTS_LISTED = /(?:您|你|用户|居民)[^。；;]{0,12}(?:享有|拥有|具有)[^。；;]{0,12}权利[^。；;]{0,30}?(?:访问|查阅|删除|更正|知情)/;
/** `您的占卜问题…会发送至 DeepSeek 服务器进行处理`: what the reader writes goes to another company's service. */
// (Not `Navo 不会把这些备份记录上传至 Navo 服务器`.) (`将请求正文…实时传输给对应供应商`: to the supplier the reader picked.)
const SENT_TO_SERVICE = /(?<!(?:不|未|没有|无需)[^。；;，,]{0,12})(?:(?:发送|传输|上传|提交)(?:至|到|给)\s*(?:第三方|[A-Z][A-Za-z]+)[^。；;\n]{0,12}(?:服务器|API|接口|服务)|(?:发送|传输|传送|转发|提交)(?:至|到|给)[^。；;\n]{0,12}(?:供应商|服务商|提供商))/;
/** `…交易記錄可能因財務或稅務法規要求而需保存至法定期限屆滿`: kept until a term runs out; `如果您销户,RobinFin仍将保留您的信息`: kept
 * after the account is closed. */
const KEPT_TO_TERM = /(?:保存|保留|储存|存储)(?:至|到)[^。；;]{0,16}(?:期限|期间|时效)(?:届满|结束|届至)|(?:销户|注销|关闭)[^。；;]{0,20}(?:仍|继续|依然)[^。；;]{0,6}(?:保留|保存|存储)/;
/** A period data is kept for, in figures (`已上传日志原则上自上传完成起保存 24 小时`, `最多保留 5 份`). */
const KEPT_FOR = /(?:保存|保留|留存|存储|储存)(?:期限|期间)?(?:为|不超过|最多|至多|最长)?\s*\d+\s*(?:小时|天|日|周|个?月|年|份)|(?:最多|至多|最长)(?:保留|保存|留存)\s*\d+/;
const CROSS_BORDER_STATED = /(?:传输|转移|提供|存储|储存|存放|传送)(?:至|到|在|于)(?:中国)?(?:大陆)?境外|数据出境|跨境(?:传输|提供|转移)|出境(?:传输|提供)/;

export interface BodyCueContext {
  heading: string;
  /** The heading of the section a paragraph unit was split from (its own otherwise). */
  ownerHeading: string;
  body: string;
  preamble: boolean;
  /** No sub-sections. */
  leaf: boolean;
  /** The heading names sharing (the model's `share` class). */
  sharingClass: boolean;
  thirdPartyHeading: boolean;
}

/** Adds to `topics` (what the model and heading gave) the topics the body states outright. */
export function addBodyCues(topics: Set<TopicId>, c: BodyCueContext): void {
  const { body } = c;
  // A section the model finds no topic in but that gives an e-mail, phone or address is contact.
  // (Not a preamble: its operator line or hotline sits among introductory paragraphs.)
  if (topics.size === 0 && !c.preamble && CONTACT_CUE.test(body)) topics.add('contact');
  // A short leaf that speaks of permissions throughout (`1.3 同意机制`: `逐项获取必要权限的同意`, `仅申请…必要权限`,
  // `拒绝非核心权限…`) is about permissions, whatever else the model reads there (`1.3.2特殊情况` › `…需要获取新的权限…
  // 在APP的隐私政策中进行更新`, read as updates). (Hand +2 headings, CA4P dev −.0003; beside other topics, fresh pages +3
  // headings, hand +2, CA4P folds 3–4 −.0002.)
  if (c.leaf && body.length < PERMISSION_LEAF_MAX && (body.match(/权限/g)?.length ?? 0) >= 3) topics.add('permissions');
  if (c.leaf && DEVICE_FEATURES.test(body) && GRANT_REVOKED.test(body)) topics.add('permissions');
  // A leaf asking for a permission by name (`开启本地存储权限后`, `本应用需要网络权限(INTERNET)`, an SDK's `需获取位置权限`,
  // a game that `启动你的移动设备的录音权限` or `启动自动推送信息权限`) is
  // about permissions under any heading (fresh pages +4 headings, hand +3, CA4P folds −.0001).
  if (c.leaf && (NAMED_PERMISSION.test(body) || DEVICE_ACCESS_REQUESTED.test(body))) topics.add('permissions');
  // (…and so is an item opening on a feature built on a device function, the template's `基于摄像头(相机)的附加功能:`,
  // `2. 基于相机(图片库)的相关功能/服务:您可以使用图片上传等服务。`, the word 权限 left out.)
  if (c.leaf && DEVICE_BASED_FEATURE.test(body)) topics.add('permissions');
  // A section on the app's notifications that the reader turns off in the device's settings asks for the notification
  // permission, whatever else it says (`推送通知` › `…您可以随时通过设置在设备级别将其关闭`).
  if (c.heading && NOTIFICATIONS_HEADING.test(c.heading) && OFF_IN_SETTINGS.test(body)) topics.add('permissions');
  // …and so is a headed leaf on data a device grant guards whose grant the reader takes back in the system settings
  // (`2.3 经您授权的健康与位置信息` › `…可能请求“精确或大致定位”。您可随时在系统设置中更改授权`); a rights section saying so stays
  // the reader's rights.
  if (c.leaf && c.heading && !topics.has('rights') && GRANT_IN_SETTINGS.test(body) && GRANTED_DATA.test(body)) topics.add('permissions');
  // A headed leaf the model finds nothing in that lists what is kept and what for, field by field (`• 存储内容:…` / `• 用途:…`):
  // what is collected and how it is used.
  if (topics.size === 0 && c.leaf && c.heading && DATA_FIELD.test(body) && PURPOSE_FIELD.test(body)) topics.add('collection').add('use');
  // A leaf the model finds nothing in on what becomes of the data when the service stops (`(三) 删除和匿名化处理` ›
  // `…停止运营后…我们将进行删除或匿名化处理`, under a storage chapter) is about how long it is kept.
  // (A headed one: a paragraph unit left empty here is read again beside its neighbours, liftUnitTopics.)
  if (topics.size === 0 && c.leaf && c.heading && SERVICE_STOPPED_ERASED.test(body)) topics.add('retention');
  // A headed leaf the model finds nothing in that tells the reader how to keep the account safe (小米's template `您能做什么!`)
  // is about security. (Not terms of service on logging in, `需要输入个人信息进行登录…妥善保管账号`: what is collected.)
  if (topics.size === 0 && c.leaf && c.heading && USER_SAFEGUARD.test(body) && !/收集|获取|输入[^。；;]{0,6}个人信息/.test(body)) topics.add('security');
  // A headed leaf the model finds nothing in that opens on how the policy is revised (`11. 调整` › `私密大师会不定时更新本隐私
  // 声明…`) is about updates. (Not one saying so in passing, `…若未来新增相关功能,我们将依法更新本政策`.)
  if (topics.size === 0 && c.leaf && c.heading && !c.preamble && POLICY_REVISED.test(body.slice(0, body.search(/。|$/)))) topics.add('updates');
  // A paragraph opening the statutory exceptions (`在以下情形中,收集和使用您的个人信息无需事先征得您的同意:`) is about them
  // beside what the model reads there (学习通's `…无需征得您的授权同意且…不会响应您提出的更正…请求:`, read as rights); where the
  // model finds nothing, it is also about the practice it names.
  // (Its open start makes the pattern costly: only bodies saying `无需`/`无须`/`不必` before consent are read with it, not
  // `不必要的`.)
  const lead = /(?:无需|无须|不必)(?!要)/.test(body) ? EXCEPTION_LEAD.exec(body) : null;
  if (lead) {
    const practiceToo = topics.size === 0;
    topics.add('consent_exceptions');
    if (practiceToo) {
      if (/收集|使用/.test(lead[0])) topics.add('collection');
      if (/共享|提供/.test(lead[0])) topics.add('sharing');
      if (/转让/.test(lead[0])) topics.add('transfer');
      if (/披露/.test(lead[0])) topics.add('disclosure');
    }
  }
  // A legal-basis chapter naming grounds other than consent (`为订立、履行…合同所必需`, `法定义务`, GDPR's legitimate
  // interests) says when data is processed without consent (PIPL art. 13); one naming only the laws it follows (`我们将
  // 依据《网络安全法》…收集和使用`, a template of 14 corpus pages) does not.
  if (LEGAL_BASIS_HEADING.test(c.ownerHeading) && OTHER_GROUNDS.test(body)) topics.add('consent_exceptions');
  // A complaints chapter giving the e-mail or phone to complain to names the operator's contact; so does a rights chapter under
  // a general title giving them, `五、您的权利` › `…请发送邮件至…` (not one right by name, `注销账户` › `…请致电400-…`, which CA4P
  // files under rights alone: under any rights title, own labels +7 headings but CA4P folds −.0015).
  const rightsInGeneral = c.leaf && !c.preamble && topics.has('rights') && RIGHTS_IN_GENERAL.test(c.heading);
  if ((/投诉|举报|申诉/.test(c.ownerHeading) || rightsInGeneral) && CONTACT_CUE.test(body)) topics.add('contact');
  // Third parties setting their own cookies (`这些第三方可能会放置他们自己的Cookie或像素标签`) is about cookies too.
  // (…and so is a partner said to use them where the data shared is spoken of: `我们可能会与第三方广告商…合作,他们可能会使用
  // Cookies、Web Beacon等技术来收集…`.)
  if ((topics.has('third_party') && /cookie|像素标签|web\s*beacon/i.test(body)) || (topics.has('sharing') && PARTNER_COOKIES.test(body))) topics.add('cookies');
  // `使用小型数据文件识别您的身份` describes cookies without the word (CA4P: 14 cookies, 2 collection), and so does `通过数据埋点和
  // 其他相关技术收集和使用您的信息` (tracking points, the template's cookies clause with the word swapped).
  if (COOKIE_BY_ANOTHER_NAME.test(body)) topics.add('cookies');
  // Withdrawing consent by switching device permissions off (`改变您授权同意的范围` › `…关闭相应权限`) is about
  // permissions too (hand +.003 heading recall; CA4P labels these rights only: −.001).
  if (WITHDRAWAL_HEADING.test(c.ownerHeading) && PERMISSION_SWITCH.test(body)) topics.add('permissions');
  if (NOT_FOR_CHILDREN.test(body)) topics.add('minors');
  // The rights the reader may exercise under Taiwan's act, set out in its words (`客戶得行使個人資料保護法第三條規定之請求查詢、
  // 製給複製本…`), under any heading: the model, trained on Mainland policies, reads them as boilerplate.
  if (STATUTORY_RIGHTS.test(body)) topics.add('rights');
  // Servers placed somewhere (合合's `这些服务器根据服务的需要可能分布在中国或其他任何国家/地区`, under `八、个人信息的使用`) say
  // where data is kept, under any heading (fresh pages +2 headings, CA4P folds 1–4 +.0004 on average).
  if (SERVERS_PLACED.test(body)) topics.add('storage');
  // So does data kept on the reader's device (`这些数据默认仅保存在您的设备中`, `同步到 iCloud`), outside the chapters on what is
  // collected and on permissions, whose `…会加密后存储在设备本地` CA4P files with them, and not a search box's cache, `…会暂时
  // 存储在您的本地存储设备之中` (fresh pages +7 headings; anywhere, CA4P −.0016; outside permissions only, −.0006).
  if (ON_DEVICE_KEPT.test(body) && !topics.has('collection') && !topics.has('permissions') && !/权限|cookie/i.test(body)) topics.add('storage');
  // Data kept until a legal term runs out, said under a rights heading (nuva's `使用者的權利` › `…需保存至法定期限屆滿`), is
  // how long it is kept; so is a period in figures, `崩溃日志仅保存在设备本地,最多保留 5 份` (fresh pages +2 headings).
  if (KEPT_TO_TERM.test(body) || KEPT_FOR.test(body)) topics.add('retention');
  // Two rights or more by their names (`11. 加州居民特别说明(CCPA)` › `**知情权**…`, `**删除权**…`) are the reader's rights,
  // whatever the heading names.
  // (…or by what they let the reader do, `享有以下权利:知情…、访问、删除、更正`.)
  if (body.includes('权') && (new Set(body.match(NAMED_RIGHT)).size >= 2 || RIGHTS_LISTED.test(body))) topics.add('rights');
  // An AI feature sending what the reader writes to its vendor (`会发送至 DeepSeek 服务器进行处理`) shares it.
  if (SENT_TO_SERVICE.test(body) || SHARED_WITH.test(body)) topics.add('sharing');
  // A retention section saying what goes abroad (`4. 信息如何存储与保存期限` › `…将被传输至境外`) says where data is kept.
  // (Under any heading, CA4P folds −.001 to −.003: sharing sections name recipients abroad.)
  if (topics.has('retention') && CROSS_BORDER_STATED.test(body)) topics.add('storage');
  // A paragraph of a sharing chapter that the model reads as boilerplate, Accupass's translated `如果 Accuvally 參與合併、收購事宜…`
  // and `…披露此類資訊是合理且必要的:(a) 遵循所有適用法律、法規、法律程序…`, is the transfer and the disclosure the chapter names.
  // (Fresh pages +1 heading, CA4P fold 2 +.0001.) Disclosing because the law requires it is an exception to consent too,
  // as the labellers file it (牙易通's `配合司法單位合法的調查`, 海琳兴盛's `强制性的行政执法或司法要求…`): the 294 fresh pages of
  // rounds 25–35 +4 headings, presence unchanged, own labels +1, CA4P folds unchanged. (Round 35 measured −.0003 presence
  // on 290 of them, before later cues.)
  if (c.leaf && SHARING_HEADING.test(c.ownerHeading)) {
    if (CHANGE_OF_CONTROL.test(body)) topics.add('transfer');
    if (DISCLOSED_BY_LAW.test(body)) topics.add('disclosure').add('consent_exceptions');
    else if (PROVIDED_BY_LAW.test(body)) topics.add('consent_exceptions');
  }
  // What a third party's own policy governs is about third parties, under any heading (夸克's mini-programs, 飞卢's links).
  // (So is a service the data goes to whose own policy the text links, Tamers Union's `51LA网站统计的隐私政策为:[https://…]`.)
  if (THIRD_PARTY_POLICY_APPLIES.test(body) || (c.leaf && (SERVICE_POLICY_LINKED.test(body) || THIRD_PARTY_COLLECTS_DIRECTLY.test(body)))) topics.add('third_party');
  // A sharing / third-party section naming SDKs is about them too (`以 SDK、API 等形式接入`).
  if (c.sharingClass && topics.has(c.thirdPartyHeading ? 'third_party' : 'sharing') && SDK_CUE.test(body)) topics.add('sdk');
  // (So is an SDK the text makes the one handling the data, under any heading: `TapSDK 可能处理您的 TapTap 用户标识`; or one it
  // names, `本游戏使用 TapSDK 合规认证服务进行实名认证`, outside a permissions section, whose `push SDK` CA4P files with the
  // permissions: fresh pages +3 headings, CA4P fold 3 −.0003 with them.)
  if (SDK_HANDLES_DATA.test(body) || SDK_DENIED.test(body) || (NAMED_SDK.test(body) && !topics.has('permissions'))) topics.add('sdk');
  if (DEVICE_ACCESS_DENIED.test(body)) topics.add('permissions');
  // (So is a table of them by name under any heading, `7. 统计与诊断` › `| Firebase Analytics | …` `| Sentry | …`.)
  if (body.includes('|') && (body.match(VENDOR_ROW)?.length ?? 0) >= 2) topics.add('sdk');
  // (…and so is a headed leaf saying which analytics or ad tool the app uses: `移动分析` › `我们使用移动分析软件来…`.)
  if (c.leaf && c.heading && TOOL_IN_USE.test(body)) topics.add('sdk');
  // How secrets are kept is about security, under any heading (fresh pages +11 headings).
  if (SECRETS_KEPT.test(body)) topics.add('security');
}
