// Third fact dev set, labelled blind: helpers read only the extracted text of 79 pages no fact test
// used before (23 gplay pages, the two VioDroid policies, 52 CA4P policies with ids ≡ 0 mod 5, whose
// segments are not in the training data, and two versioned markdown policies), with a written guide, never our code or output. Keys a
// labeller marked ambiguous are left out, and so are two conventions we hold differently from the
// guide: `目前不会…出境,如需…将征得同意` states `none` (the guide: `with_consent`), and storage in
// China with no word on transfer states no stance (the guide: `none`) — cross_border of 0590, 0635,
// 0650, 0765, 0800, 0825, 0840, 0845, 0875, C107228073 and 得到. Not found and left out: 0570 names no app (we take its operator's short name `望尘`), C107228073's `寻找他`
// appears once in the text. In the fifth batch: 2345浏览器's `目前…不会…传输至境外,如果…将…征得同意` (the
// same convention); the labeller of 有道 missed `之日起十五天内予以回复` (checked in the text).
// In the sixth: cross_border of 0600 (domestic storage only), 0705, 0965, 开言英语 and 爱奇艺 (the first convention).
// In the seventh: cross_border of 0510, 0515, 0580, 0710 (domestic storage only) and 0790 (the first convention);
// 0580 names its app `即刻天气` only in passing (we found no app; 0590 and 0650 name none: `app: null`).
// In the eighth: cross_border of 0945 (the first convention). A Chinese policy naming no product now has no app
// (0660, 0945: `app: null`), where the analyzer used to give its operator. In the ninth: cross_border of 0525 and 0755
// (domestic storage only). In the tenth: cross_border of 0760 (the same); 0955's app, where the company's short name
// (`简称“南京行随己意”、“我们”`) is all the policy calls itself and we take it (as for 嘉捷金融 in the dev set). In the
// eleventh: cross_border of 0545, 0565, 0685, 0810 (the first convention) and 0595 (the second); in the twelfth,
// 0980 (the second).
import { corpus } from '../../helpers/paths';
import type { DevLabel } from './facts-devset-labels';
import type { ResponseTime } from '../../../src/shared/types';

const gplay = (f: string) => corpus('gplay_privacy_zh_html', f);
const ca4pTxt = (f: string) => corpus('ca4p483', 'txt', f);
const none = { published: null, effective: null, updated: null };
const rt = (days: number, workdays: boolean): ResponseTime => ({ days, workdays });

