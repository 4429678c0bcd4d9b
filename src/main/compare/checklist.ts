// Disclosure checklist per app (latest version): does the policy state what PIPL / GB/T 35273 expect?
import type { AppChecklist, ChecklistItem, ChecklistItemId, DocumentDetail, MatrixCell, ResponseTime } from '../../shared/types';
import type { TopicId } from '../../shared/taxonomy';
import type { LibraryReader } from '../store/reader';
import { buildCells, correctedTopics, groupCorrections } from './cells';
import { factEvidence, findEvidence, type Evidence } from './evidence';
import { formatFact, formatResponseTime } from './fact-format';

type Cells = Record<TopicId, MatrixCell>;

const item = (id: ChecklistItemId, status: ChecklistItem['status'], note: string, evidence: Evidence | null = null): ChecklistItem =>
  ({ id, status, note, evidence });

const RIGHTS: [string, RegExp][] = [
  ['access', /查询|访问|查阅|access/i],
  ['correct', /更正|修改|补充|correct|rectif/i],
  ['delete', /删除|delet|eras/i],
  ['withdraw consent', /撤回|withdraw/i],
  ['copy', /副本|复制|转移|导出|portab|copy/i],
];

function factItem(detail: DocumentDetail, id: ChecklistItemId, kind: 'operator' | 'storage_location' | 'cross_border' | 'retention', missing: string): ChecklistItem {
  const fact = detail.facts.find((f) => f.kind === kind);
  if (fact) return item(id, 'pass', formatFact(fact), factEvidence(detail, fact));
  if (kind === 'operator' && detail.operator.length > 0) return item(id, 'pass', detail.operator.join('; '));
  return item(id, 'fail', missing);
}

function responseTimeItem(detail: DocumentDetail): ChecklistItem {
  const facts = detail.facts.filter((f) => f.kind === 'response_time');
  if (facts.length === 0) return item('response_time', 'unclear', 'no response time stated');
  const best = facts.reduce((a, b) => ((b.value as ResponseTime).days < (a.value as ResponseTime).days ? b : a));
  const v = best.value as ResponseTime;
  const text = formatResponseTime(v);
  const evidence = factEvidence(detail, best);
  // 15 working days is the GB/T 35273 ceiling; 15 calendar days is stricter, 21 roughly equal.
  if (v.days <= 15) return item('response_time', 'pass', `${text} ≤ 15 working days`, evidence);
  if (!v.workdays && v.days <= 21) return item('response_time', 'unclear', `${text} may exceed 15 working days`, evidence);
  return item('response_time', 'fail', `${text} > 15 working days`, evidence);
}

function sectionRanges(cell: MatrixCell): { nstart: number; nend: number }[] {
  return cell.sections.map((s) => ({ nstart: s.nstart, nend: s.nend }));
}

