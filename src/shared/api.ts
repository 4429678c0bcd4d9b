/**
 * The one typed contract between the renderer and the main process.
 * The preload builds each method as `ipcRenderer.invoke(channels[k], ...args)`, `src/main/ipc`
 * registers a handler per channel typed against this interface, and the browser-test transport
 * derives from the same map. Arguments and results are plain data.
 */
import type {
  AppChecklist,
  AppHistory,
  Comparison,
  Correction,
  DocumentDetail,
  ExportRequest,
  ExportResult,
  FactKind,
  IndexProgress,
  LibraryState,
  Matrix,
  SearchHit,
  VersionDiff,
} from './types';
import type { TopicId } from './taxonomy';

export type UiLanguage = 'zh' | 'en';

export interface Settings {
  /** null until the user picks a language; until then the UI follows the system language. */
  language: UiLanguage | null;
  recentFolders: string[];
}

export interface CorrectionInput {
  documentId: number;
  sectionId: number;
  kind: Correction['kind'];
  topic?: TopicId | null;
  factKind?: FactKind | null;
  factValue?: string | null;
}

export interface MatrixQuery {
  /** appId → documentId of the version to show; apps not listed show their latest version. */
  versions?: Record<number, number>;
}

export interface PolicyLensApi {
  /** Native folder picker; null when cancelled. */
  chooseFolder(): Promise<string | null>;
  /** Starts indexing a folder in the background and returns the job's first progress report. */
  indexFolder(folder: string): Promise<IndexProgress>;
  indexProgress(jobId: number): Promise<IndexProgress>;
  cancelIndex(jobId: number): Promise<IndexProgress>;
  getLibrary(): Promise<LibraryState>;
  getDocument(documentId: number): Promise<DocumentDetail>;
  getMatrix(query: MatrixQuery): Promise<Matrix>;
  compareTopic(topic: TopicId, documentIds: number[]): Promise<Comparison>;
  getHistory(appId: number): Promise<AppHistory>;
  diffVersions(oldDocumentId: number, newDocumentId: number): Promise<VersionDiff>;
  search(query: string, limit: number): Promise<SearchHit[]>;
  getChecklist(): Promise<AppChecklist[]>;
  /** Native save dialog (xlsx) or folder picker (csv); null when cancelled. */
  chooseExportTarget(format: ExportRequest['format']): Promise<string | null>;
  exportWorkbook(request: ExportRequest): Promise<ExportResult>;
  listCorrections(): Promise<Correction[]>;
  addCorrection(input: CorrectionInput): Promise<Correction>;
  removeCorrection(correctionId: number): Promise<void>;
  getSettings(): Promise<Settings>;
  setSettings(patch: Partial<Settings>): Promise<Settings>;
  /** Opens an http(s) URL in the system browser; anything else is refused. */
  openExternal(url: string): Promise<void>;
  /** Reveals an indexed document or an exported file in the system file manager. */
  showInFolder(path: string): Promise<void>;
}

export type ApiMethod = keyof PolicyLensApi;

export const channels = {
  chooseFolder: 'dialog/chooseFolder',
  indexFolder: 'library/index',
  indexProgress: 'library/progress',
  cancelIndex: 'library/cancel',
  getLibrary: 'library/get',
  getDocument: 'document/get',
  getMatrix: 'matrix/get',
  compareTopic: 'compare/topic',
  getHistory: 'history/get',
  diffVersions: 'diff/get',
  search: 'search/query',
  getChecklist: 'checklist/get',
  chooseExportTarget: 'dialog/chooseExport',
  exportWorkbook: 'export/run',
  listCorrections: 'corrections/list',
  addCorrection: 'corrections/add',
  removeCorrection: 'corrections/remove',
  getSettings: 'settings/get',
  setSettings: 'settings/set',
  openExternal: 'shell/openExternal',
  showInFolder: 'shell/showInFolder',
} as const satisfies Record<ApiMethod, string>;

export type Channel = (typeof channels)[ApiMethod];

export const API_METHODS = Object.keys(channels) as ApiMethod[];

/** Errors cross IPC as messages; this prefix lets the renderer tell a user-facing error from a crash. */
export const USER_ERROR_PREFIX = 'PolicyLensError: ';

/** Builds an API object from any transport that can call a channel with arguments. */
export function createApiClient(call: (channel: Channel, args: unknown[]) => Promise<unknown>): PolicyLensApi {
  const api = {} as Record<ApiMethod, (...args: unknown[]) => Promise<unknown>>;
  for (const method of API_METHODS) {
    api[method] = (...args: unknown[]) => call(channels[method], args);
  }
  return api as unknown as PolicyLensApi;
}

// ---------------------------------------------------------------- desktop extras (additive)

/** Commands the native menu (and a second app launch) push to the renderer. */
export const menuCommands = ['openFolder', 'export', 'find', 'language'] as const;
export type MenuCommandId = (typeof menuCommands)[number];

export interface MenuCommand {
  command: MenuCommandId;
  /** openFolder: the folder to open (none = ask with the picker); language: 'zh' | 'en'. */
  arg?: string;
}

/** The one main → renderer push channel. */
export const MENU_COMMAND_CHANNEL = 'menu/command';

/**
 * Desktop-only helpers the preload exposes beside `api` as `window.desktop`. Absent in a plain
 * browser, so the renderer treats it as optional.
 */
export interface DesktopBridge {
  /** Subscribes to menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** Absolute path of a dropped file or folder (sandboxed renderers cannot read `File.path`). */
  pathForFile(file: File): string;
}