export const BLIND_LABELS: DevLabel[] = [
  { path: ca4pTxt('0530_com_bairimeng_snake_huawei.txt'), email: [], storage_location: ["domestic"], minor_age: [14, 18], response_time: [], dates: { published: null, effective: null, updated: "2020-02-11" } },
  { path: ca4pTxt('0535_com_alibaba_android_rimet.txt'), email: ["dingtalkteam@alibaba-inc.com"], phone: ["0571-88157808"], storage_location: [], minor_age: [], response_time: [], cross_border: [], app: "钉钉", dates: { published: null, effective: null, updated: "2019-03-21" } },
  { path: ca4pTxt('0570_com_galasports_basketball_huawei.txt'), email: ["service@galasports.net"], phone: [], storage_location: [], minor_age: [18], operator: ["深圳市望尘科技有限公司"], response_time: [], cross_border: [] },
  { path: ca4pTxt('0590_com_guess_idioms.txt'), email: ["appdev@yanshitec.com"], phone: [], storage_location: ["domestic"], minor_age: [18, 14], operator: ["合肥炎狮科技有限公司"], response_time: [rt(30, false), rt(15, true)], dates: { published: "2020-04-10", effective: "2020-04-10", updated: null }, app: null },
  { path: ca4pTxt('0620_com_ccb_companybank.txt'), email: [], storage_location: ["domestic"], minor_age: [], operator: ["中国建设银行股份有限公司"], response_time: [rt(15, true)], cross_border: ["with_consent"], dates: { published: null, effective: null, updated: "2019-07-26" } },
  { path: ca4pTxt('0635_com_joym_armorbear2018_huawei.txt'), storage_location: ["domestic"], minor_age: [], response_time: [], app: "乐堂动漫游戏", dates: none },
  { path: ca4pTxt('0650_com_hcyh_chat.txt'), email: ["1922563243@qq.com"], phone: ["17379876237"], storage_location: ["domestic"], minor_age: [14, 18], operator: ["深圳市恒创永弘文化传媒有限公司"], response_time: [rt(15, false)], dates: { published: null, effective: "2020-10-13", updated: "2020-10-13" }, app: null },
  { path: ca4pTxt('0675_com_hustzp_com_xichuangzhu.txt'), email: [], phone: [], storage_location: ["domestic"], minor_age: [14, 18], response_time: [], cross_border: ["with_consent"], app: "西窗烛", dates: none },
  { path: ca4pTxt('0765_com_laidian_xiu.txt'), email: ["laidianxiuxiu@outlook.com"], phone: [], storage_location: ["domestic"], minor_age: [18], operator: [], response_time: [rt(5, true), rt(30, false)], app: "来电秀秀", dates: none },
  { path: ca4pTxt('0800_com_xiaobanlong_main.txt'), email: [], phone: ["0755-86322631"], storage_location: ["domestic"], minor_age: [14], operator: ["深圳市有伴科技有限公司"], response_time: [rt(15, true)], app: "小伴龙", dates: { published: null, effective: "2020-09-03", updated: "2020-09-03" } },
  { path: ca4pTxt('0805_com_ultralisk_game24_huawei.txt'), email: [], phone: [], storage_location: [], minor_age: [18], response_time: [], dates: none },
  { path: ca4pTxt('0825_com_wenflex_qbnoveldq.txt'), email: ["appdev@yiqidutec.com"], phone: [], storage_location: ["domestic"], minor_age: [18], operator: ["肥西一七读科技有限公司"], response_time: [rt(30, false), rt(15, false), rt(15, true)], app: "扎堆小说", dates: { published: null, effective: "2020-04-11", updated: "2020-04-11" } },
  { path: ca4pTxt('0830_com_wimetro_iafc.txt'), email: [], phone: [], storage_location: [], minor_age: [18], response_time: [], cross_border: [], app: "Metro新时代" },
  { path: ca4pTxt('0835_com_ushengsheng_xjb.txt'), email: [], phone: [], storage_location: [], operator: [], response_time: [], cross_border: [], app: "他趣", dates: none },
  { path: ca4pTxt('0840_com_wallpaper_v_live.txt'), email: ["188830923@qq.com"], phone: [], storage_location: ["domestic"], minor_age: [], operator: ["厦门酷熊科技有限公司"], app: "动态壁纸高清", dates: { published: null, effective: "2019-10-08", updated: "2019-10-08" } },
  { path: ca4pTxt('0845_com_water_mcrk_cpp.txt'), email: [], phone: [], storage_location: ["domestic"], minor_age: [18], operator: [], response_time: [rt(30, false)], dates: none },
  { path: ca4pTxt('0850_com_xiaoxiaoVideo_app_android.txt'), email: ["jinanlanyuan@163.com"], phone: [], storage_location: ["domestic"], minor_age: [], operator: [], response_time: [rt(15, true)], app: "小小影视大全" },
  { path: ca4pTxt('0855_com_tuniu_app_ui.txt'), email: ["sec@tuniu.com", "tuniucs@tuniu.com"], phone: ["025-86853969"], storage_location: ["domestic"], minor_age: [18], operator: ["南京途牛旅游科技有限公司"], response_time: [], dates: none },
  { path: ca4pTxt('0865_com_xiangha.txt'), email: [], phone: [], storage_location: [], minor_age: [], operator: [], response_time: [], cross_border: [], dates: { published: null, effective: "2011-05-18", updated: null } },
  { path: ca4pTxt('0875_com_tencent_reading.txt'), email: ["dataprivacy@tencent.com"], phone: [], storage_location: ["domestic"], minor_age: [14, 18], response_time: [rt(15, false)] },
  { path: ca4pTxt('0890_com_seblong_idream.txt'), email: ["snailsleep@seblong.com"], phone: [], storage_location: [], minor_age: [14], operator: ["赛博龙科技(北京)有限公司"], response_time: [], cross_border: [], app: "蜗牛睡眠", dates: none },
  { path: ca4pTxt('0895_ps_rio_privacysafe.txt'), email: [], phone: [], storage_location: [], minor_age: [], operator: ["南京立来信息科技有限公司"], cross_border: [], app: "私密相册", dates: none },
  { path: ca4pTxt('0975_com_tencent_qqpinyin.txt'), email: ["jiufen@sogou-inc.com"], phone: [], storage_location: [], minor_age: [18], operator: ["北京搜狗信息服务有限公司"], response_time: [], cross_border: [], dates: { published: "2017-09-01", effective: "2017-09-07", updated: null } },
  { path: ca4pTxt('0985_com_psyone_brainmusic.txt'), email: ["office@heartide.com"], phone: [], minor_age: [13], operator: ["广州心与潮信息科技有限公司"], response_time: [], app: "小睡眠", dates: { published: null, effective: null, updated: "2020-11-05" } },
  { path: corpus('viodroid_zh', 'policies', 'C100003425-1.3.10.txt'), email: ["support@fotoplace.cc"], phone: ["021-54011831"], storage_location: ["domestic"], minor_age: [14, 18], operator: ["上海如书文化传播有限公司"], response_time: [rt(10, true)], cross_border: ["none"], app: "片场", dates: { published: null, effective: null, updated: "2022-09-22" } },
  { path: corpus('viodroid_zh', 'policies', 'C107228073-1.0.0.txt'), email: [], phone: [], storage_location: ["domestic"], minor_age: [18, 14], operator: ["深圳市奇蜜果科技有限公司"], response_time: [], dates: { published: "2021-01-01", effective: "2021-01-01", updated: null } },
  { path: gplay('a.4399sy.com.hk.html'), email: ["ssjjcomhk@gmail.com"], phone: ["+852 2543 0881"], storage_location: [], minor_age: [], app: "4399SY", dates: none },
  { path: gplay('dpubstatic.udache.com.html'), email: ["hkcs@didiglobal.com"], phone: [], minor_age: [18], operator: ["小桔科技香港有限公司"], dates: { published: null, effective: null, updated: "2018-12-12" } },
  { path: gplay('emumo.xiami.com.html'), email: [], phone: [], storage_location: [], minor_age: [], response_time: [], cross_border: [], dates: none },
  { path: gplay('h5.dianping.com.html'), email: [], storage_location: [], minor_age: [], operator: ["上海汉涛信息咨询有限公司"], response_time: [], cross_border: [], app: "大众点评", dates: { published: "2018-12-28", effective: "2018-12-28", updated: null } },
  { path: gplay('m.ctrip.com.html'), email: ["service@ctrip.com", "privacy@ctrip.com"], phone: ["400-830-6666"], storage_location: ["domestic"], minor_age: [18], operator: ["上海携程商务有限公司"], response_time: [rt(30, false)], dates: { published: "2018-10-19", effective: null, updated: null } },
  { path: gplay('m.upliveapps.com.html'), email: ["upcs@asiainnovations.com"], phone: [], storage_location: [], minor_age: [18], operator: [], response_time: [], app: "Uplive", dates: none },
  { path: gplay('pic1cdn.luojilab.com.html'), email: ["iget@luojilab.com"], phone: ["400-0526-000"], storage_location: ["domestic"], minor_age: [18], operator: ["得到(天津)文化传播有限公司"], response_time: [], app: "得到", dates: none },
  { path: gplay('wap.amap.com.html'), email: [], phone: ["4008100080"], storage_location: [], minor_age: [], response_time: [], cross_border: [] },
  { path: gplay('web.langlive.com.html'), email: ["service.tw@langlive.com"], phone: [], storage_location: [], minor_age: [18], operator: [], response_time: [], app: "浪Live", dates: none },
  { path: gplay('werewolf.xiaobanhui.com.html'), email: [], phone: [], storage_location: [], operator: ["OrangeLabs Information Technology Inc."], response_time: [], cross_border: [], app: "终极狼人杀", dates: none },
  { path: gplay('www.bilibili.com.html'), email: [], phone: [], storage_location: [], minor_age: [18], operator: [], response_time: [], cross_border: [], app: "嗶哩嗶哩", dates: { published: null, effective: null, updated: "2018-11-07" } },
  { path: gplay('www.qq.com.html'), email: ["dataprivacy@tencent.com"], phone: [], storage_location: ["domestic"], minor_age: [18], response_time: [rt(15, false)], dates: { published: null, effective: null, updated: "2019-06-26" } },
  { path: gplay('www.wan.com.html'), email: [], phone: [], storage_location: [], operator: ["深圳第七大道科技有限公司"], response_time: [], cross_border: [], app: "第七大道", dates: none },
  // Fifth batch (2026-12-02): ten privacy policies, scored blind before any code changed for them (.968).
  { path: ca4pTxt('0540_com_browser2345.txt'), email: ["fawu@2345.com"], phone: ["4000002345"], storage_location: ["domestic"], minor_age: [14], operator: ["上海二三四五移动科技有限公司"], response_time: [rt(15, false)], app: "2345浏览器", dates: { published: null, effective: "2020-11-03", updated: "2020-11-03" } },
  { path: ca4pTxt('0615_com_eusoft_ting_en.txt'), email: ["help@eudic.net"], phone: ["400-920-1209"], storage_location: ["domestic"], minor_age: [18], operator: ["上海倩言网络科技有限公司"], response_time: [rt(15, false), rt(15, true)], cross_border: ["none"], dates: { published: null, effective: null, updated: "2020-12-07" } },
  { path: ca4pTxt('0720_com_pingan_easyloan.txt'), email: [], phone: ["021-38638321", "021-38643366", "4006001579"], storage_location: ["domestic"], minor_age: [14], operator: ["深圳平安综合金融服务有限公司"], response_time: [rt(15, false)], app: "平安好贷", dates: { published: "2020-12-24", effective: "2020-12-24", updated: null } },
  { path: ca4pTxt('0905_com_yy_huanju.txt'), email: ["hello-kf@hellofun.cn"], phone: [], storage_location: ["domestic"], minor_age: [14, 18], operator: ["广州市百果园网络科技有限公司"], response_time: [rt(15, false)], app: "Hello语音", dates: { published: null, effective: "2020-08-14", updated: "2020-08-12" } },
  { path: gplay('docs.alipay.com.html'), email: [], phone: ["95188"], storage_location: ["domestic"], operator: ["支付宝(中国)网络技术有限公司"], response_time: [rt(3, true), rt(30, false)], cross_border: ["with_consent"], app: "支付宝", dates: { published: "2019-03-14", effective: "2019-04-13", updated: null } },
  { path: gplay('news.jd.com.html'), email: [], phone: ["95118"], storage_location: [], minor_age: [18], response_time: [], cross_border: [], app: "京东", dates: none },
  { path: corpus('zh_policy_versions', 'openeuler_website_privacy_zh', 'openeuler_website_privacy_zh__2022-08-16.md'), email: ["contact@openeuler.io"], phone: [], minor_age: [14], cross_border: ["yes"], dates: { published: null, effective: null, updated: "2022-08" } },
  { path: gplay('shared.youdao.com.html'), email: ["yddictservice@163.com"], phone: [], storage_location: ["domestic"], minor_age: [18], operator: ["北京网易有道计算机系统有限公司"], response_time: [rt(15, false)], app: "有道", dates: { published: null, effective: "2019-07-15", updated: "2019-07-15" } },
  { path: corpus('zh_policy_versions', 'ucloud_app_privacy', 'ucloud_app_privacy__2025-12-05.md'), email: ["usupport@ucloud.cn"], storage_location: ["domestic"], minor_age: [14], operator: ["优刻得科技股份有限公司"], response_time: [rt(15, false)], cross_border: ["with_consent"], dates: { published: null, effective: "2025-12-05", updated: null } },
  { path: gplay('y.qq.com.html'), email: ["qqmusic155@tencent.com"], phone: [], storage_location: ["domestic"], minor_age: [18], response_time: [rt(30, false)], dates: { published: null, effective: null, updated: "2018-06-27" } },
  // Sixth batch (2026-12-02): ten more privacy policies, scored blind before any change for them (.929; .949 after
  // worldwide transfers said with `可能` counted as `yes`).
  { path: ca4pTxt('0600_com_icbc_wapc.txt'), email: ["data_protection@icbc.com.cn"], phone: ["95588"], storage_location: ["domestic"], minor_age: [], operator: ["中国工商银行股份有限公司"], response_time: [rt(15, true)], app: "工行企业手机银行", dates: { published: "2020-10-01", effective: "2020-10-01", updated: null } },
  { path: ca4pTxt('0705_com_moxianba_chat.txt'), email: ["2715194393@qq.com"], phone: [], storage_location: ["domestic"], minor_age: [18], operator: ["深圳市康洛尔科技有限公司"], response_time: [rt(15, false)], app: "陌闲聊天", dates: none },
  { path: ca4pTxt('0860_com_tongcheng_android.txt'), email: [], phone: ["4007-777-777"], storage_location: ["domestic"], minor_age: [18], response_time: [], dates: { published: "2017-11-06", effective: "2017-11-06", updated: null } },
  { path: ca4pTxt('0965_com_tencent_qqlivepad.txt'), email: ["dataprivacy@tencent.com"], phone: [], storage_location: ["domestic"], minor_age: [14, 18], response_time: [rt(30, false)], app: "腾讯视频", dates: { published: null, effective: "2020-09-27", updated: "2020-09-27" } },
  { path: gplay('17sing.tw.html'), email: [], phone: [], storage_location: [], minor_age: [18], operator: [], response_time: [], cross_border: [], dates: none },
  { path: gplay('47.97.186.48.html'), email: ["info@mooodou.com"], phone: [], storage_location: ["domestic"], minor_age: [], operator: [], response_time: [], app: "魔豆", dates: none },
  { path: gplay('m.openlanguage.com.html'), email: [], phone: [], storage_location: ["domestic"], minor_age: [18], operator: [], response_time: [], app: "开言英语", dates: none },
  { path: gplay('witch.ltgamesglobal.com.html'), email: ["support@rivergamestudio.com"], phone: [], minor_age: [13], operator: ["河流遊戲股份有限公司"], response_time: [], cross_border: ["yes"], dates: none },
  { path: gplay('www.iqiyi.com.html'), email: ["privacy@qiyi.com"], phone: ["400-923-7171"], storage_location: ["domestic"], minor_age: [], response_time: [rt(30, false)], app: "爱奇艺", dates: { published: null, effective: "2019-07-24", updated: "2019-07-08" } },
  { path: gplay('www.yoogame.com.html'), email: [], phone: [], minor_age: [13], operator: [], response_time: [], cross_border: ["yes"], dates: none },
  // Seventh batch (2026-12-02): ten more CA4P policies (ids ≡ 0 mod 5), scored blind before any change for them
  // (.911; .941 after the operator, storage and hotline fixes they showed).
  { path: ca4pTxt('0510_com_alibaba_ailabs_tg.txt'), email: [], phone: ["400-925-7700"], storage_location: ["domestic"], minor_age: [14], operator: ["浙江天猫网络有限公司", "浙江天猫技术有限公司", "浙江天猫供应链管理有限公司"], response_time: [rt(15, true)], app: "天猫精灵", dates: { published: null, effective: null, updated: "2018-09-27" } },
  { path: ca4pTxt('0515_cn_quicktv_androidpro.txt'), email: ["2098812435@qq.com"], phone: [], storage_location: ["domestic"], minor_age: [18], operator: [], response_time: [], app: "今日影视大全", dates: none },
  { path: ca4pTxt('0580_com_geek_jk_weather.txt'), email: ["tq@xiaoniuhy.com"], phone: ["021-58338070"], storage_location: ["domestic"], minor_age: [14], operator: ["上海极客公社企业发展有限公司"], response_time: [], dates: { published: null, effective: "2020-12-10", updated: "2020-12-10" } },
  { path: ca4pTxt('0630_com_crazy_reading.txt'), email: ["tongxifeedback@163.com"], phone: [], storage_location: ["domestic"], minor_age: [18], operator: ["铜陵桐喜科技有限公司"], response_time: [rt(30, false), rt(15, false), rt(15, true)], app: "疯狂小说", dates: { published: null, effective: "2020-04-23", updated: "2020-04-23" } },
  { path: ca4pTxt('0655_com_duole_duolemjhd_huawei.txt'), email: ["support@duole.com"], phone: [], storage_location: ["domestic"], minor_age: [], operator: ["北京蓝色创想网络科技有限责任公司"], response_time: [rt(15, false)], app: "多乐游戏", dates: { published: null, effective: "2020-11-23", updated: "2020-11-23" } },
  { path: ca4pTxt('0710_com_plagh_heartstudy.txt'), email: ["mafaii@163.com"], phone: ["400-606-0596"], storage_location: ["domestic"], response_time: [rt(30, false)], dates: { published: null, effective: null, updated: "2020-12-15" } },
  { path: ca4pTxt('0745_com_pingan_paces_ccms.txt'), email: ["pab_grysdyfw@pingan.com.cn"], phone: ["95511-3", "95511"], storage_location: ["domestic"], minor_age: [], operator: ["平安银行股份有限公司"], response_time: [rt(3, true), rt(15, false)], cross_border: ["with_consent"], dates: { published: "2019-12-19", effective: "2019-12-20", updated: null } },
  { path: ca4pTxt('0790_com_kuaiyuhudong_djshow.txt'), email: ["support@banshenggua.cn", "kuaiyuhudong@163.com"], phone: ["010-59411522"], storage_location: ["domestic"], operator: ["北京快娱互动科技有限公司"], response_time: [rt(15, false)], app: "DJ秀", dates: { published: null, effective: "2019-08-05", updated: "2019-08-05" } },
  { path: ca4pTxt('0925_com_sdu_didi_psnger.txt'), email: [], phone: [], storage_location: [], minor_age: [], response_time: [], cross_border: [], dates: none },
  { path: ca4pTxt('0970_com_yunxiao_haofenshu.txt'), email: ["privacy@aiyunxiao.com"], phone: ["400-616-8079"], storage_location: ["domestic"], minor_age: [18], operator: ["北京修齐治平科技有限公司"], response_time: [rt(14, false)], cross_border: ["with_consent"], app: "好分数", dates: { published: null, effective: "2020-11-20", updated: "2020-11-20" } },
  // Eighth batch (ten more CA4P ids ≡ 0 mod 5), labelled blind; scored before any change for it: .967 (89/92 keys).
  { path: ca4pTxt('0520_cn_dictcn_android_digitize_swg_xhzd_21003.txt'), email: ["jacky@haidii.com","service@mingshukeji.com"], phone: ["4000213100"], storage_location: ["domestic"], minor_age: [], response_time: [rt(5, true), rt(15, true)], app: "新华字典APP", dates: {published: "2020-10-15",effective: "2020-10-15",updated: null} },
  { path: ca4pTxt('0560_com_comic_manhuatai.txt'), email: ["kefu@xiaomingtaiji.com"], phone: [], storage_location: ["domestic"], response_time: [], app: "小明太极漫画平台", dates: none },
  { path: ca4pTxt('0605_com_jiliguala_niuwa.txt'), email: [], phone: [], storage_location: [], minor_age: [], operator: ["承承网络科技(上海)有限公司"], response_time: [], dates: none },
  { path: ca4pTxt('0660_com_coolapps_doutu.txt'), email: ["moreapps.service@gmail.com"], phone: [], minor_age: [18], operator: ["武汉网幂科技有限公司"], response_time: [rt(15, true)], app: null, dates: {published: null,effective: "2020-05-25",updated: "2020-05-25"} },
  { path: ca4pTxt('0690_com_csii_zybk_ui.txt'), email: [], phone: ["95186"], storage_location: ["domestic"], minor_age: [], operator: ["中原银行股份有限公司"], response_time: [], cross_border: ["with_consent"], dates: {published: null,effective: null,updated: "2019-06-18"} },
  { path: ca4pTxt('0735_com_outfit7_mytalkingtomfree_HUAWEI.txt'), email: [], storage_location: [], minor_age: [18], operator: ["杭州哲信信息技术有限公司"], response_time: [], cross_border: [], dates: none },
  { path: ca4pTxt('0775_com_liuguan_qqdmx_huawei.txt'), email: [], phone: [], storage_location: [], minor_age: [18], operator: ["杭州哲信信息技术有限公司"], response_time: [], cross_border: [], dates: none },
  { path: ca4pTxt('0820_com_xiaoshijie_sqb.txt'), email: ["zhiping@xiaoshijie.com"], phone: ["18989491933"], storage_location: ["domestic"], minor_age: [14], operator: [], response_time: [rt(15, false)], cross_border: ["with_consent"], app: "好省" },
  { path: ca4pTxt('0910_com_tcyhx_games_huawei.txt'), email: [], storage_location: [], minor_age: [18], operator: ["深圳市天逸之夏网络科技有限公司"], response_time: [], cross_border: [], dates: none },
  { path: ca4pTxt('0945_com_zsfz_fywzmxzl2_huawei.txt'), email: ["gamekf_666@sina.com"], phone: ["0755-36528864"], storage_location: ["domestic"], minor_age: [18], operator: ["深圳市掌娱无限科技有限公司"], response_time: [], app: null, dates: none },
  // Ninth batch (twelve more CA4P ids ≡ 0 mod 5), labelled blind; scored before any change for it: .945 (103/109 keys),
  // .982 after the bracketed-digits deadline (`十五(15)个工作日`), `存储于中国大陆`, `…隐私权申明` titles and `适用于《…》…平台`.
  { path: ca4pTxt('0500_cn_xiaochuankeji_tieba.txt'), email: ["xcfeedback@xiaochuankeji.cn"], phone: [], storage_location: ["domestic"], minor_age: [], operator: ["北京小川科技有限公司"], response_time: [rt(15, false), rt(15, true)], app: "最右", dates: {published: null,effective: null,updated: "2020-05-25"} },
  { path: ca4pTxt('0525_com_bdwxdhxt_hongcaitong.txt'), email: [], phone: [], storage_location: ["domestic"], minor_age: [18], response_time: [], dates: none },
  { path: ca4pTxt('0550_com_mhbxinyan_xsyl.txt'), email: [], phone: [], storage_location: [], minor_age: [16], operator: [], response_time: [], cross_border: [], app: "秀色夜聊", dates: none },
  { path: ca4pTxt('0575_com_example_xuhongxiang_andriodpiano.txt'), email: ["moreapps.service@gmail.com"], phone: [], minor_age: [18], operator: ["武汉网幂科技有限公司"], response_time: [rt(15, true)], dates: {published: null,effective: "2020-05-25",updated: "2020-05-25"} },
  { path: ca4pTxt('0610_com_gorgeous_lite.txt'), phone: [], storage_location: [], minor_age: [18], response_time: [], cross_border: [], app: "轻颜相机", dates: none },
  { path: ca4pTxt('0640_com_dalongtech_netbar.txt'), email: [], phone: ["021-31165679"], minor_age: [], response_time: [rt(15, false)], app: "掌上网咖", dates: none },
  { path: ca4pTxt('0680_com_jiaming_ja.txt'), email: ["jiamingqm@126.com"], phone: ["400-960-6728","4009606728"], storage_location: [], minor_age: [18], operator: ["青岛嘉铭文化传播有限公司"], response_time: [], cross_border: [], dates: none },
  { path: ca4pTxt('0715_com_MobileTicket.txt'), email: ["kyfw@12306.cn"], phone: ["12306"], storage_location: ["domestic"], minor_age: [14,18], response_time: [rt(15, true)], dates: {published: null,effective: null,updated: "2020-11-20"} },
  { path: ca4pTxt('0755_com_kaluli.txt'), email: ["support@xinxinapp.cn"], phone: [], storage_location: ["domestic"], operator: ["上海心美信息科技有限公司"], response_time: [rt(15, true)], dates: {published: null,effective: null,updated: "2020-11-22"} },
  { path: ca4pTxt('0815_com_xinmang_unzip.txt'), email: ["moreapps.service@gmail.com"], phone: [], minor_age: [18], operator: ["武汉网幂科技有限公司"], response_time: [rt(15, true)], app: null, dates: {published: null,effective: "2020-05-25",updated: "2020-05-25"} },
  { path: ca4pTxt('0880_com_yodo1_sniper3dv2_huawei.txt'), email: ["kf@yodo1.com"], phone: [], storage_location: [], minor_age: [18], response_time: [], dates: none },
  { path: ca4pTxt('0930_org_fungo_fungoliveallstar.txt'), email: [], phone: [], minor_age: [18], operator: [], response_time: [], cross_border: [], app: "手机电视直播大全", dates: {published: null,effective: "2020-09-18",updated: "2020-09-18"} },
  // Tenth batch (twelve more CA4P ids ≡ 0 mod 5), labelled blind; scored before any change for it: .952 (118/124 keys),
  // .984 after `运营权的主体X公司` (operator), `…公司…运营的达达快送产品` (app), `全球范围内转移` (cross_border) and
  // `通过12345进行咨询` (a hotline named by what it is for).
  { path: ca4pTxt('0505_com_biku_diary.txt'), email: ["operator@biku8.com"], phone: [], storage_location: ["domestic"], minor_age: [16], operator: ["珠海比酷网络科技有限公司"], response_time: [rt(15, true)], cross_border: ["none"], dates: none },
  { path: ca4pTxt('0555_com_jiaming_ar.txt'), email: ["jiamingqm@126.com"], phone: ["400-960-6728","4009606728"], storage_location: [], minor_age: [18], operator: ["青岛嘉铭文化传播有限公司"], response_time: [], cross_border: [], app: "莱特背单词", dates: none },
  { path: ca4pTxt('0585_com_flybbj_remotecontrol.txt'), email: ["hw3@bandian.me"], phone: [], storage_location: [], minor_age: [18], operator: ["合肥胖宝科技有限公司"], response_time: [], cross_border: [], app: "智能遥控器", dates: none },
  { path: ca4pTxt('0625_com_dada_mobile_shop_android.txt'), email: ["shts@imdada.cn"], phone: ["400-991-9512"], storage_location: ["domestic"], minor_age: [14], operator: ["达疆网络科技(上海)有限公司"], response_time: [rt(15, true)], cross_border: ["with_consent"], app: "达达快送", dates: {published: null,effective: null,updated: "2020-07-13"} },
  { path: ca4pTxt('0665_com_jedigames_p16s_huawei.txt'), email: [], phone: ["4001889292"], storage_location: ["domestic"], minor_age: [], operator: [], response_time: [], cross_border: ["none"], dates: none },
  { path: ca4pTxt('0695_com_haobo_huilife.txt'), email: [], phone: ["10086"], storage_location: ["domestic"], minor_age: [18], operator: ["中国移动通信集团云南有限公司"], response_time: [rt(15, false)], cross_border: ["with_consent"], app: "云南移动和生活", dates: {published: null,effective: "2019-12-11",updated: "2019-12-11"} },
  { path: ca4pTxt('0730_com_mg_ggvideo.txt'), email: ["suhanggongsi@miguantech.com"], phone: [], storage_location: ["domestic"], minor_age: [18], operator: ["河南凝紫电子科技有限公司"], response_time: [], cross_border: ["with_consent"], app: "果果视频", dates: none },
  { path: ca4pTxt('0760_com_juhe_soochowcode.txt'), email: [], phone: ["12345"], storage_location: ["domestic"], minor_age: [], operator: [], response_time: [rt(15, false)], app: "苏城码", dates: {published: null,effective: "2020-08-04",updated: "2020-08-04"} },
  { path: ca4pTxt('0795_com_kuaiyin_player.txt'), email: ["happymusic@rings.net.cn"], phone: [], storage_location: [], minor_age: [18], operator: [], response_time: [rt(15, true)], app: "快音", dates: none },
  { path: ca4pTxt('0870_com_un_real_antiscreen.txt'), email: ["3261288573@qq.com"], phone: [], storage_location: ["domestic"], minor_age: [18], operator: ["虚幻信息科技(广州)有限公司"], response_time: [rt(30, false)], dates: {published: null,effective: null,updated: "2020-11-10"} },
  { path: ca4pTxt('0920_com_qiyou_tstd_game_huawei.txt'), email: ["2957016586@qq.com"], phone: [], storage_location: [], minor_age: [18], operator: ["深圳市棋游网络科技有限公司"], response_time: [], cross_border: [], dates: none },
  { path: ca4pTxt('0955_com_sg_kaijiayongshi4_huawei.txt'), email: ["3389831455@qq.com"], phone: [], minor_age: [], operator: ["南京行随己意网络科技有限公司"], response_time: [], dates: {published: null,effective: null,updated: "2019-05"} },
  // Eleventh batch (twelve more CA4P ids ≡ 0 mod 5), labelled blind; scored before any change for it: .952 (118/124 keys),
  // .960 after `(以下简称“我公司”)` and `【…有限公司及其关联公司】` (operator).
  { path: ca4pTxt('0545_com_huajiao.txt'), email: ["kefu@huajiao.tv"], phone: ["400-6768-666"], storage_location: ["domestic"], operator: ["北京密境和风科技有限公司"], response_time: [rt(15, false)], dates: {published: null,effective: null,updated: "2019-06-11"} },
  { path: ca4pTxt('0565_com_glodon_drawingexplorer.txt'), email: ["app@kuaicad.com"], phone: ["010-56403073"], storage_location: ["domestic"], minor_age: [18], operator: ["北京广联达云图梦想科技有限公司"], app: "CAD快速看图", dates: {published: null,effective: null,updated: "2019-11-28"} },
  { path: ca4pTxt('0595_com_icbc_elife.txt'), email: ["elife@mdk.icbc.com.cn"], phone: ["95588"], storage_location: ["domestic"], minor_age: [], operator: ["中国工商银行股份有限公司"], response_time: [rt(15, true)], app: "工银e生活", dates: {published: "2020-11-30",effective: "2020-11-30",updated: null} },
  { path: ca4pTxt('0645_com_jiaming_ko.txt'), email: ["jiamingqm@126.com"], phone: ["400-960-6728","4009606728"], storage_location: [], minor_age: [18], operator: ["青岛嘉铭文化传播有限公司"], response_time: [], cross_border: [], app: "莱特背单词", dates: none },
  { path: ca4pTxt('0670_com_mei_fish.txt'), email: [], phone: [], storage_location: [], minor_age: [], operator: [], response_time: [], cross_border: [], app: "聊天话术神器", dates: none },
  { path: ca4pTxt('0685_com_chaoxing_mobile.txt'), email: [], phone: ["400-902-0966"], storage_location: ["domestic"], minor_age: [18], operator: ["北京世纪超星信息技术发展有限责任公司"], response_time: [rt(15, false)], app: "学习通", dates: none },
  { path: ca4pTxt('0725_com_mdj_myzpsq.txt'), email: ["luxh@pu78.net"], phone: [], storage_location: ["domestic"], minor_age: [18], operator: ["杭州麦得金网络科技有限公司"], response_time: [rt(30, false)], cross_border: ["none"], app: "美颜自拍神器", dates: {published: "2020-12-09",effective: "2020-12-09",updated: "2020-12-09"} },
  { path: ca4pTxt('0740_com_openlanguage_kaiyan.txt'), email: ["support@openlanguage.com","jubao@openlanguage.com"], phone: [], storage_location: ["domestic"], minor_age: [18], operator: ["北京点点看看科技有限公司"], response_time: [], app: "开言英语", dates: {published: "2020-09-23",effective: "2020-09-23",updated: null} },
  { path: ca4pTxt('0750_com_outfit7_mytalkingangelafree_HUAWEI.txt'), email: [], phone: ["0571-81065698"], storage_location: [], minor_age: [18], operator: ["杭州哲信信息技术有限公司"], response_time: [], cross_border: [], dates: none },
  { path: ca4pTxt('0785_com_liubowang_lauchpad.txt'), email: ["moreapps.service@gmail.com"], phone: [], minor_age: [18], operator: ["武汉网幂科技有限公司"], response_time: [rt(15, true)], app: null, dates: {published: null,effective: "2020-05-25",updated: "2020-05-25"} },
  { path: ca4pTxt('0810_com_tencent_videolite_android.txt'), email: ["dataprivacy@tencent.com"], phone: [], storage_location: ["domestic"], minor_age: [14,18], response_time: [rt(30, false)], app: "腾讯视频", dates: {published: null,effective: "2020-09-27",updated: "2020-09-27"} },
  { path: ca4pTxt('0885_com_yinpai.txt'), email: [], phone: [], storage_location: [], minor_age: [18], operator: ["广州沙巴克网络科技有限公司"], response_time: [], cross_border: [], app: "音派", dates: none },
  // Twelfth batch (the last eight CA4P ids ≡ 0 mod 5), labelled blind; scored before any change for it: .944 (68/72 keys),
  // .986 after `数据控制者名称:Supercell Oy`, `Copyright © 2020 X有限公司` (operators) and `X公司` beside `X有限公司` (one company).
  { path: ca4pTxt('0900_com_supercell_boombeach_HUAWEI.txt'), email: ["legal-requests@supercell.com"], phone: [], minor_age: [13], operator: ["Supercell Oy"], cross_border: ["yes"], dates: {published: null,effective: "2020-10-19",updated: null} },
  { path: ca4pTxt('0935_com_yitong_mbank_psbc.txt'), email: [], storage_location: ["domestic"], minor_age: [], operator: ["中国邮政储蓄银行股份有限公司"], response_time: [rt(15, true)], cross_border: ["with_consent"], dates: {published: "2020-11-25",effective: "2020-12-02",updated: null} },
  { path: ca4pTxt('0940_org_islq_move2048.txt'), email: ["myzrkj.chen@qq.com"], storage_location: ["domestic"], minor_age: [14], operator: ["绵阳智如科技有限公司"], response_time: [rt(15, false)], cross_border: ["with_consent"], dates: {published: null,effective: "2020-06-16",updated: "2020-06-16"} },
  { path: ca4pTxt('0950_com_pplive_androidphone_sport.txt'), email: [], phone: [], storage_location: [], minor_age: [], response_time: [], cross_border: [], dates: none },
  { path: ca4pTxt('0960_com_youmeng_rexueaotechaorengedou_huawei.txt'), email: [], phone: [], storage_location: ["domestic"], minor_age: [14], operator: ["深圳市游梦科技有限公司"], response_time: [], dates: none },
  { path: ca4pTxt('0980_com_zmtm_hqfy_huawei.txt'), email: ["gmservice@leiting.com"], phone: [], storage_location: ["domestic"], minor_age: [], operator: ["北京华清飞扬网络股份有限公司"], app: "华清游戏" },
  { path: ca4pTxt('0990_online_bbeb_heixiu.txt'), email: [], phone: [], storage_location: [], minor_age: [18], operator: [], cross_border: [], app: "嘿聊", dates: none },
  { path: ca4pTxt('0995_com_songwo_pig.txt'), email: ["hogfarmgame@021.com"], phone: [], storage_location: ["domestic"], minor_age: [14,18], operator: ["上海嵩沃网络科技有限公司"], response_time: [rt(15, true)], cross_border: ["with_consent"], app: "阳光养猪场", dates: {published: null,effective: "2020-11-25",updated: null} },
];
