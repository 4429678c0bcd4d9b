// Worker-thread entry (built to out/main/index-worker.js): indexes one folder off the UI thread.
import { parentPort, workerData } from 'node:worker_threads';
import { LibraryStore } from '../store';
import { IndexCancelledError, indexFolder } from './indexFolder';
import { defaultPipeline } from './defaultPipeline';
import type { WorkerMessage } from './jobs';

async function run(): Promise<void> {
  const port = parentPort;
  if (!port) throw new Error('index-worker must run in a worker thread');
  const { dbPath, folder } = workerData as { dbPath: string; folder: string };
  const post = (m: WorkerMessage) => port.postMessage(m);
  const controller = new AbortController();
  port.on('message', (m: { type?: string }) => {
    if (m?.type === 'cancel') controller.abort();
  });
  let store: LibraryStore | null = null;
  try {
    store = LibraryStore.open(dbPath);
    const summary = await indexFolder(store, folder, {
      pipeline: defaultPipeline,
      signal: controller.signal,
      onProgress: (p) => post({ type: 'progress', ...p }),
    });
    post({ type: 'done', summary });
  } catch (error) {
    if (error instanceof IndexCancelledError) post({ type: 'cancelled' });
    else post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  } finally {
    store?.close();
    port.close();
  }
}

void run();
