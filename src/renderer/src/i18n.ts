// The UI's two languages: a typed dictionary (English defines the keys, Chinese must match).
import { ref } from 'vue';
import type { UiLanguage } from '../../shared/api';
import { TOPIC_BY_ID, type TopicId } from '../../shared/taxonomy';
import type { CellStatus, ChangeKind, ChangeSignificance, ExportSheet, FactKind } from '../../shared/types';

const en = {
  appTitle: 'Policy Lens',
  'nav.library': 'Library', 'nav.matrix': 'Matrix', 'nav.compare': 'Compare', 'nav.history': 'History',
  'nav.search': 'Search', 'nav.export': 'Export',
  'common.loading': 'Loading…', 'common.retry': 'Retry', 'common.back': 'Back', 'common.close': 'Close',
  'common.cancel': 'Cancel', 'common.error': 'Something went wrong', 'common.all': 'All',
  'library.open': 'Open folder…', 'library.rescan': 'Re-scan', 'library.folders': 'Folders',
  'library.documents': 'Documents', 'library.failed': 'Files that could not be read',
  'library.empty': 'No folder opened yet.', 'library.emptyHint': 'Open a folder of privacy policies, or drop one onto this window.',
  'library.indexing': 'Indexing', 'library.progress': '{done} of {total} files', 'library.cancelled': 'Indexing cancelled.', 'library.jobFailed': 'Indexing failed:',
  'library.doneSummary': 'Indexed {indexed}, unchanged {skipped}, failed {failed}.',
  'col.app': 'App', 'col.version': 'Version', 'col.format': 'Format', 'col.encoding': 'Encoding', 'col.status': 'Status',
  'col.path': 'File', 'col.error': 'Error', 'col.date': 'Date',
  'status.ok': 'indexed', 'status.failed': 'failed',
  'matrix.empty': 'No apps indexed yet — open a folder in the Library.', 'matrix.filterApps': 'Filter apps',
  'matrix.topic': 'Topic', 'matrix.allTopics': 'All topics', 'matrix.legend': 'Legend', 'matrix.apps': '{n} apps',
  'matrix.storage': 'Storage', 'matrix.response': 'Response', 'matrix.contact': 'Contact',
  'matrix.changes': 'Changed in this version', 'matrix.changesShort': 'Changed', 'matrix.datesOnly': 'dates only', 'matrix.noChanges': 'no fact changed',
  'matrix.keys': 'Arrow keys move, Enter opens a cell.',
  'cell.headingPath': 'Section', 'cell.openDocument': 'Open full document', 'cell.facts': 'Facts',
  'cell.noSection': 'This app has no section on this topic.', 'cell.mentions': 'Mentioned elsewhere',
  'cell.corrections': 'Corrections', 'cell.moveTo': 'Move section to…', 'cell.move': 'Move',
  'cell.removeTopic': 'Remove this topic', 'cell.markWrong': 'Mark wrong', 'cell.saved': 'Correction saved.',
  'cell.repeated': 'stated {n} times',
  'compare.pick': 'Pick 2–4 apps and a topic', 'compare.run': 'Compare', 'compare.boilerplate': 'boilerplate · in {pct} of documents',
  'compare.unique': 'unique', 'compare.rows': '{n} aligned clauses', 'compare.empty': 'Choose a topic and 2–4 apps.',
  'compare.tooMany': 'At most 4 apps.', 'compare.nothing': '—',
  'history.app': 'App', 'history.versions': 'Versions', 'history.changes': '{n} changes', 'history.substantive': '{n} substantive',
  'history.old': 'Old', 'history.new': 'New', 'history.diff': 'Show changes', 'history.hideMinor': 'Hide formatting and date changes',
  'history.factChanges': 'Fact changes', 'history.noChanges': 'No changes.', 'history.keys': 'n / j next change · p / k previous',
  'history.next': 'Next', 'history.prev': 'Previous', 'history.movedFrom': 'moved from “{from}” to “{to}”',
  'history.pickApp': 'Pick an app to see its versions.', 'history.single': 'Only one version of this app is indexed.',
  'search.placeholder': 'Search all policies…', 'search.run': 'Search', 'search.results': '{n} documents',
  'search.none': 'No matches for “{q}”.', 'search.hits': '{n} hits', 'search.prompt': 'Type words in Chinese or English.',
  'doc.showInFolder': 'Show in folder', 'doc.sections': 'Sections',
  'export.apps': 'Apps', 'export.sheets': 'Sheets', 'export.format': 'Format', 'export.run': 'Export…',
  'export.running': 'Exporting…', 'export.done': 'Exported {rows} rows to {n} file(s).', 'export.show': 'Show in folder',
  'export.noApps': 'Nothing to export yet — open a folder first.', 'export.allApps': 'All apps',
  'drop.hint': 'Drop a folder to open it',
} as const;

