// Hand labels for the second fact dev set: what an analyst lists after reading each document
// (HTML pages with site chrome, versioned non-UCloud policies, the GB2312 page, CA4P HTML, English).
// A key left out means the document is ambiguous for that fact and is not scored on it.
// Storage at home with nothing said of going abroad is cross_border `none` (y.qq.com, 魔豆, 工银e生活, 变声器 read `[]`
// until round 15; every blind labeller of such a page reads a stance, none 25 of 31). `目前不会…出境,如需…将征得您的同意` is
// `with_consent` (爱奇艺, 开言英语, 去哪充电, 腾讯视频 read `none` until round 15; blind labellers read it so 33 times of 33).
import type { PolicyDates, ResponseTime } from '../../../src/shared/types';
import { corpus, seed } from '../../helpers/paths';

export interface DevLabel {
  path: string;
  email?: string[];
  phone?: string[];
  response_time?: ResponseTime[];
  storage_location?: string[];
  cross_border?: string[];
  minor_age?: number[];
  operator?: string[];
  app?: string | null;
  dates?: PolicyDates;
}

const gplay = (f: string) => corpus('gplay_privacy_zh_html', f);
const ca4pHtml = (f: string) => corpus('ca4p483', 'html', f);
const versions = (service: string, date: string, ext = 'md') => corpus('zh_policy_versions', service, `${service}__${date}.${ext}`);
const ca4pTxt = (f: string) => corpus('ca4p483', 'txt', f);
const mapp = (f: string) => corpus('mapp_en', 'English_sanitized_policies', f);
const none: PolicyDates = { published: null, effective: null, updated: null };
const rt = (days: number, workdays: boolean): ResponseTime => ({ days, workdays });

