// Everything the API handlers need, opened once per process (the Electron shell, the browser-test transport).
import { join } from 'node:path';
import { IndexJobManager, workerRunner, type JobRunner } from '../index-job/jobs';
import { defaultDatabasePath, LibraryStore } from '../store';

export interface Services {
  store: LibraryStore;
  jobs: IndexJobManager;
  dbPath: string;
  close(): void;
}

export interface ServiceOptions {
  /** Library file; defaults to the per-user one shared with the CLI. */
  dbPath?: string;
  /** How index jobs run; defaults to a worker thread running `workerPath`. */
  runner?: JobRunner;
  /** Built worker entry; defaults to out/main/index-worker.js beside the bundled main. */
  workerPath?: string;
}

export function createServices(options: ServiceOptions = {}): Services {
  const dbPath = options.dbPath ?? defaultDatabasePath();
  const store = LibraryStore.open(dbPath);
  const runner = options.runner ?? workerRunner(options.workerPath ?? join(__dirname, 'index-worker.js'));
  return { store, jobs: new IndexJobManager(dbPath, runner), dbPath, close: () => store.close() };
}
