// Apps and their versions: the grouping analyze's groupAppVersions computes at the end of an index run,
// stored as rows, app ids kept by name.
import type Database from 'better-sqlite3';
import type { AppSummary } from '../../shared/types';

export interface AppGroupWrite {
  name: string;
  /** Oldest first. */
  versions: { documentId: number; date: string | null }[];
}

export class AppGroups {
  private readonly s;

  constructor(db: Database.Database) {
    this.s = {
      apps: db.prepare<[], { id: number; name: string; document_id: number }>(`SELECT a.id, a.name, av.document_id
        FROM apps a JOIN app_versions av ON av.app_id = a.id ORDER BY a.name, a.id, av.version`),
      upsertApp: db.prepare<[string], { id: number }>(
        'INSERT INTO apps (name) VALUES (?) ON CONFLICT(name) DO UPDATE SET name = excluded.name RETURNING id'),
      clearVersions: db.prepare('DELETE FROM app_versions'),
      ungrouped: db.prepare<[], number>(`SELECT EXISTS (SELECT 1 FROM documents d LEFT JOIN app_versions av
        ON av.document_id = d.id WHERE (d.status = 'ok') <> (av.document_id IS NOT NULL))
        OR EXISTS (SELECT 1 FROM app_versions GROUP BY app_id HAVING max(version) <> count(*))`).pluck(),
      insertVersion: db.prepare('INSERT INTO app_versions (document_id, app_id, version, version_date) VALUES (?, ?, ?, ?)'),
      dropEmptyApps: db.prepare('DELETE FROM apps WHERE id NOT IN (SELECT app_id FROM app_versions)'),
    };
  }

  list(): AppSummary[] {
    const apps: AppSummary[] = [];
    for (const row of this.s.apps.all()) {
      const last = apps[apps.length - 1];
      if (last && last.id === row.id) last.versions.push(row.document_id);
      else apps.push({ id: row.id, name: row.name, versions: [row.document_id], latest: row.document_id });
    }
    for (const app of apps) app.latest = app.versions[app.versions.length - 1];
    return apps;
  }

  /** See LibraryStore.appGroupsStale. */
  stale(): boolean {
    return this.s.ungrouped.get() === 1;
  }

  /** The caller runs this in a transaction. */
  replace(groups: readonly AppGroupWrite[]): void {
    this.s.clearVersions.run();
    for (const g of groups) {
      const { id } = this.s.upsertApp.get(g.name)!;
      g.versions.forEach((v, i) => this.s.insertVersion.run(v.documentId, id, i + 1, v.date));
    }
    this.s.dropEmptyApps.run();
  }
}
