// Third-party SDKs (key-value lists, flattened tables) and device permissions.
import { splitLines, type Line } from '../lines';
import type { FactSink } from './context';

type Column = 'name' | 'vendor' | 'purpose' | 'data' | 'link' | 'other';

function columnOf(cell: string): Column | null {
  // (A field and its value, `信息类型：设备信息` under `友盟SDK`, is a line of a key-value list, no header cell.)
  if (cell.length > 16 || keyValue(cell)) return null;
  if (/SDK|插件|第三方(?:服务)?名称/i.test(cell) && !/公司|主体|提供方/.test(cell)) return 'name';
  if (/公司|主体|提供方|厂商|运营方|第三方名称|vendor|company|provider/i.test(cell)) return 'vendor';
  if (/功能|目的|用途|场景|purpose|usage/i.test(cell)) return 'purpose';
  if (/信息|数据|字段|权限|data|information/i.test(cell)) return /政策|链接/.test(cell) ? 'link' : 'data';
  if (/隐私|政策|链接|网址|link|policy/i.test(cell)) return 'link';
  if (/方式|类型|备注|说明/.test(cell)) return 'other';
  return null;
}

const KV = /^[*\-•·\s]*(SDK名称|名称|第三方名称|公司名称|提供方|所属公司|SDK提供方|功能|使用目的|目的|用途|收集(?:的)?个人信息(?:的)?类型|收集的个人信息|收集信息|收集的信息|个人信息类型|处理的个人信息|信息类型|涉及个人信息)\s*[:：]\s*(.+)$/;
const SDK_TITLE = /^(?:#{2,6}\s*|[*\-]\s*)?(.{1,40}?\bSDK|.{1,40}?SDK)\s*[:：]?\s*$/i;

function noteKv(info: { name: string; vendor: string | null; purpose: string | null; data: string | null }, key: string, value: string): void {
  if (/SDK名称|^名称$/.test(key)) info.name = value;
  else if (/第三方名称|公司|提供方/.test(key)) info.vendor ??= value;
  else if (/功能|目的|用途/.test(key)) info.purpose ??= value;
  else info.data ??= value;
}

// Cheap pre-tests: SDK_TITLE needs `sdk` in the line, KV a colon; most lines have neither.
const HAS_SDK = /sdk/i;
const sdkTitle = (t: string): RegExpExecArray | null => (HAS_SDK.test(t) ? SDK_TITLE.exec(t) : null);
const keyValue = (t: string): RegExpExecArray | null => (t.includes(':') || t.includes('：') ? KV.exec(t) : null);

/** `#### 支付宝支付 SDK` followed by `* 第三方名称：…` / `* 功能：…` lines. */
function keyValueSdks(sink: FactSink, lines: Line[]): number {
  let found = 0;
  for (let i = 0; i < lines.length; i++) {
    const title = sdkTitle(lines[i].text);
    const kvHere = keyValue(lines[i].text);
    const isStart = (title && !/[。，,:：]/.test(title[1])) || (kvHere && /SDK名称|^名称$/.test(kvHere[1]));
    if (!isStart) continue;
    // (`SDK名称:个推SDK` is a field naming it, however it ends.)
    const named = kvHere && /SDK名称|^名称$/.test(kvHere[1]) ? kvHere[2].trim() : null;
    const info = { name: named ?? (title ? title[1].replace(/^[#*•·\-\s]+/, '').trim() : ''), vendor: null as string | null, purpose: null as string | null, data: null as string | null };
    let j = i + (title ? 1 : 0);
    let last = i;
    for (; j < lines.length && j < i + 30; j++) {
      const t = lines[j].text;
      if (!t) continue;
      if (j > i && (sdkTitle(t) || /^#/.test(t))) break;
      const kv = keyValue(t);
      if (kv) {
        if (j > i && info.name && /SDK名称|^名称$/.test(kv[1])) break;
        noteKv(info, kv[1], kv[2].trim());
        last = j;
      } else if (info.data === '' || (info.data === null && /收集|信息类型/.test(lines[last].text))) {
        // nested bullet list under `收集个人信息类型：`
      }
    }
    if (info.name && (info.vendor || info.purpose || info.data !== null)) {
      if (info.data === '') info.data = null;
      sink.add('sdk', info, lines[i].textStart, lines[last].textStart + lines[last].text.length);
      found++;
      i = last;
    }
  }
  return found;
}

/** A flattened table: a header of SDK/功能/信息/政策 cells, one cell per line, rows after it. */
function tableSdks(sink: FactSink, lines: Line[]): void {
  const cells = lines.filter((l) => l.text);
  for (let i = 0; i < cells.length; i++) {
    if (!/SDK|第三方(?:服务|名称)/i.test(cells[i].text) || cells[i].text.length > 16) continue;
    const header: Column[] = [];
    let k = i;
    while (k < cells.length && header.length < 8) {
      const col = columnOf(cells[k].text);
      if (!col || (col === 'name' && header.includes('name'))) break;
      header.push(col);
      k++;
    }
    if (header.length < 3 || header[0] !== 'name') continue;
    const endsWithLink = header[header.length - 1] === 'link';
    let row: Line[] = [];
    const flush = () => {
      if (row.length >= 2 && row[0].text.length <= 60) {
        const pick = (c: Column) => {
          const idx = header.indexOf(c);
          return idx >= 0 && idx < row.length && !(endsWithLink && idx === row.length - 1 && c !== 'link') ? row[idx].text : null;
        };
        sink.add('sdk', { name: row[0].text, vendor: pick('vendor'), purpose: pick('purpose'), data: pick('data') }, row[0].textStart, row[row.length - 1].textStart + row[row.length - 1].text.length);
      }
      row = [];
    };
    for (; k < cells.length; k++) {
      const t = cells[k].text;
      // The table ends at sentence text or a heading-like numbered line.
      if (t.length > 1500 || (row.length === 0 && t.length > 60) || /^[一二三四五六七八九十]+、|^[(（][一二三四五六七八九十]+[)）]|^\d+[.、]\s*\S/.test(t)) break;
      row.push(cells[k]);
      const rowDone = endsWithLink ? /隐私|政策|https?:|链接|查看/.test(t) : row.length === header.length;
      if (rowDone) flush();
    }
    flush();
    i = k;
  }
}

export function extractSdks(sink: FactSink, lines = splitLines(sink.text)): void {
  keyValueSdks(sink, lines);
  tableSdks(sink, lines);
}

const PERMISSIONS: [string, RegExp][] = [
  ['相机', /相机|摄像头|拍照|camera/i],
  ['相册', /相册|照片|photos?/i],
  ['位置', /位置|定位|地理位置|GPS|location/i],
  ['麦克风', /麦克风|录音|microphone/i],
  ['通讯录', /通讯录|联系人|contacts/i],
  ['存储', /存储|储存|读写外部|storage/i],
  ['电话', /电话|手机状态|设备状态|phone/i],
  ['日历', /日历|calendar/i],
  ['短信', /短信|SMS/i],
  ['蓝牙', /蓝牙|bluetooth/i],
  ['通知', /通知|notification/i],
  ['剪贴板', /剪贴板|剪切板|粘贴板|clipboard/i],
  ['生物识别', /面容|指纹|Face ?ID|Touch ?ID|生物识别/i],
  ['网络', /网络|network/i],
];
const PERMISSION = /权限|[Pp]ermission/g;
const PURPOSE_START = /[:：]|用于|以便|为了|以|used to|to /;
const OTHER_PERMISSION = new Map(PERMISSIONS.map(([name, re]) => [name, new RegExp(`(?:${re.source})[\\u4e00-\\u9fa5]{0,4}权限`, 'i')]));

export function extractPermissions(sink: FactSink): void {
  const text = sink.text;
  const seen = new Set<string>();
  for (const at of text.matchAll(PERMISSION)) {
    // The permission's name is in the few characters before `权限`.
    let a = at.index;
    while (a > 0 && at.index - a < 8 && /[\u4e00-\u9fa5A-Za-z ]/.test(text[a - 1])) a--;
    while (text[a] === ' ') a++;
    const m = { index: a, 0: text.slice(a, at.index + at[0].length) };
    const word = text.slice(a, at.index);
    const hit = PERMISSIONS.find(([, re]) => re.test(word));
    if (!hit || seen.has(hit[0])) continue;
    // Purpose: what follows `:` or `用于/以便/为了` in the same sentence.
    // `；` ends this permission's item: what follows describes the next one.
    const end = text.slice(m.index + m[0].length, m.index + m[0].length + 160).split(/[。\n；;]/)[0];
    const start = PURPOSE_START.exec(end);
    const rest = start ? end.slice(start.index + start[0].length).trim().slice(0, 120) : '';
    seen.add(hit[0]);
    // Several permissions in one sentence: keep the clause that belongs to this one.
    const purpose = rest.length >= 2 ? ownClauses(rest, hit[0]) : purposeBefore(text, m.index);
    sink.add('permission', { name: hit[0], purpose }, m.index, m.index + m[0].length);
  }
}

/** `在您同意接收系统消息推送时,需要您允许访问手机通知权限`: the occasion named before the permission. */
function purposeBefore(text: string, at: number): string | null {
  const from = Math.max(0, at - 120);
  const lead = /[^。\n；;]*$/.exec(text.slice(from, at))![0];
  const cut = Math.max(lead.lastIndexOf('，'), lead.lastIndexOf(','));
  const occasion = (cut > 0 ? lead.slice(0, cut) : '').trim();
  return occasion.length >= 4 && /当您|在您|为了|为您|用于|以便|如您|您使用/.test(occasion) ? occasion : null;
}

/** Clauses up to the one that starts talking about another permission (`…,摄像头权限用于…`). */
function ownClauses(purpose: string, own: string): string {
  const clauses = purpose.split(/(?<=[，,；;])/);
  const kept: string[] = [];
  for (const c of clauses) {
    const other = c.includes('权限') && PERMISSIONS.find(([name]) => name !== own && OTHER_PERMISSION.get(name)!.test(c));
    if (other && kept.length) break;
    kept.push(c);
  }
  return kept.join('').replace(/[，,；;]$/, '').trim();
}
