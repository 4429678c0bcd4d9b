// Worker-thread entry (built to out/main/index-worker.js), in one of two modes:
// - 'prepare': one of indexFolder's analysis workers; answers PrepareRequests with prepareFile.
// - default: indexes one folder off the UI thread for the app's job manager.
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { LibraryStore } from '../store';
import { IndexCancelledError, indexFolder } from './indexFolder';
import { defaultPipeline } from './defaultPipeline';
import type { WorkerMessage } from './jobs';
import { prepareFile } from './prepare';
import type { PrepareReply, PrepareRequest } from './preparePool';

function servePrepare(port: MessagePort): void {
  port.on('message', (m: PrepareRequest) => {
    void prepareFile(defaultPipeline, m.task).then((result) => {
      const blob = result.kind === 'ok' ? result.doc.offsetsBlob : null;
      // The encoded offsets are a fresh buffer: hand it over instead of copying it.
      const transfer = blob && blob.byteOffset === 0 && blob.byteLength === blob.buffer.byteLength ? [blob.buffer as ArrayBuffer] : [];
      port.postMessage({ id: m.id, result } satisfies PrepareReply, transfer);
    });
  });
}

async function indexJob(port: MessagePort): Promise<void> {
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

const port = parentPort;
if (!port) throw new Error('index-worker must run in a worker thread');
if ((workerData as { mode?: string } | null)?.mode === 'prepare') servePrepare(port);
else void indexJob(port);
