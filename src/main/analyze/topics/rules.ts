// Bilingual keyword rules. Heading rules are strong evidence on their own; body cues refine a
// coarse model class into the topics the corpora do not label (sdk, transfer, retention …).
import type { TopicId } from '../../../shared/taxonomy';
import type { ModelClass } from './classes';
import { SDK_VENDORS } from './carve';

/** Beyond a jurisdiction (`管辖区域以外`, `中国大陆以外`, `向英國…及瑞士以外地區傳輸`): a storage heading's and a cross-border one's. */
const OUTSIDE_ZH = String.raw`管辖区域?(之外|以外)|(中国|大陆)[^，。]{0,4}以外|以外的?(地区|国家)[^，。]{0,4}(传输|转移|传送)`;
/** Data kept on the reader's own device, by name (`保存在本设备上的数据`, `只存在你 Mac 上的数据`, `设备上的本地数据`): where it is
 * kept, under whatever chapter the title stands. */
export const ON_DEVICE_HEADING = /(存|保存|储存|存储)(在|于)[^，。]{0,12}(本地|本机|设备|Mac|电脑|浏览器)|(设备|本机)上的本地(数据|信息)|在(你|您)的(设备|电脑|Mac)上保存|本地存储在|(本机|本地)(储存|存储|保存)|(iCloud|云端?)[^，。]{0,4}(备份|储存|存储)|^系统备份$|备份(与|和|及)(还原|恢复)/i;
/** Where it is used (Taiwan's `個人資料利用之期間、地區…`): a storage heading's, and one naming where data is kept. */
const USED_WHERE = String.raw`利用之?[^，。]{0,4}地区`;

/** The device's hardware and stores an app asks to use (`屏幕录制与麦克风`). */
const DEVICE_HARDWARE = '相机|摄像头|麦克风|相册|通讯录|蓝牙|剪切板|剪贴板|屏幕录制|录音';
/** …and its calendar: device functions, named on their own or granted. */
const DEVICE_FUNCTION = `${DEVICE_HARDWARE}|日历`;
/** Hardware a heading names anywhere (`麦克风与语音输入`, `相机及AR服务`: labellers say permissions 64 of 66, counted over these
 * words, the calendar not among them); not the reader's data reached under a rights chapter (`6.1.2访问通讯录`), nor an app's
 * name (`使用“轻颜相机”软件及相关服务`). */
const DEVICE_NAMED = `(?<!访问|查阅|查看|管理|删除|更正|导出)(${DEVICE_HARDWARE})(?![”"」》]|软件|App|APP|app|客户端)`;
/** Personalised recommendations, a use (`个性化推荐服务`), and the reader's control over them, a right (`5.9. 个性化内容及广告的展示和控制`,
 * `自主选择控制个性化推荐信息`): the use rule leaves to the rights rule what it takes. */
const PERSONALISED = '个性化(推荐|内容|展示|推送|服务)';
const PERSONALISED_CONTROL_AFTER = '[^，。]{0,10}(控制|设置|退出|停用|关闭)';
const PERSONALISED_CONTROL_BEFORE = '(控制|管理|关闭|退出|停用)[^，。]{0,6}';
/** What other users or parties shared about the reader (`其他方分享的您的信息`, `其他用户分享的信息中含有您的信息`): collection,
 * got from others as data from third parties is. (Not `与其他用户分享的…`: the reader's own sharing.) */
