// The cues by which the policy names its app: title lines, book titles, quoted products, greetings, definitions,
// name fields. appName.ts weighs what they find.
// A title holds no sentence punctuation: `请…仔细阅读并了解本《隐私权政策》` and `当前位置:…` are no titles.
// `嗶哩嗶哩使用協議` (terms and privacy policy in one document) names the app as well, and so does `耐克隐私政策和COOKIE政策`.
// (`《木材助手网络服务协议》`: the network service agreement of 木材助手.)
export const TITLE_ZH = /^[《「]?([^,，。;；:：《》]{2,30}?)\s*(?:用户注册|用户|会员|注册|客户端|产品|软件|(?<=[A-Za-z0-9]\s?)服务|App|APP|app|网络(?=服务协议|服務協議))?\s*(?:隐私政策协议|隐私政策|隐私权政策|隐私保护政策|隐私保护指引|隐私保护协议|隱私保護協議|隐私协议|隐私声明|个人信息保护政策|个人信息处理规则|隐私权保护政策|隐私权声明|隐私权申明|隐私申明|信息保护政策|隐私保护声明|隐私条款|隐私说明|隱私說明|隱私政策|隱私權政策|隱私權保護聲明|隱私聲明|隱私條款|隱私協議|使用协议|用户协议|服务协议|使用協議|用戶協議|服務協議|服务条款|服務條款|使用条款|使用條款)[》」]?(?:\s*[(（].{0,12}[)）])?(?:\s*(?:和|及|与)\s*(?:COOKIE|Cookie|cookie)\s*政策)?$/;
export const BOOK_TITLED_PRODUCT = /^《([^《》]{2,30})》(?=\s*(?:用户|会员|App|APP|app)?\s*(?:隐私|隱私|个人信息|個人資料))/;
// (`隱私權政策 (Privacy Policy) for Arc 風格側邊欄`: the English name in brackets, then whose it is.)
export const TITLE_THEN_NAME = /^(?:隐私政策|隐私协议|隐私权政策|隐私保护政策|隐私声明|隱私政策|隱私權政策|Privacy Policy)(?:\s*[(（][A-Za-z ]{2,20}[)）])?\s*(?:[-–—|｜]|\s(?:for|of)\s)\s*([\u4e00-\u9fa5A-Za-z0-9®][\u4e00-\u9fa5A-Za-z0-9® ]{0,18}[\u4e00-\u9fa5A-Za-z0-9®])$/;
export const TITLE_EN = /^(.{2,40}?)(?:'s)?\s+(?:Privacy\s+(?:Policy|Notice|Statement)|Privacy)$/i;
export const BOOK_TITLE = /《([^《》]{2,30}?)\s*(?:用户|会员|App|APP)?\s*(?:个人信息(?:及|和|与))?(?:隐私政策|隐私权政策|隐私保护政策|隐私保护指引|隐私协议|隐私声明|个人信息保护政策|隱私政策|隱私權政策|隱私權保護聲明)》/g;
// `指上海嘉捷…有限公司及其关联方,以下简称“我们”或“嘉捷金融”`: the brand the policy calls itself.
export const SELF_ALIAS = /(?:简称|或称|统称|下称)(?:为)?\s*[“"]我们[”"]\s*(?:或|、|和)\s*[“"]([^“”"]{2,12})[”"]|(?:简称|或称|统称|下称)(?:为)?\s*[“"]([^“”"]{2,12})[”"]\s*(?:或|、|和)\s*[“"]我们[”"]/g;
export const QUOTED_PRODUCT = /[“"「]([^”"」]{2,20})[”"」]\s*(?:系列)?(?:产品|App|APP|app|客户端|平台|应用|软件|小程序)/g;
export const APP_SUFFIX = /([\u4e00-\u9fa5A-Za-z0-9]{2,14}?)\s?(?:APP|App)(?![A-Za-z])/g;

export const MD_LINK = /\[([^\]]*)\]\([^)]*\)/g;

