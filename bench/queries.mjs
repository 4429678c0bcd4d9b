// Search benchmark queries: real words and phrases from the policies, of every shape the
// analysts type: 2-character, 4-character, phrases, English words and queries with no hit.
export const QUERIES = [
  // 2 characters
  '境内', '注销', '儿童', '位置', '权限', '删除', '共享', '存储', '邮箱', '短信', '相册', '麦克风', '指纹', '日志',
  // 4 characters
  '个人信息', '未成年人', '跨境传输', '设备信息', '撤回同意', '账号注销', '敏感信息', '第三方库', '隐私政策', '位置信息',
  '工作日内', '用户权利', '信息安全', '广告推送',
  // phrases
  '中华人民共和国境内', '个人敏感信息', '十五个工作日内', '您可以通过以下方式与我们联系', '我们不会向任何第三方',
  '身份证号码', '保存期限', '应用程序接口', '极光推送', '友盟统计',
  // English words and phrases
  'cookies', 'retention', 'third party', 'delete', 'children', 'location', 'advertising', 'personal data',
  'WeChat', 'encryption', 'Do Not Track', 'GDPR',
  // no hit
  '量子纠缠态', '独角兽牧场', 'xylophonequartz', '喵星人条款', 'zzqxjv',
];