export const SHARED_BY_OTHERS = String.raw`(?<![与向和同])(其他方|其他用户)(分享|共享|提供)的`;
/** Topic rules matched against a section heading (already stripped of its numbering). */
export const HEADING_RULES: readonly [TopicId, RegExp][] = [
  // (`七、自动索引技术的使用`: indexing what users browse elsewhere, tracking; 6 of 7 labellers say cookies.)
  // (`本地存储`, `4.4 本地存储说明`, `本地存储(您的设备)`, `本地存储与会话信息`, `本機存放區`: the browser's web storage and app cache,
  // HTML5's cookie-like store.)
  ['cookies', /^本地(存储|储存)(说明|技术)?([(（][^()（）]{1,12}[)）])?$|^本地(存储|储存)(与|和|及)会话|^本机存放区$|cookie|web\s*beacon|web\s*信标|网络信标|网页信标|自动索引|像素标签|同类技术|类似技术|追踪技术|跟踪技术|do not track|tracking technolog|local storage/i],
  // (`4.1 Google AdSense`, `4.2 Google Gemini API`: a vendor's service or an API by name.)
  ['sdk', new RegExp(String.raw`社交媒体[^，。]{0,6}(插件|小工具|小组件)|sdk|软件开发工具包|第三方(插件|代码)|接入的?第三方|software development kit|(?<![A-Za-z])API$|${SDK_VENDORS}`, 'i')],
  // (`4、基于通讯录授权的拓展功能`, `允许使用相机、摄像头`, `6、访问App安装列表`: a device function the reader grants.)
  // (`1.2 位置`, `(2)位置信息`, `1.3 相机`, `屏幕录制与麦克风`: a device function on its own names the permission it needs.)
  ['permissions', new RegExp(String.raw`权限|permission|自启动|关联启动|HealthKit|${DEVICE_NAMED}|传感器(?!信息|数据)|^(地理)?(位置|定位)(信息|服务|功能)?$|^(${DEVICE_FUNCTION})([、/和与及](${DEVICE_FUNCTION}))*(功能)?$|(基于|允许|调用|开启|授权)[^，。]{0,4}(${DEVICE_FUNCTION})|(${DEVICE_FUNCTION}|位置|定位)[^，。]{0,4}(授权|许可)|(访问|读取|获取)(您的)?(App|应用|软件)(安装)?列表`, 'i')],
  // (`（三）除同意外的其他合法性事由`: the grounds other than consent the law allows, PIPL art. 13.)
  // (`执法部门`, `7. 司法协助与合规`: data handed to the authorities without asking; Taiwan's `限制利用原则`, uses beyond the
  // purpose the law allows.)
  ['consent_exceptions', /执法|司法协助|限制利用|除同意(以)?外|同意以外的|^(以下)?例外(情形|情况)?$|(征得|取得|获得)?[^，。]{0,6}同意的?例外|(征得|取得|获得)[^，。]{0,4}授权的?例外|(?:无需|无须|不必|不需要?)(事先)?(征得|取得|获得)?(?:个人信息主体的?)?[^，。]{0,4}(同意|授权)|豁免[^，。]{0,6}同意|不经[^，。]{0,2}(同意|授权)[^，。]*(例外|情形)|exceptions? to consent|without (your )?consent/i],
  ['minors', /未成年|儿童|青少年|未满|防沉迷|年龄(限制|要求)|children|child|minors?\b|kids|under the age/i],
  // 分享 is the operator sharing (`我们如何分享`, `个人信息的分享`), not `您分享的信息` (what users post).
  // (…and so is data given to others, `您的个人信息会被提供给谁?`.)
  // (`第三方分享`, `資料分享`, `与我们集团的生态系统公司分享`: sharing with others, not the user's sharing of content; not
  // `其他方分享您的信息`, shared with us.)
  // (`我们不会出售您的个人信息`, `三、数据流向`, `4. 第三方处理者`, `会离开这台设备的`: where data goes, and to whom.)
  // (`我们的服务供应商`, `四、第三方供应商及处理地区`: those the data is passed to.)
  // (Taiwan's statutory notice, `個人資料利用之期間、地區、對象及方式`, `5.3 利用對象`: to whom the data is put to use.)
  ['sharing', /(?:利用|提供)(?:之|的)?(?:[^，。]{0,10}[、及与和])?对象|^(?:我们的)?服务(?:提供[商者]|供应商)$|共享|供应商(?!隐私)|共用的?(信息|数据)|(出售|售卖)(您|你|用户)的?(个人)?(信息|数据|资料)|(数据|信息)的?流向|(第三方|受托|委托)(数据)?处理(者|方)|(?<!不会?|永远不会?)离开(这台|本|您的|你的)?(设备|手机|电脑)|(我们|如何|可能|对外)[^，。]{0,4}分享|(信息|资料|数据)的?分享|第三方分享|与第三方[^，。]{0,4}分享|(?<![您你户])与[^，。您你]{0,12}(?:公司|集团|关联方|伙伴|他人|其他人)分享|分享(给|予|与)第三方|分享(信息)?的?(前提|原则|情形|范围)|^分享$|提供给第三方|提供给谁|被提供给(?![您你])|(发送|传输|传送|传递)(给|至|到)第三方|向第三方(发送|传输|传送|传递)|对外提供|向第三方提供|委托处理|(处理|业务)的?委托|(谁|哪些人)(能|可以|会)?(看见|看到|查看|获得|获取)|shar(e|ing)|disclos(e|ure) .*third|^disclos(e|ing|ure)\b|third[- ]part(y|ies) .*(share|disclos)/i],
  ['transfer', /转让|转移|并购|收购|破产|被售|transfer|merger|acquisition/i],
  ['disclosure', /公开披露|披露|^公开$|disclos/i],
  // (`10、关于链接`, `(三)广告商及链接`, `4. 关联网站`: links out to sites of others.)
  ['third_party', /社交媒体[^，。]{0,6}(功能|插件|小工具|小组件)|第三方(服务|产品|链接|网站|平台|责任|软件(?!开发)|应用|内容|条款)|第三方[^，。]{1,6}链接|(关于|及|和|外部|网站|站点)链接$|^链接$|^links?$|^(关联|其他|外部)网站$|第三方[^，。]{0,12}(收集|获取)(的|相关)?(个人)?(信息|数据)?$|合作厂商|广告商|联运渠道|渠道方?场景|渠道方收集|第三方(提供|[^，。]{0,6}提供的)(服务|产品)|third[- ]party (services|sites|websites|links|products)|links to other/i],
  // (`服务器访问日志`: the access log a server keeps is collection, not the right of access.)
  ['collection', new RegExp(`${SHARED_BY_OTHERS}|` + String.raw`处理的?(个人)?(信息|资料|数据)的?(项目|类别|种类)|(从|自)(外部)?(第三方|合作伙伴|合作方)[^，。]{0,4}(收集|获取|获得|取得)|间接(收集|获取|获得)|^(我们|我方)?(所)?处理的(个人)?(敏感)?(个人)?(信息|资料|数据)$|崩溃|错误报告|诊断(信息|数据|报告)|(账户|账号|帐号|帐户)关联|(处理|获取|收到|接收)(哪些|什么)|^(服务器|网络|系统)(访问)?日志|^(访问)?日志(文件|信息|记录)?$|^log (files?|data|information)$|收集|搜集|采集|提供的信息|(其他方|第三方|他人|其他用户)[^，。]{0,4}(分享|提供)的?(您|你)的(个人)?(信息|资料)|(获得|获取|取得)的(个人)?(信息|数据)$|(获得|获取|取得)(您|你)的?(个人)?(信息|数据|资料)|来自第三方的(个人)?(信息|数据)|个人信息的?定义(及|和|与)范围|collect|information we (gather|obtain|receive)|what information|^(the )?information (that )?(you|third parties|others|partners) (provide|give)|^information from (other|third)`, 'i')],
  // `广告`, `三、广告与营销`, `七、推广服务`: what the operator does with the data (use), not a third party.
  // (`2. 個人資料之處理及利用`: Taiwan's law says 蒐集、處理、利用 for collect, process, use.)
  // (`告知变动目的后征得同意的方式`, `定向推送活动的规则`: GB/T 35273 templates' sub-titles on use.)
  ['use', new RegExp(String.raw`限制利用|广告(服务|信息|推送|投放)|促销(信息|计划|活动)|(?<!${PERSONALISED_CONTROL_BEFORE})${PERSONALISED}(?!${PERSONALISED_CONTROL_AFTER})|画像|变动目的|目的变更|定向推送|(资料|信息|数据)[^，。]{0,6}利用(?!政策|协议|声明|指引|规则)|^使用$|^(个性化)?(广告|营销|推广)((与|和|及)(营销|推广|广告))?(服务|活动|信息)?$|(如何|怎样|我们)使用|(发送|推送)的?[^，。]{0,6}(邮件|信息|消息|资讯)|(邮件|消息|信息)推送|使用(您|你|用户)?的?(个人)?(信息|数据)|(信息|数据)的?((管理|处理)(和|及|与))?使用|用途|使用目的|处理[^，。]{0,8}的?目的|(收集|蒐集|搜集)(的|之)?目的|为了什么|处理您的|how we use|use of (your )?(personal )?(information|data)|purposes?`, 'i')],
  // (`6.我们在哪里处理您的数据?`, `4. 网络访问对象与处理位置`: where data is processed is where it is kept; `数据存在哪里`, where it is.)
  ['storage', new RegExp(String.raw`${ON_DEVICE_HEADING.source}|iCloud\s*同步|^云同步$|境内外|数据本地化|存储|储存|存放|保存地|(保存|存|放)在(哪|何处)|在(哪里|何处)(处理|保存)|处理(的)?(位置|地点|地域)|${USED_WHERE}|(如何|怎样)保存|保存(和|及|与)|(和|及|与)保存|跨境|境外|${OUTSIDE_ZH}|全球范围|出境传输|国际(数据|资料|信息)?(传输|转移|传送|处理|加工)|^国际用户$|storage|where we store|international (data )?transfer|cross-border|transfer\w* (of [^.]{0,30})?(to|outside) [^.]{0,24}?(countr|jurisdiction|region|\beea\b|european economic area)|outside (the|your) (country|eea|region)`, 'i')],
  // (`四、個人資料利用之期間、地區、對象及方式`: Taiwan's notice names how long and where it is used.)
  ['retention', /(信息|资料|数据)的?保存$|销毁|銷毀|保存期限|利用之?期间|存储期限|(保存|储存|存储)(期间|多久|多长时间)|保留|存留|留存|期限|停止运营|终止运营|保存时间|(保存|存储)(和|与|及)删除|retention|retain|how long/i],
  ['security', /(数据|信息)(泄露|泄漏)|泄密|安全|保护措施|(保护|保障|保密|技术|管理|组织)[^，。]{0,12}措施$|(如何|怎样|怎么)保护|(信息|数据|资料)的?保障$|(保存|存储|储存)(和|及|与)保护|去标识化|匿名化|加密|secur(e|ity)|protect|safeguard|keep\w* [^.]{0,30}\bsafe\b/i],
  // (`8. 去世用户的个人信息保护`: what a deceased user's next of kin may ask, PIPL art. 49.)
  // (`查閱和更新個人資訊`: PIPL's 查阅 is the right of access, 31 of 33 labelled headings; not `隐私政策的查阅和修订`, reading the policy.)
  // (GB/T 35273's own rights, named without the word: `改变您授权同意的范围`, `约束信息系统自动决策`, `个人信息主体获取个人信息副本`.)
  ['rights', new RegExp(String.raw`(去世|逝世|已故|死亡)(的)?(用户|自然人|近亲属)|逝者|${PERSONALISED}${PERSONALISED_CONTROL_AFTER}|${PERSONALISED_CONTROL_BEFORE}个性化|管理[^，。]{0,3}(帐号|账号|账户|帐户)|响应[^，。]{0,4}例外|权利|权益|管理(您|你)的|管理(儿童|未成年人?)的?(个人)?信息|(您|你|我|用户)(有什么|有哪些|的)选择|(信息|资料)的选择|(控制|掌控)(您|你)的(个人)?(信息|资料|数据)|修改[^，。]{0,4}(资料|信息)|(如何|怎样)管理(自己|您|你|用户)?的?(个人)?(信息|数据|资料)|(改变|变更|管理|撤回)[^，。]{0,6}授权|授权同意的?范围|自动化?决策|副本|撤销|查询权|查询(您|你)的|(?<!(政策|协议|声明|指引|条款)的?)查阅|控制设置|隐私(功能)?设置|控制权|自主权|退出|^拒(绝|收)[^，。]{0,6}(推送|广告|营销|自动|个性化|通知|短信|邮件)|退订|可携带|转移权|^复制权?$|响应您的(上述)?请求|(用户|您|你)的?请求的?(响应|回应|答复)|访问(?!日志|记录)|更正|删除|注销|撤回|投诉|申诉|your (rights|choices)|access(ing)?,? |opt[- ]?out|choice|control|correct(ion|ing)?s?\b|unsubscrib|delet(e|ing) (your|my) (information|data|account)|manag(e|ing|ement of) (your|user)|(edit|updat)(e|ing) your|review(ing)? (and|or)`, 'i')],
  // (`变更和问题`, `联系与文档更新`: the changes beside the questions the reader may have. Not `11. 调整` alone: own labels say
  // updates, CA4P 0592's labellers other, fold 2 −.0005.)
  ['updates', /^(通知|告知|联系)(和|与|及)(修订|修改|变更|更新)$|^(修订|修改|变更|更新|版本)(纪录|记录|历史)$|^(修订|修改|变更|更新)(和|与|及)(通知|告知|联系)$|^(版本)?更新(提示|说明|摘要|要点|公告)$|^(变更|修订|更改|修改|生效)$|^(变更|修订)(和|与|及)(问题|疑问)$|(文档|文件)(更新|修订|变更)$|^本次更新(内容|说明)?$|(政策|协议|声明|条款|指引|规则|合约|合同|契约|隐私说明)[^，,]{0,6}(更新|修订|变更|修改|更改)|(政策|协议|声明|条款|指引)的?生效$|(政策|协议|声明|条款|指引)[》」]?的?版本(及|和|与)?生效|(更新|修订|变更|修改)[^，,]{0,4}(政策|通知)|如何更新|changes to (this|our|the)|(policy|notice) (changes|updates)|(policy|statement|notice)[^.]{0,20}(has|have|is|was) (been )?(changed|updated|revised|modified)|amendments?/i],
  // `12.2 响应时间`: how fast the operator answers. `客服热线95188`, `在线客服` name a channel; `客服与售后` is a business function.
  ['contact', /联系(?!人)|咨询|反馈|^(响应|回复|答复)(时间|时限|期限)$|^(在线)?客服(热线|电话|中心|邮箱)?(?=$|[\s:：\d“"(（])|(客服|服务)热线|[\w.-]+@[\w-]+\.[a-z]{2,}|contact|how to reach|questions|^关于我们$|^about us$|^(我们|我們)是谁[?？]?\s*([(（][^()（）]{1,12}[)）])?$|^who we are$|^(数据|資料|个人信息)控制者$|^个人信息处理者$|^(运营者|开发者|开发方|主体)(的)?(身份)?(信息|基本信息|介绍)?$|^(.{1,10}的?)?(运营者|运营主体|主体|开发者)(基本)?(信息|情况|概况)$|^(我司|本公司)(的)?(基本)?信息$/i],
  ['scope', /适用范围|定义|释义|名词解释|术语|(关键词|用语|词语)(说明|解释)|引言|前言|概述|导言|introduction|scope|definitions?|about this/i],
];

/** Weak heading cues, only for chapter headings with no body of their own (`用户信息保护` over
 * `去标识化`, `安全技术…`): on a section with a body (a terms-of-service `用户个人隐私信息保护`)
 * they mislead. */
const CHAPTER_RULES: readonly [TopicId, RegExp][] = [['security', /(信息|数据)的?保护$/]];

/** A children's policy's own chapters name their practice beside minors (`2.我们如何使用儿童个人信息`, `3.儿童个人信息的存储`;
 * `存储儿童个人信息`, `访问儿童个人信息`: the practice or the right first). */
const CHILD_PRACTICE = /如何(收集|使用|共享|存储|储存|保存)[^，。]{0,6}(儿童|未成年)|(儿童|未成年人?)的?(个人)?信息的?(收集|使用|共享|存储|储存|保存|披露|转让)|^(收集|使用|共享|存储|储存|保存|访问|查阅|更正|删除|管理)(儿童|未成年人?)的?个人信息$|(儿童|未成年人?)[^，。]{0,8}管理[^，。]{0,3}(帐号|账号|帐户|账户)/;

/** A heading topic that names a specific subject silences generic words in the same heading (`我们如何使用Cookie` is
 * about cookies, not about use), unless the heading matches the entry's third element (CHILD_PRACTICE). */
const SPECIFIC_OVER_GENERIC: readonly [TopicId, readonly TopicId[], RegExp?][] = [
  ['cookies', ['collection', 'use', 'storage', 'retention', 'sharing', 'rights']],
  ['sdk', ['collection', 'use', 'sharing']],
  ['permissions', ['collection', 'use', 'rights']],
  ['minors', ['collection', 'use', 'security', 'rights', 'storage', 'sharing'], CHILD_PRACTICE],
  // (`限制利用原则`: the exceptions are to the purpose of use.)
  ['consent_exceptions', ['collection', 'use', 'sharing', 'transfer', 'disclosure'], /限制利用/],
  ['third_party', ['sharing', 'collection', 'use']],
  ['retention', ['storage']],
  // (`三、数据如何分享与跨境传输`, `第4条(向第三方提供及跨境传输)` name sharing beside the transfer abroad.)
  ['storage', ['transfer', 'sharing'], /(共享|分享|向第三方提供)(与|和|及|、)|(与|和|及|、)(共享|分享)/],
  ['updates', ['use', 'rights', 'security', 'collection', 'storage']],
  ['contact', ['rights', 'use', 'collection']],
];

/** Headings that only name the document (title lines), never a topic. */
const TITLE = /^[^，。]{0,30}(隐私|个人信息保护|个人信息处理)(权)?(政策|协议|声明|指引|规则|条款)([^，。]{0,12})$|^privacy (policy|notice|statement)$/i;
/** …unless what follows the name is a subject (`本《爱奇艺隐私政策》的更新`, `…》适用范围`). */
const AFTER_TITLE_TOPIC = /更新|修订|变更|修改|更改|生效|适用|范围|联系|定义|涵义|释义/;
export const isTitle = (h: string): boolean => {
  const m = TITLE.exec(h);
  // (`八、第三方服务和隐私条款`: third parties' terms are a subject, not this document's name.)
  return m !== null && !AFTER_TITLE_TOPIC.test(m[4] ?? '') && !/第三方/.test(h.slice(0, h.indexOf(m[1])));
};

/** `最近更新日期：2020年9月27日` is a date line that a splitter may take for a heading. */
const DATE_LINE = /(19|20)\d\d\s*(年|[-/.]\s*\d)|(updated|effective)[^a-z]{0,3}(date|on|:)/i;

/** A storage heading about data leaving the country (`境外转移` under the sharing chapter): it stands
 * under any chapter (classify.ts), like the specific heading topics. */
export const CROSS_BORDER_HEADING = new RegExp(String.raw`境外|境内外|跨境|出境|${OUTSIDE_ZH}|国际(数据|资料|信息)?(传输|转移|传送|处理|加工)|cross-border|international (data )?transfer`, 'i');

/** A heading that names where data is kept, not only how long. */
const STORAGE_PLACE = new RegExp(String.raw`(存储|储存|存放|保存)[^，。]{0,6}(地点|地域|位置|地区)|${USED_WHERE}|地点|境内|境外|跨境|where`, 'i');

/** Disqualifiers: words that look like a topic but are about something else. */
const NOT_STORAGE = /(出境|境外)(定居|旅游|就业|务工|提取)/;
/** `5、存储权限`, `1.存储:为读取和管理文件进入设备的存储空间`, `读取及写入存储器权限`: the device's storage a permission opens,
 * not where data is kept. */
const DEVICE_STORAGE = /(存储|储存|存儲|儲存)(?:器|设备|設備)?(权限|權限|空间|空間|卡)|(存储|储存)器/;
const NOT_UPDATES = /更新(您的|个人)|(信息|资料)(的)?(更新|修改)/;
const SECURITY_PURPOSE = /^为(您|你|用户)?提供(更好的)?安全(保障|服务)(功能)?$|^安全保障功能$|^安全运行$/;
/** Terms-of-service rights (`权利归属`, `用户专属权利`, `权利和义务`, `知识产权`): no data subject's rights. */
const NOT_DATA_RIGHTS = /权利归属|专属权利|权利(和|与|及)?义务|知识产权|著作权|权利声明|所有权/;
/** `危害国家安全、泄露国家秘密…` (a terms-of-service ban list) is not about data security. */
const NOT_DATA_SECURITY = /(国家|公共|社会)安全/g;

/** Headings repeat within and across policies (`一、我们如何收集和使用您的个人信息`): 18+ regexes each. */
const headingMemo = new Map<string, readonly TopicId[]>();

/** Data obtained from third parties (`我们从第三方获得您个人信息的情形`, `来自第三方的信息`, `我们间接收集的个人信息`):
 * collection, and third_party for whose data it is. */
export const FROM_THIRD_PARTY = /(从|来自|自|通过)(外部)?(第三方|合作伙伴)|(第三方|合作伙伴)处?(收集|获取|获得)的|间接(收集|获取|获得)/;

const USER_POSTS = /(您|你)(分享|共享|发布)[^，,。]{0,8}(信息|资料)|公开信息$/;

export function headingTopics(heading: string, chapter = false): Set<TopicId> {
  const key = (chapter ? '1' : '0') + heading;
  let topics = headingMemo.get(key);
  if (!topics) {
    if (headingMemo.size >= 20_000) headingMemo.clear();
    topics = [...matchHeadingTopics(heading, chapter)];
    headingMemo.set(key, topics);
  }
  return new Set(topics);
}

function matchHeadingTopics(heading: string, chapter: boolean): Set<TopicId> {
  const out = new Set<TopicId>();
  const h = heading.replace(/^\s*(第[一二三四五六七八九十百\d]+[章节条部分]+|[（(]?[一二三四五六七八九十\d]+(?:[.．]\d+)*[)）.、．]?)\s*/, '').trim();
  // Numbered list items (`（1）与国家安全直接相关的；`) are sentences, not headings.
  if (isTitle(h)) {
    // (A children's policy's title, `《绵阳智如科技游戏儿童隐私政策》` after the main policy, is about minors though.)
    if (/儿童|未成年|青少年|children|child|kids/i.test(h)) out.add('minors');
    return out;
  }
  if (!h || /[；;，,。]$/.test(h) || DATE_LINE.test(h)) return out;
  // (A trailing aside is no part of what the heading names: `Google Gemini API(可选付费功能)` ends on `API` for the rules.)
  const bare = h.replace(/\s*[(（][^()（）]{1,24}[)）]$/, '');
  for (const [topic, re] of HEADING_RULES) if (re.test(h) || (bare !== h && bare && re.test(bare))) out.add(topic);
  if (chapter) for (const [topic, re] of CHAPTER_RULES) if (re.test(h)) out.add(topic);
  if (NOT_STORAGE.test(h)) out.delete('storage');
  if (DEVICE_STORAGE.test(h)) {
    out.delete('storage');
    out.add('permissions');
  }
  if (NOT_UPDATES.test(h)) out.delete('updates');
  if (NOT_DATA_RIGHTS.test(h) && !/个人信息|隐私|数据|资料/.test(h)) out.delete('rights');
  // `(九) 为您提供安全保障` in the collection chapter is a purpose data is collected for.
  if (SECURITY_PURPOSE.test(h)) out.delete('security');
  if (out.has('security') && /(国家|公共|社会)安全/.test(h)) {
    const rest = h.replace(NOT_DATA_SECURITY, '');
    const rules = chapter ? [...HEADING_RULES, ...CHAPTER_RULES] : HEADING_RULES;
    if (!rules.some(([t, re]) => t === 'security' && re.test(rest))) out.delete('security');
  }
  const storageToo = out.has('storage') && STORAGE_PLACE.test(h);
  for (const [specific, generic, unless] of SPECIFIC_OVER_GENERIC) {
    if (out.has(specific) && !unless?.test(h)) for (const g of generic) out.delete(g);
  }
  if (out.has('collection') && FROM_THIRD_PARTY.test(h)) out.add('third_party');
  // A heading naming sensitive personal information and nothing else (`3.2 敏感个人信息`, `二、敏感個人資訊(單獨同意)`) says which
  // of it is collected (labellers: 14 of 15 such headings collection, `(一)个人敏感信息说明` use).
  // (Not a tip on keeping it, `有关敏感个人信息的提示`, `对个人敏感信息的保护`, nor what the reader shares, `您分享的敏感个人信息`.)
  if (out.size === 0 && /敏感(?:个人)?(?:信息|资料|数据)|个人敏感(?:信息|资料)/.test(h) && !/提示|保护|保護|分享|共享|安全|传输|傳輸/.test(h)) out.add('collection');
  // A heading naming the third parties' services or the providers processing data (`5. 第三方服務`, `服务提供商`, `第三方处理者`)
  // is about the data they are given too (fresh pages +2 headings, own labels +1; CA4P reads these as one class).
  if ((out.has('third_party') || out.has('sdk')) && /第三方服[务務]|服[务務]提供[商者]|服[务務]供[应應]商|处理者|處理者/.test(h)) out.add('sharing');
  // A heading naming the data kept on the device (`仅存储于本机的数据`, `保存在设备上的数据`) says what is collected as well as
  // where it stays (12 of 19 such labelled headings); not `本地存储`, the cookies' kin.
  if (ON_DEVICE_HEADING.test(h) && /(?:数据|信息|内容|资料)$/.test(h)) out.add('collection');
  // `存储信息的地点和期限` names both: retention silences only the generic 存储 of `存储期限`.
  if (storageToo) out.add('storage');
  // `我们如何共享、转让、公开披露` → disclosure only from 公开披露 (not 披露 alone inside 共享 headings).
  // (`2.5 公开` after `2.3 共享` and `2.4 转让`: 公开 alone is the public disclosure.)
  if (out.has('disclosure') && !/公开披露|披露|^公开$|disclos/i.test(h)) out.delete('disclosure');
  // `四、您分享的信息`, `七、有关您共享您的个人信息的提示`: what users make public themselves, no sharing by the operator.
  if (USER_POSTS.test(h)) {
    out.delete('sharing');
    out.add('disclosure');
  }
  return out;
}

/** That data is not kept at all (`We do not store credit card numbers`, `We don't keep or use your friend's e-mail address`).
 * `we will not collect or store location information` says it is not collected: no retention (OPP folds 0–4 .8009 → .8062). */
export const NOT_KEPT_EN = String.raw`\b(do not|don't|does not|doesn't|will not|won't|never) (store|keep|save)\b`;

const CUE = {
  collection: /收集|搜集|获取|采集|提供|collect|gather|obtain|receive|provide us/i,
  use: /使用|用于|用途|目的|分析|推荐|个性化|\buse\b|\bused\b|purpose|personali[sz]|advertis/i,
  // `權限`/`許可權` (zh-Hant), or a device function the reader turns on or grants (`关闭定位功能`,
  // `授权相机、照片、麦克风`, `访问您设备上的某些功能`).
  permissions: /权限|许可权|permission|自启动|关联启动|(开启|关闭|打开|授权|访问|调用)[^。；;]{0,8}(定位|位置|相机|摄像头|麦克风|相册|照片|通讯录)(功能|服务|权限)|授权[^。；;]{0,8}(相机|摄像头|麦克风|相册|通讯录|地理位置|定位)|(开启|关闭|打开)[^。；;]{0,6}(GPS|定位)|GPS[^。；;]{0,8}(同意|授权)|访问您?的?设备上的|(访问|调用|开启)(您|你)的?((手机|设备)的?)?(麦克风|摄像头|相机|相册|通讯录|位置数据)|(读取|写入|修改)[^。；;]{0,4}(存储卡|SD卡|外部存储)/i,
  // Naming the exceptions, or listing the statutory ones (`与国家安全、国防安全有关的`, `与犯罪侦查…`).
  // (`我们可能未经同意向权威机构提供数据:`; not the promise `未经您同意,我们不会…`.)
  consent_exceptions: /(征得|取得|获得)[^。]{0,8}同意的?例外|(?:无需|无须|不必)(事先)?(征得|取得|获得)?(?:个人信息主体的?)?[^。]{0,8}(同意|授权)|不(征得|经)[^。]{0,8}(同意|授权)的?情况下|(可能|可以)[^。，,]{0,4}未经[^。]{0,8}(同意|授权)|豁免[^。]{0,6}同意|国家安全、国防安全|犯罪侦查|without (your )?consent/i,
  // (An SDK's vendor by name, `由 Google AdMob 提供的广告`, is one without the word.)
  sdk: new RegExp(String.raw`sdk|软件开发工具包|插件|software development kit|${SDK_VENDORS}`, 'i'),
  sharing: /共享|分享|提供给|(披露|透露)给[^。]{0,12}第三方|向第三方[^。]{0,6}(披露|透露)|对外提供|向(任何|其他)?(第三方|他人|关联公司)提供|公开或提供|委托|share|sharing|third part|affiliate|service provider/i,
  transfer: /转让|合并|收购|重组|破产|merger|acquisition|bankrupt|sale of (all|assets)/i,
  // `可能会披露您的信息:…根据法律、法规…的要求` is disclosure too (to authorities), not only 公开披露.
  // `不对外公开或向任何第三方提供您的个人信息,但…除外` (terms of service say 公开 for making public).
  // (`我们还可能为以下原因需要保留、保存或披露您的个人信息:`, a list of legal grounds following.)
  disclosure: /公开披露|对外公开|转让[、和或及与]\s*(对外)?披露|为以下原因[^。]{0,12}披露|公开或(提供|披露|共享)|公开(您|用户)的?(个人)?(信息|资料)|披露[^。]{0,80}(法律|法规|司法|行政|政府|监管)|(基于|出于)[^。，]{0,12}目的[^。，]{0,4}披露|(法律|法规|司法|行政|政府|监管)[^。]{0,40}披露|publicly disclos|disclose .*(law|legal)/i,
  third_party: /第三方(服务|产品|链接|网站|平台)[^。]{0,20}(责任|政策|隐私)|第三方[^。，]{0,12}(将|会|可能)[^。，]{0,6}(直接)?(收集|获取)(您|你)的|第三方的?(站点|网站|服务|产品)[^。]{0,8}(不由|不受|并非由|非由)[^。]{0,12}(控制|管理|运营)|接入的第三方(服务|网站)|third[- ]party (sites|websites|links|services)[^.]{0,40}(policy|responsib|practices)/i,
  storage: /境内|境外|跨境|出境|存储地|存储在|存放在|服务器|located in|stored (in|on)|servers?|transferr?ed to .*countr|outside (of )?(your|the)/i,
  // (`在您使用…期间,我们将持续为您保存您的个人信息`: kept as long as the service is used.)
  // (`Log files are typically deleted…after 90 days`, `We do not store credit card numbers`: whether and how long it is kept.)
  retention: new RegExp(String.raw`期限|时限|保存.{0,6}(时间|期)|最短|必要的?时间|删除或匿名|匿名化处理|持续[^。；;]{0,6}(保存|保留|存储)|retain|retention|as long as|period|\b(delet|destr|discard|purg)\w*|${NOT_KEPT_EN}`, 'i'),
} satisfies Partial<Record<TopicId, RegExp>>;

// A recipient the law compels (`除依法律規定或相關主管機關要求外`, `遵守法院命令或其他法律程序`):
// data given out without the user's say, an exception to consent when it is about sharing.
// (`根据法律法规规定或有权机关的指示提供`, `根据法律的有关规定,或者行政或司法机构的要求`.)
// (`我们可能基于法律要求或相关部门的执法要求披露你的个人信息`; `为遵循法律法规的规定、政府指令的强制要求`.)
const LEGAL_DEMAND = /除[^。]{0,6}法律[^。]{0,16}(外|以外)|法院命令|法律程序|法定程序|(司法|行政|主管|政府|权力|有权|国家|相关)(机关|部门|机构)[^。]{0,16}(依法|要求|查询|指示|命令|指令)|执法要求|政府[^。，,]{0,6}(要求|指令|命令)/;

/** `根据您在软件安装及使用中授予的具体权限,接收并记录…设备信息` names no permission: boilerplate on device data. */
const GRANTED_PERMISSIONS = /(?:根据|按照)?(?:您|你)?在软件安装及(?:\/或)?使用中授予的具体权限/g;
/** `不会向任何第三方分享、出售或转让你的数据`: 转让 one of the things the operator never does with the data, no change of control. */
const TRANSFER_DENIED = /(?:不会|不得|绝不|决不|从不|不)[^。；;]{0,16}(?:出售|出租|分享|共享|披露|交易|提供)[^。；;]{0,4}(?:或|、|和|及)(?:出租|出售)?[、或和]?转让/g;
/** Access control on the operator's side (`权限控制`, `控制数据库…和日志访问权限`, `限制個人資料存取權限`, `控制台权限`): security, no
 * permission the app asks the device for. */
const ACCESS_CONTROL = /(?:数据库|目录|文件|日志|控制台|后台|员工|人员|内部|资料)(?:的)?(?:存取|访问|操作|管理)?权限|权限(?:控制|隔离|审批|分级|最小化)|最小(?:化)?(?:访问)?权限/g;

/** Wording a topic's cue must not read (`权限控制` is no device permission, `不会…出售或转让` no change of control). */
const NOT_READ: Partial<Record<keyof typeof CUE, readonly RegExp[]>> = { permissions: [GRANTED_PERMISSIONS, ACCESS_CONTROL], transfer: [TRANSFER_DENIED] };

/** Topics a model class stands for in this body text. */
export function refineClass(cls: ModelClass, body: string): TopicId[] {
  const has = (t: keyof typeof CUE): boolean => CUE[t].test((NOT_READ[t] ?? []).reduce((b, re) => b.replace(re, ''), body));
  switch (cls) {
    case 'collect': {
      const out: TopicId[] = [];
      if (has('collection')) out.push('collection');
      if (has('use')) out.push('use');
      if (out.length === 0) out.push('collection', 'use');
      if (has('permissions')) out.push('permissions');
      if (has('consent_exceptions')) out.push('consent_exceptions');
      return out;
    }
    case 'share': {
      const out: TopicId[] = [];
      if (has('sharing')) out.push('sharing');
      if (has('transfer')) out.push('transfer');
      if (has('disclosure')) out.push('disclosure');
      if (has('sdk')) out.push('sdk');
      if (has('third_party')) out.push('third_party');
      if (out.length === 0) out.push('sharing');
      if (has('consent_exceptions') || LEGAL_DEMAND.test(body)) out.push('consent_exceptions');
      return out;
    }
    case 'store': {
      const out: TopicId[] = [];
      if (has('storage')) out.push('storage');
      if (has('retention')) out.push('retention');
      if (out.length === 0) out.push('storage');
      return out;
    }
    case 'other':
      return [];
    default:
      return [cls];
  }
}
