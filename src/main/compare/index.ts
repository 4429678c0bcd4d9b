// Public API of the compare stage: pure functions over the stored analysis (read through LibraryReader).
export type { DiffSide } from './diff-side';
export { buildMatrix, factColumns } from './matrix';
export { compareTopic, topicClauses } from './compare-topic';
export { alignClauseLists } from './align';
export { diffDocuments, diffStoredVersions } from './diff';
export { buildHistory } from './history';
export { buildChecklists } from './checklist';
export { exportComparison } from './export';
export { neutralise, MAX_CELL_CHARS, TRUNCATION_MARKER } from './neutralise';
export { sectionKey, sectionKeyOf, stripNumbering } from './text';
export { wordDiff, tokenize } from './word-diff';
export { formatFact } from './fact-format';
