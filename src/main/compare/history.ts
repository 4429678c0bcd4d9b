// Version history of one app: each version with its change counts against the previous one.
import type { AppHistory, HistoryEntry } from '../../shared/types';
import type { LibraryReader } from '../store/reader';
import { countAtLeast, diffDocuments, sideFromReader } from './diff';

export function buildHistory(reader: LibraryReader, appId: number): AppHistory {
  const app = reader.listApps().find((a) => a.id === appId);
  if (!app) throw new Error(`app ${appId} is not in the library`);
  const versions: HistoryEntry[] = [];
  let previous: ReturnType<typeof sideFromReader> | null = null;
  app.versions.forEach((documentId, i) => {
    const side = sideFromReader(reader, documentId);
    const diff = previous ? diffDocuments(previous, side) : null;
    versions.push({
      document: documentId,
      path: side.path,
      version: i + 1,
      date: side.date ?? side.dates.effective ?? side.dates.updated ?? side.dates.published,
      changeCount: diff ? diff.changes.length : null,
      substantiveCount: diff ? countAtLeast(diff, 'substantive') : null,
      factChanges: diff ? diff.factChanges : [],
    });
    previous = side;
  });
  return { app: app.name, appId: app.id, versions };
}