export const DEV_LABELS: DevLabel[] = [
  // Two zh-Hant statements (歡歌, 開麥) on one page; `18周歲`.
  { path: gplay('17sing.tw.html'), email: [], phone: [], response_time: [], cross_border: [], minor_age: [18], operator: [], app: '歡歌', dates: none },
  // `三个工作日内处理完成` and `最长…不超过三十天…作出答复`.
  {
    path: gplay('docs.alipay.com.html'), email: [], phone: ['95188'], response_time: [rt(3, true), rt(30, false)], storage_location: ['domestic'],
    cross_border: ['with_consent'], minor_age: [], operator: ['支付宝(中国)网络技术有限公司'], app: '支付宝',
    dates: { published: '2019-03-14', effective: '2019-04-13', updated: null },
  },
  { path: gplay('m.openlanguage.com.html'), email: [], phone: [], response_time: [], storage_location: ['domestic'], cross_border: ['with_consent'], minor_age: [18], operator: [], app: '开言英语', dates: none },
  // `海外配送` in the shop's footer is no transfer.
  { path: gplay('news.jd.com.html'), email: [], phone: ['95118'], response_time: [], storage_location: [], cross_border: [], minor_age: [18], operator: [], app: '京东', dates: none },
  // The entity appears once, in the contact chapter: `北京网易有道计算机系统有限公司的联系地址为`.
  {
    path: gplay('shared.youdao.com.html'), email: ['yddictservice@163.com'], phone: [], response_time: [rt(15, false)], storage_location: ['domestic'],
    minor_age: [18], operator: ['北京网易有道计算机系统有限公司'], app: '有道', dates: { published: null, effective: '2019-07-15', updated: '2019-07-15' },
  },
  // `将境内收集的用户个人信息存储于境内`; TME is a group, not one legal entity.
  {
    path: gplay('y.qq.com.html'), email: ['qqmusic155@tencent.com'], phone: [], response_time: [rt(30, false)], storage_location: ['domestic'], cross_border: ['none'],
    minor_age: [18], operator: [], dates: { published: null, effective: null, updated: '2018-06-27' },
  },
  // zh-Hant `未滿 13 歲`; the page names itself `YOOGAME遊戲平台` under a nav bar, never in a title line.
  // `四、國際資料轉移` / `您的資料可能會傳輸到世界任何地方`: transfers abroad as its practice (was [] here; the blind
  // labeller of the sixth batch read `yes`, and so do we now).
  { path: gplay('www.yoogame.com.html'), email: [], phone: [], response_time: [], cross_border: ['yes'], minor_age: [13], operator: [], app: 'YOOGAME', dates: none },
  { path: gplay('witch.ltgamesglobal.com.html'), email: ['support@rivergamestudio.com'], phone: [], response_time: [], minor_age: [13], operator: ['河流遊戲股份有限公司'], dates: none },
  { path: gplay('47.97.186.48.html'), email: ['info@mooodou.com'], phone: [], response_time: [], storage_location: ['domestic'], cross_border: ['none'], operator: [], app: '魔豆', dates: none },
  // `我们的主要运营公司基本情况如下:(1)北京爱奇艺科技有限公司…(2)上海众源网络有限公司…`.
  {
    path: gplay('www.iqiyi.com.html'), email: ['privacy@qiyi.com'], phone: ['400-923-7171'], response_time: [rt(30, false)], storage_location: ['domestic'],
    cross_border: ['with_consent'], minor_age: [], operator: ['北京爱奇艺科技有限公司', '上海众源网络有限公司'], app: '爱奇艺',
    dates: { published: null, effective: '2019-07-24', updated: '2019-07-08' },
  },
  {
    path: versions('filterbox_privacy', '2025-02-06'), email: ['filterbox@catchingnow.com'], phone: [], response_time: [], cross_border: [], operator: [],
    dates: { published: '2021-02-24', effective: null, updated: '2025-02-06' },
  },
  // `一个月内响应您的请求`; the two-month extension is no deadline of its own.
  {
    path: versions('openeuler_website_privacy_zh', '2022-08-16'), app: 'openEuler', email: ['contact@openeuler.io'], phone: [], response_time: [rt(30, false)], minor_age: [14], operator: [],
    dates: { published: null, effective: null, updated: '2022-08' },
  },
  {
    path: versions('openeuler_website_privacy_en', '2022-08-16'), email: ['contact@openeuler.io'], phone: [], response_time: [rt(30, false)], minor_age: [14], operator: [],
    dates: { published: null, effective: null, updated: '2022-08' },
  },
  {
    path: versions('qunachongdian_privacy', '2025-04-10'), email: ['307539566@qq.com'], phone: [], response_time: [rt(30, false)], cross_border: ['with_consent'], minor_age: [18, 14],
    operator: ['杭州去哪充电科技有限公司'], app: '去哪充电', dates: { published: null, effective: '2025-04-08', updated: null },
  },
  {
    path: versions('qunachongdian_privacy_html', '2024-12-12', 'html'), email: ['307539566@qq.com'], phone: [], response_time: [rt(30, false)], cross_border: [], minor_age: [18, 14],
    operator: ['杭州去哪充电科技有限公司'], app: '去哪充电', dates: none,
  },
  // `方解石工作室 [Calcitem Studio] (以下简称 “Calcitem” 或 “我们”)`.
  {
    path: versions('sanmill_privacy_zh', '2022-02-02'), email: ['calcitem@outlook.com'], phone: [], response_time: [], storage_location: ['domestic'], cross_border: ['with_consent'],
    operator: ['方解石工作室'], dates: { published: null, effective: null, updated: '2022-02-01' },
  },
  { path: corpus('w3school_gb2312', 'w3school.com.cn_about_privacy.gb2312.html'), app: 'W3School', email: ['service@w3school.com.cn'], phone: [], response_time: [], operator: [], dates: none },
  {
    path: ca4pHtml('0595_com_icbc_elife.html'), email: ['elife@mdk.icbc.com.cn'], phone: ['95588'], response_time: [rt(15, true)], storage_location: ['domestic'], cross_border: ['none'],
    operator: ['中国工商银行股份有限公司'], app: '工银e生活', dates: { published: '2020-11-30', effective: '2020-11-30', updated: null },
  },
  // Title `墨迹天气服务及隐私协议`.
  { path: ca4pHtml('0712_com_moji_mjweather.html'), email: ['legal@moji.com'], phone: ['400-880-0599'], minor_age: [16], operator: ['北京墨迹风云科技股份有限公司'], app: '墨迹天气' },
  {
    path: ca4pHtml('0810_com_tencent_videolite_android.html'), email: ['dataprivacy@tencent.com'], phone: [], response_time: [rt(30, false)], storage_location: ['domestic'],
    cross_border: ['with_consent'], minor_age: [14, 18], operator: [], app: '腾讯视频', dates: { published: null, effective: '2020-09-27', updated: '2020-09-27' },
  },
  // `北京小米支付技术有限公司及其关联公司(例如小米移动、小米科技有限责任公司…,以下或称“我们”)`: the example affiliate is not the operator.
  {
    path: ca4pHtml('0834_com_xiaomi_loan.html'), email: ['privacy@xiaomi.com'], phone: [], operator: ['北京小米支付技术有限公司'], app: '小米金融',
    dates: { published: null, effective: '2017-12-25', updated: '2017-11-25' },
  },
  // The lenders', broker's and payment company's numbers in `(注册地址:…,联系方式:…)` are theirs, not the operator's.
  // Held out while fixing the above, then read: `当前位置:` breadcrumbs and `请…仔细阅读并了解本《隐私权政策》` are no titles.
  {
    path: ca4pHtml('0935_com_yitong_mbank_psbc.html'), phone: ['95580', '40088-95580'], response_time: [rt(15, true)], storage_location: ['domestic'],
    operator: ['中国邮政储蓄银行股份有限公司'], app: '中国邮政储蓄银行电子银行', dates: { published: '2020-11-25', effective: '2020-12-02', updated: null },
  },
  {
    path: ca4pHtml('0809_com_uxin_usedcar.html'), email: ['uxinauto_youfang@xin.com', 'zhouxuefei@xin.com'], phone: ['10106088'], response_time: [rt(30, false), rt(15, false)],
    operator: ['优估(上海)信息技术有限公司'], dates: { published: null, effective: null, updated: '2018-09-28' },
  },
  // `以下简称“我们”或“嘉捷金融”`: the only name the policy gives itself besides the company.
  { path: ca4pHtml('0723_com_niwodai_universityloan.html'), phone: ['400-680-8888'], operator: ['上海嘉捷互联网金融信息服务有限公司'], app: '嘉捷金融' },
  { path: ca4pHtml('0938_im_weshine_keyboard.html'), email: ['2962673021@qq.com'], response_time: [rt(30, true), rt(15, true)], operator: ['北京闪趣信息技术有限公司'], app: 'KK键盘' },
  // `如我们需要向境外传输…,我们会严格按照法律法规…执行` is a condition, `国外法庭…指令` no transfer: no stance.
  { path: ca4pTxt('0852_com_tian_voicechangerpro.txt'), storage_location: ['domestic'], cross_border: ['none'] },
  { path: ca4pTxt('0950_com_pplive_androidphone_sport.txt'), cross_border: [] },
  // English pages behind site chrome: the entity that runs the app, not the vendor of a tool it uses
  // (`Google Analytics, a web analytics service provided by Google, Inc.`); the brand the policy repeats.
  { path: mapp('107_com.tumblr.txt'), operator: ['Tumblr, Inc.'], app: 'Tumblr' },
  { path: mapp('4_com.moviestarplanet.msp2.txt'), operator: ['MovieStarPlanet ApS'], app: 'MovieStarPlanet' },
  { path: mapp('30_com.nintendo.zaca.txt'), operator: ['Nintendo Co., Ltd.'] },
  { path: mapp('106_com.tellm.android.app.txt'), operator: ['The Jodel Venture GmbH'], app: 'Jodel' },
  { path: mapp('12_com.starstable.horses.txt'), operator: ['Star Stable Entertainment AB'] },
  // `e-mailing us at techtrouble(at)theatlantic(dot)com`.
  { path: corpus('opp115', 'sanitized_policies', '20_theatlantic.com.html'), email: ['techtrouble@theatlantic.com', 'theatlantic@cdsfulfillment.com'] },
  // `技术支持4000188113-6`: the extension stays as written.
  { path: versions('ucloud_app_privacy', '2025-11-27'), phone: ['4000188113', '4000188113-6'] },
  { path: seed(0), phone: ['010-69630728', '400-100-3399'], operator: ['天星数科科技有限公司'] },
];