// `Telegram Messenger Inc. (“Telegram”)`, `By using Bluesky,`, `Welcome to Quora`.
// `Tumblr, Inc. ("Tumblr," "we," …)`: the comma may sit inside the quotes.
export const EN_ALIAS = /(?:Inc|Ltd|LLC|Limited|Corp(?:oration)?|PBC|GmbH|AB|ApS|A\/S|Oy|SE|B\.V|N\.V|S\.A)\.?,?\s*[*_]*\(?[*_]*[“"„]([A-Z][\w.&'-]*(?: [A-Z][\w.&'-]*){0,2}),?[”"]/g;
// `Please read this openEuler Community Privacy Statement`.
export const EN_THIS_POLICY = /\b(?:this|the|our)\s+((?:[A-Z]|[a-z]+[A-Z])[\w.&'-]*(?: [A-Z][\w.&'-]*){0,2})(?:'s)?\s+Privacy\s+(?:Policy|Statement|Notice)/g;
export const EN_USING = /\b(?:By using|Welcome to|When you use|Thank you for using)\s+(?:the\s+)?([A-Z][\w.&'-]*(?: [A-Z][\w.&'-]*){0,2})/g;

// `当当云阅读非常重视用户个人信息的保护`, `闪送非常重视用户隐私`: the brand opens the policy's pledge.
// (`《新街头篮球》重视用户的隐私`: the name may stand in book-title marks; `【乐淘快递 】深知…` in a template's brackets, filled in.)
// (`麻花影视大全(以下简称本平台)非常重视…`: its short name may come between; `江西移动(以下称“我们”)` is the company.)
export const BRAND_CARES = /(?<=^|[。！\n])[ \t*#•·]*[《【]?([\u4e00-\u9fa5A-Za-z0-9]{2,10}?)(?:\s*[》】])?(?:\s*[（(](?:以下)?(?:简称|称)(?![^()（）]*我们)[^()（）]{1,12}[)）])?((?:将|会|也|将会)?(?:非常|十分|一直|始终|一向|高度)?(?:重视|深知|尊重|严格遵守))/gm;
// `享爱情趣用品商城服务提供者`, `“天府市民云”产品和服务提供者`.
export const PROVIDER = /([\u4e00-\u9fa5A-Za-z0-9“”"]{2,16}?)(?:产品(?:和|与|及))?服务(?:的)?提供者/g;
// `提供的菜谱系产品【菜谱大全】`, `【Metro新时代】客户端`: a bracketed product name.
// (Not a menu path: `【我的】-【设置】`, `进入【设置】页面`.)
export const BRACKET_PRODUCT = /产品【([^【】\n]{2,16})】(?!\s*[-—>→/])|(?<![-—>→/]\s*)【([^【】\n]{2,16})】(?:产品|App|APP|app|客户端|平台|应用|软件|小程序)/g;
// `是花椒直播平台(以下简称"花椒")的开发运营者`: the product the policy gives a short name.
export const ALIASED_PRODUCT = /([\u4e00-\u9fa5A-Za-z0-9®™]{2,14}?)(?:平台|产品|APP|App|app|软件|客户端|应用|小程序)\s*[（(](?:以下)?(?:简称|称)/g;
// `(简称“我们”)作为番茄免费小说的运营者`, `…(简称“回旋网络”或“我们”)是“点点猜歌”的运营者`, `1.1学习通由北京世纪超星…公司开发运营`, `由达疆网络科技(上海)有限公司…运营的达达快送产品`:
// the product a company runs (`…公司(以下简称我公司)提供的牛蛙呐的软件及服务`: or provides; `ViewSieve 由个人开发者 AbnerWater 提供`: or a
// developer of their own).
export const RUN_PRODUCT = /(?:作为|是)[“"《]?([\u4e00-\u9fa5A-Za-z0-9®]{2,14}?)[”"》]?(?:APP|App|app|平台|产品|软件|客户端)?的(?:运营者|运营方|开发者|服务提供者|经营者|所有者)|(?<=公司[^。\n]{0,40}?)运营的([\u4e00-\u9fa5A-Za-z0-9®]{2,10}?)(?:APP|App|app|平台|产品|软件|客户端)|(?<=^|[。\n\d])[ \t*#]*([\u4e00-\u9fa5A-Za-z0-9®]{2,12}?)(?:APP|App|平台|产品|软件|客户端)?\s?(?:是)?由(?:[^，,。\n]{2,40}?(?:公司|集团)(?:及其关联(?:公司|方))?|\s?(?:个人|独立)开发者[^，,。\n]{1,30}?)(?:负责)?(?:开发|运营|提供|所有|出品)|(?<=公司(?:[(（][^()（）]{1,16}[)）])?)提供的([\u4e00-\u9fa5A-Za-z0-9®]{2,10}?)的(?:软件|产品|客户端)(?:及|和|与)服务/gm;
// `本政策仅适用于本应用(一统同济)`: the app named in brackets after the words for it (`本应用(AstrBot-Bubble-Android-App)是…`:
// anywhere, a Latin name).
export const THIS_APP_NAMED = /适用于本(?:应用|软件|产品|App|APP)[(（]([^()（）]{2,12})[)）]|本(?:应用|软件|App|APP)[(（]([A-Za-z][A-Za-z0-9 ._-]{1,30})[)）]/g;
// `由公司提供的名为Stylify的软件程序`: a generator's translated definition of the application.
export const NAMED_APP = /名为\s*[“"「]?([\u4e00-\u9fa5A-Za-z0-9®](?:[\u4e00-\u9fa5A-Za-z0-9® ]{0,18}?[\u4e00-\u9fa5A-Za-z0-9®])?)[”"」]?\s*的(?:软件程序|软件|应用程序|应用|App|APP)/g;
// `本隱私權政策說明了 Phasica 在…如何處理資訊`: a translated policy's subject, a Latin-letter brand. (`本隐私政策解释了 LoliAuth
// 平台(运营方:…)将如何…`: the word for what it is, or the operator in brackets, may come between.)
export const POLICY_EXPLAINS_BRAND = /本(?:隐私权?政策|政策)(?:说明|阐述|介绍|描述|解释)了?\s*([A-Z][A-Za-z0-9]+(?: [A-Z][A-Za-z0-9]+){0,2})\s*(?:平台|应用|服务|产品|App|APP)?\s*(?:在|如何|会|将|[(（])/g;
// `本条款仅适用于华泰证券的涨乐财富通服务`, `本隐私权保护政策适用于《秀色夜聊》互联网平台`. (Not the reader's use, `本同意书适用于您使用本服务`.)
export const APPLIES_TO = /适用于(?![您你我本])(?:[\u4e00-\u9fa5A-Za-z0-9]{2,10}的)?《?([\u4e00-\u9fa5A-Za-z0-9]{2,12}?)》?(?:手机|移动|互联网)?(?:服务|产品|客户端|软件|平台)/g;
// (`本隐私政策适用于同城短视频平台提供的所有服务`: the platform that provides them.)
export const APPLIES_TO_PROVIDER = /适用于《?([\u4e00-\u9fa5A-Za-z0-9]{2,12}?)》?(?:平台|客户端|软件|App|APP)(?:提供|运营)的/g;

// `使用照片智能修复及相关服务时`, `登录番茄免费小说及相关服务`, `您在使用走路多多服务时`: the product a template's services are
// related to, or the service used (`在使用智灯产品和服务时`, `通过使用智灯即表示您已阅读…`), or to be read before using
// (`在使用地遥宝前,请您仔细阅读地遥宝服务条款`).
export const RELATED_SERVICES = /(?:使用|登录|运行)(?:的)?([\u4e00-\u9fa5A-Za-z0-9®]{2,12}?)(?:软件|平台|产品|客户端|APP|App|app)?(?:(?:及|以及)相关服务|(?:和|与)服务(?=时|的|过程)|即(?:表示|视为|代表))|(?<=^|[。\n])(?:您|你)在使用([\u4e00-\u9fa5A-Za-z0-9®]{2,10}?)服务时|(?<=^|[。\n])(?:您|你)?在(?:您|你)?使用([\u4e00-\u9fa5A-Za-z0-9®]{2,10}?)(?:软件|平台|产品|APP|App)?前[,，]/gm;
// `歡迎您加入4399SY的會員`, `欢迎您使用“莱特背单词”软件`, `欢迎您访问去哪儿网`: the greeting names the product.
// `尊敬的飞卢小说用户:`: the greeting names the product's users.
// (`当您注册成为云南政务服务平台用户`: so does signing up.)
export const DEAR_USERS = /(?:尊敬的|注册成为)([\u4e00-\u9fa5A-Za-z0-9®]{2,12}?)(?:APP|App|app)?[的之]?(?:用户|会员)/g;

export const WELCOME = /欢迎(?:您|你)?(?:使用|加入|来到|访问|选择)[“"「]?(?![由我本])([\u4e00-\u9fa5A-Za-z0-9®]{2,12}?)[”"」]?(?=的|提供|旗下|软件|平台|服务|产品|APP|App|app|客户端|网站|[（(!！,，。\s])/g;

// `在你使用私密相册(以下简称“本软件”)各项服务前`: the policy names the software it is about, once is enough.
// (Not a clause of terms, `免除或者限制软件(以下简称“本软件”)…责任的条款`.)
// `本文系您与“恋爱话术"系列软件产品;(以下简称"我们"…)之间的法律协议`: the product the policy calls `we`.
// `规范与移动应用"Petfolio"(以下简称"应用")有关的…`: the quoted name after the word for what it is, called `the app` from then on
// (`手機遊戲服務「桃園結義」(以下稱「本遊戲」…)`; `本公司」)提供之「快一點」(以下稱「本服務」)`, the service the company provides.)
export const APP_THEN_QUOTED = /(?:应用程序|应用程式|應用程式|应用|應用|App|APP|app|小程序|游戏|遊戲|服务|服務|網站|网站|提供之|提供的)\s*[“"「]([^”"」]{2,20})[”"」]\s*[（(](?:以下)?(?:简称|簡稱|称|稱)(?:为|為)?\s*[“"「]本?(?:应用程序|应用|應用|App|APP|app|软件|軟體|产品|產品|游戏|遊戲|平台|网站|網站|小程序|服务|服務)[”"」]/g;
// `欢迎访问 Pac-Man Arcade("我们"…)`: a Latin name, spaces and hyphens and all, greeted before its aliases.
export const WELCOME_LATIN = /欢迎(?:您|你)?(?:使用|来到|访问|选择)\s*([A-Z][A-Za-z0-9+]*(?:[ -][A-Z][A-Za-z0-9+]*){0,3})\s*[（(]/g;
// `服務名稱:啊嗚!寶箱怪(미믹 키우기)`: the service's name as a field of the policy's header. (…or of the developer's
// details closing it, the name on the next line per platform: `应用名称:` / `安卓:单元化MES系统`.)
// (`**应用名称:** Linkn App`, `**应用名称**:AI 发型(AI Hairstyle)`: emphasis around the field's name, words of the value
// apart by single spaces.)
export const NAME_FIELD = /(?<=^|\n)[ \t*#•·]*(?:服务|服務|产品|產品|应用|應用|游戏|遊戲|软件|軟體|App|APP)(?:名称|名稱)[*_]*[ \t]*[:：][*_]*\s*(?:(?:安卓|Android|iOS|IOS|鸿蒙|HarmonyOS)[ \t]*[:：][ \t]*)?((?:[^\s(（,，。;；:：*]| (?=[^\s(（,，。;；:：*])){2,20})/g;
export const DEVELOPER_FIELD = /(?:开发者|开发商|開發者)(?:名称|名稱)\s*[:：]/;
/** How far from its end the developer's details closing a policy are looked for. */
export const CLOSING_DETAILS = 1500;
export const QUOTED_AS_WE = /[“"「]([^”"」]{2,12})[”"」][^。(（“"]{0,10}[（(](?:以下)?简称[“"]我们/g;

// `…提供的 魔女泡泡(「遊戲」)`: the product called by the word for what it is from then on. (`農產品交易資料分析系統(網頁版)
// (以下簡稱「本系統」)`: its edition may come between; `寻找他\nAPP\n(以下简称本APP)`: a template's blanks filled on lines of their own;
// `王者剪辑应用程序(以下称“ 本应用 ”)`: spaced inside the quotes; `“跳跳猫 -  Jumping Cat”游戏(以下简称“本游戏”)`: the word after them.)
export const THIS_SOFTWARE = /([\u4e00-\u9fa5A-Za-z0-9®](?:[\u4e00-\u9fa5A-Za-z0-9® ]{0,12}?[\u4e00-\u9fa5A-Za-z0-9®])?)(?:\s?(?:APP|App|app))?(?:客户端|软件|应用程序)?(?:系统)?[》”"]?(?:游戏|软件|应用)?\s*(?:[（(](?:网页|桌面|手机|移动|电脑|PC|Web|web)版[)）]\s*)?[（(](?:(?:以下)?(?:简称|统称|称))?(?:[“"「]\s?(?:本款?)?(?:软件|应用|产品|游戏|系统|App|APP|app|客户端)\s?[”"」]|本(?:系统|软件|应用|平台|APP|App)[)）])/g;

// `第一条 终极狼人杀是OrangeLabs Information Technology Inc.(…)向用户提供的一种…音频社交平台`: the product defined.
// (`悟空租车是一款租车产品,提供预约出行服务`, `千度网盘是一个向广大用户提供…的在线信息存储平台`: the product introduced; `《口袋抓娃娃》是由…`;
// `愿安 是一款由 **Harvey Wan**…提供的端侧安全监护产品`, set apart by a blank.)
export const DEFINED_PRODUCT = /(?<=^|[。\n]|第[一二三四五六七八九十\d]{1,3}条\s*)《?([\u4e00-\u9fa5A-Za-z0-9®]{2,10}?)》?(?:APP|App|app|平台|软件)?\s?是(?:[^。\n]{2,80}?(?:提供|开发|运营)的|一款|一个|一個)[^。\n]{0,30}?(?:平台|软件|应用|产品|服务|工具|App|APP|客户端)/gm;

// `我查查(或称"我们")重视用户的隐私`, `【华图在线】(以下简称“我们”)`: the brand opening the policy, called `we` from then on.
export const BRAND_AS_WE = /(?<=^|[。\n])[ \t*#•·]*【?([\u4e00-\u9fa5A-Za-z0-9®]{2,12}?)】?\s*[（(](?:以下)?(?:简称|或称|统称|下称)(?:为)?\s*[“"]我们[”"]/gm;

// A name holding one of these is the company's (`上海…有限公司`, `…集团`), not the product's.
export const COMPANY_WORD = /公司|集团/;
/** A short name alone on the first line (not a front-matter word, `引言`, `目录`). */
export const NAME_LINE = /^\s*(?!(?:引言|前言|目录|概述|声明|公告|说明|简介|导言|通知)\s*\n)([\u4e00-\u9fa5A-Za-z0-9®]{2,10})[ \t]*\n/;
/** `X公司及其关联公司(以下简称“X”)`: a company's short name … */
export const COMPANY_BRAND = /(?:公司|集团)[^。；;“”"]{0,12}[(（]以下简称[“"]([\u4e00-\u9fa5A-Za-z0-9]{2,8})[”"][)）]/g;
/** … and the words that make it a brand when they follow it (`茶否产品`, `茶否账号`, `茶否官网`). */
export const BRANDED_GOODS = '(?:产品|账号|帐号|账户|帐户|官网|客户端|App|APP)';

// `隐私政策 · Orbit`, `Coaster Tool — 隐私政策`, `隐私政策，VRL Cam`, `「生命线 - 愿望清单」隐私政策`, `格莱默时尚隐私保护`: a page's
// `<title>` naming the app beside the policy (`Mola相机 隐私政策 / Privacy Policy`: the English title after a slash).
export const PAGE_TITLE_NAME = /^(?:(.+?)\s*[-–—|｜·•,，:：\/]?\s*)?(?:隐私政策|隐私权政策|隐私保护政策|隐私保护指引|隐私保护|个人信息保护政策|隐私协议|隐私声明|隐私说明|隐私条款|privacy policy)(?:\s*[-–—|｜·•,，:：\/]\s*(.+))?$/i;