function checklistFor(detail: DocumentDetail, cells: Cells): ChecklistItem[] {
  const items: ChecklistItem[] = [];
  items.push(factItem(detail, 'operator', 'operator', 'no operator identity found'));

  const channels = detail.facts.filter((f) => f.kind === 'email' || f.kind === 'phone' || f.kind === 'address');
  items.push(channels.length > 0
    ? item('contact', 'pass', [...new Set(channels.map((f) => `${f.kind}: ${formatFact(f)}`))].slice(0, 4).join('; '), factEvidence(detail, channels[0]))
    : item('contact', 'fail', 'no e-mail, phone or address'));

  items.push(responseTimeItem(detail));

  const storage = factItem(detail, 'storage_location', 'storage_location', 'storage location not stated');
  if (storage.status === 'fail') {
    const ev = findEvidence(detail, /(?:存储|保存|存放)[^。；;]{0,20}(?:中华人民共和国|中国|境内|境外)|(?:境内|境外)[^。；;]{0,10}(?:存储|保存)|stored?\s+(?:in|on)\s+(?:servers?\s+)?(?:in|located)/i);
    items.push(ev ? item('storage_location', 'unclear', 'location mentioned but not extracted as a fact', ev) : storage);
  } else items.push(storage);

  const cross = factItem(detail, 'cross_border', 'cross_border', 'no cross-border stance');
  if (cross.status === 'fail') {
    const ev = findEvidence(detail, /跨境|出境|向境外|cross-border|transfer(?:red)? (?:outside|abroad|internationally)/i);
    items.push(ev ? item('cross_border', 'unclear', 'cross-border mentioned, stance unclear', ev) : cross);
  } else items.push(cross);

  const retention = factItem(detail, 'retention', 'retention', 'no retention period');
  items.push(retention.status === 'fail' && cells.retention.status !== 'absent'
    ? item('retention', 'unclear', 'retention discussed without a period', findEvidence(detail, /保存|保留|存储期限|retain|retention/i, sectionRanges(cells.retention)))
    : retention);

  const sdks = detail.facts.filter((f) => f.kind === 'sdk');
  if (sdks.length > 0) items.push(item('sdk_list', 'pass', `${sdks.length} SDK(s) listed`, factEvidence(detail, sdks[0])));
  else if (cells.sdk.status !== 'absent') items.push(item('sdk_list', 'unclear', 'SDKs discussed, no list extracted', findEvidence(detail, /SDK/i, sectionRanges(cells.sdk))));
  else items.push(item('sdk_list', 'fail', 'no third-party SDK list'));

  const age = detail.facts.find((f) => f.kind === 'minor_age');
  if (cells.minors.status === 'present') {
    const ev = age ? factEvidence(detail, age) : findEvidence(detail, /未成年|儿童|minor|child/i, sectionRanges(cells.minors));
    items.push(item('minors', 'pass', age ? `minors' section, age ${String(age.value)}` : "minors' section", ev));
  } else if (cells.minors.status === 'mentioned' || age) {
    items.push(item('minors', 'unclear', 'minors mentioned without a section', age ? factEvidence(detail, age) : findEvidence(detail, /未成年|儿童|minor|child/i)));
  } else items.push(item('minors', 'fail', 'minors not addressed'));

  const deletion = findEvidence(detail, /注销[^。；;]{0,10}(?:账号|账户|帐号|帐户)|(?:账号|账户|帐号|帐户)[^。；;]{0,6}注销|delete your account|account deletion|close your account/i);
  items.push(deletion ? item('account_deletion', 'pass', 'account deletion path described', deletion) : item('account_deletion', 'fail', 'no account deletion (注销) path'));

  const rightsRanges = sectionRanges(cells.rights);
  const found = RIGHTS.filter(([, re]) => findEvidence(detail, re, rightsRanges));
  const missing = RIGHTS.filter((r) => !found.includes(r)).map(([name]) => name);
  const rightsEvidence = found.length > 0 ? findEvidence(detail, found[0][1], rightsRanges) : null;
  if (cells.rights.status === 'absent' && found.length < RIGHTS.length) items.push(item('rights', 'fail', `no rights section; missing ${missing.join(', ')}`, rightsEvidence));
  else if (missing.length === 0) items.push(item('rights', 'pass', 'access, correct, delete, withdraw consent, copy', rightsEvidence));
  else items.push(item('rights', found.length >= 3 ? 'unclear' : 'fail', `missing ${missing.join(', ')}`, rightsEvidence));

  const notice = findEvidence(detail, /通知|告知|公告|弹窗|推送|提示|notify|notice|inform/i, sectionRanges(cells.updates));
  if (cells.updates.status === 'present') items.push(notice ? item('update_notice', 'pass', 'users are notified of changes', notice) : item('update_notice', 'unclear', 'update section without notification'));
  else items.push(item('update_notice', cells.updates.status === 'mentioned' ? 'unclear' : 'fail', 'no policy update section'));

  const effective = detail.facts.find((f) => f.kind === 'effective_date');
  if (detail.dates.effective) items.push(item('effective_date', 'pass', detail.dates.effective, effective ? factEvidence(detail, effective) : null));
  else if (detail.dates.updated || detail.dates.published) items.push(item('effective_date', 'unclear', `only ${detail.dates.updated ? 'updated' : 'published'} date ${detail.dates.updated ?? detail.dates.published}`));
  else items.push(item('effective_date', 'fail', 'no effective date'));
  return items;
}

export function buildChecklists(reader: LibraryReader): AppChecklist[] {
  const corrections = groupCorrections(reader.listCorrections());
  const out: AppChecklist[] = [];
  for (const app of reader.listApps()) {
    const detail = reader.getDocumentDetail(app.latest);
    if (!detail) continue;
    const cells = buildCells(detail, correctedTopics(detail, corrections));
    out.push({ app: app.name, appId: app.id, document: app.latest, items: checklistFor(detail, cells) });
  }
  return out;
}

export { checklistFor };