export type MessageKey = keyof typeof en;

const zh: Record<MessageKey, string> = {
  appTitle: 'Policy Lens 隐私政策透镜',
  'nav.library': '文档库', 'nav.matrix': '矩阵', 'nav.compare': '对比', 'nav.history': '版本历史',
  'nav.search': '搜索', 'nav.export': '导出',
  'common.loading': '加载中…', 'common.retry': '重试', 'common.back': '返回', 'common.close': '关闭',
  'common.cancel': '取消', 'common.error': '出错了', 'common.all': '全部',
  'library.open': '打开文件夹…', 'library.rescan': '重新扫描', 'library.folders': '文件夹',
  'library.documents': '文档', 'library.failed': '无法读取的文件',
  'library.empty': '尚未打开任何文件夹。', 'library.emptyHint': '打开一个存放隐私政策的文件夹，或将文件夹拖入窗口。',
  'library.indexing': '正在索引', 'library.progress': '{done} / {total} 个文件', 'library.cancelled': '已取消索引。', 'library.jobFailed': '索引失败：',
  'library.doneSummary': '已索引 {indexed}，未变化 {skipped}，失败 {failed}。',
  'col.app': '应用', 'col.version': '版本', 'col.format': '格式', 'col.encoding': '编码', 'col.status': '状态',
  'col.path': '文件', 'col.error': '错误', 'col.date': '日期',
  'status.ok': '已索引', 'status.failed': '失败',
  'matrix.empty': '尚无已索引的应用——请先在文档库中打开文件夹。', 'matrix.filterApps': '筛选应用',
  'matrix.topic': '主题', 'matrix.allTopics': '全部主题', 'matrix.legend': '图例', 'matrix.apps': '{n} 个应用',
  'matrix.storage': '存储地', 'matrix.response': '答复期限', 'matrix.contact': '联系方式',
  'matrix.changes': '本版相对上一版变更的要素', 'matrix.changesShort': '本版变更', 'matrix.datesOnly': '仅日期', 'matrix.noChanges': '要素未变',
  'matrix.keys': '方向键移动，回车打开单元格。',
  'cell.headingPath': '章节', 'cell.openDocument': '打开全文', 'cell.facts': '要素',
  'cell.noSection': '该应用没有此主题的章节。', 'cell.mentions': '其他位置提及',
  'cell.corrections': '人工校正', 'cell.moveTo': '将章节移至…', 'cell.move': '移动',
  'cell.removeTopic': '移除此主题', 'cell.markWrong': '标记错误', 'cell.saved': '校正已保存。',
  'cell.repeated': '出现 {n} 次',
  'compare.pick': '选择 2–4 个应用和一个主题', 'compare.run': '对比', 'compare.boilerplate': '通用条款 · {pct} 的文档包含',
  'compare.unique': '独有', 'compare.rows': '{n} 行对齐条款', 'compare.empty': '请选择一个主题和 2–4 个应用。',
  'compare.tooMany': '最多 4 个应用。', 'compare.nothing': '—',
  'history.app': '应用', 'history.versions': '版本', 'history.changes': '{n} 处变更', 'history.substantive': '{n} 处实质变更',
  'history.old': '旧版', 'history.new': '新版', 'history.diff': '查看变更', 'history.hideMinor': '隐藏格式和日期变更',
  'history.factChanges': '要素变更', 'history.noChanges': '没有变更。', 'history.keys': 'n / j 下一处 · p / k 上一处',
  'history.next': '下一处', 'history.prev': '上一处', 'history.movedFrom': '从“{from}”移至“{to}”',
  'history.pickApp': '选择一个应用查看其版本。', 'history.single': '该应用只索引了一个版本。',
  'search.placeholder': '搜索全部政策…', 'search.run': '搜索', 'search.results': '{n} 个文档',
  'search.none': '没有找到“{q}”。', 'search.hits': '{n} 处命中', 'search.prompt': '输入中文或英文关键词。',
  'doc.showInFolder': '在文件夹中显示', 'doc.sections': '章节',
  'export.apps': '应用', 'export.sheets': '工作表', 'export.format': '格式', 'export.run': '导出…',
  'export.running': '正在导出…', 'export.done': '已导出 {rows} 行，共 {n} 个文件。', 'export.show': '在文件夹中显示',
  'export.noApps': '暂无可导出的内容——请先打开文件夹。', 'export.allApps': '全部应用',
  'drop.hint': '松开以打开该文件夹',
};

const STATUS: Record<CellStatus, { zh: string; en: string }> = {
  present: { zh: '有专门章节', en: 'present' },
  mentioned: { zh: '仅提及', en: 'mentioned' },
  absent: { zh: '未涉及', en: 'absent' },
};
const CHANGE_KIND: Record<ChangeKind, { zh: string; en: string }> = {
  added: { zh: '新增', en: 'added' }, removed: { zh: '删除', en: 'removed' },
  modified: { zh: '修改', en: 'modified' }, moved: { zh: '移动', en: 'moved' },
};
const SIGNIFICANCE: Record<ChangeSignificance, { zh: string; en: string }> = {
  formatting: { zh: '格式', en: 'formatting' }, date: { zh: '日期', en: 'date' },
  wording: { zh: '措辞', en: 'wording' }, substantive: { zh: '实质', en: 'substantive' },
};
const FACT_KIND: Record<FactKind, { zh: string; en: string }> = {
  app_name: { zh: '应用名称', en: 'App name' }, email: { zh: '邮箱', en: 'E-mail' }, phone: { zh: '电话', en: 'Phone' },
  address: { zh: '地址', en: 'Address' }, response_time: { zh: '答复期限', en: 'Response time' },
  storage_location: { zh: '存储地点', en: 'Storage location' }, cross_border: { zh: '跨境传输', en: 'Cross-border' },
  published_date: { zh: '发布日期', en: 'Published' }, effective_date: { zh: '生效日期', en: 'Effective' },
  updated_date: { zh: '更新日期', en: 'Updated' }, operator: { zh: '运营者', en: 'Operator' },
  minor_age: { zh: '未成年人年龄', en: 'Minors\' age' }, retention: { zh: '保存期限', en: 'Retention' },
  sdk: { zh: 'SDK', en: 'SDK' }, permission: { zh: '权限', en: 'Permission' },
};

/** Sheet names stay English in the workbook (formulas and scripts refer to them); the UI explains them. */
const SHEET: Record<ExportSheet, { zh: string; en: string }> = {
  Matrix: { zh: '主题矩阵', en: 'Topic matrix' }, Facts: { zh: '要素', en: 'Facts' }, Sections: { zh: '章节', en: 'Sections' },
  Checklist: { zh: '合规清单', en: 'Checklist' }, Changes: { zh: '版本变更', en: 'Version changes' },
  Provenance: { zh: '来源', en: 'Provenance' },
};

export function detectLanguage(browserLanguage: string | undefined): UiLanguage {
  return (browserLanguage ?? '').toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

/** The current UI language; the settings store sets it from the saved settings. */
export const language = ref<UiLanguage>(detectLanguage(typeof navigator === 'undefined' ? 'en' : navigator.language));

export const messages: Record<UiLanguage, Record<MessageKey, string>> = { en, zh };

export function t(key: MessageKey, params: Record<string, string | number> = {}): string {
  const template = messages[language.value][key];
  return template.replace(/\{(\w+)\}/g, (_m, name: string) => (name in params ? String(params[name]) : `{${name}}`));
}

export const topicLabel = (id: TopicId) => TOPIC_BY_ID[id][language.value];
export const statusLabel = (s: CellStatus) => STATUS[s][language.value];
export const changeKindLabel = (k: ChangeKind) => CHANGE_KIND[k][language.value];
export const significanceLabel = (s: ChangeSignificance) => SIGNIFICANCE[s][language.value];
export const factKindLabel = (k: FactKind) => FACT_KIND[k][language.value];
export const sheetLabel = (sheet: ExportSheet) => SHEET[sheet][language.value];

/** For templates: `const { t } = useI18n()`; reading `language` inside keeps them reactive. */
export function useI18n() {
  return { t, language, topicLabel, statusLabel, changeKindLabel, significanceLabel, factKindLabel, sheetLabel };
}
