// Multi-row INSERTs: one statement step per chunk of rows instead of one per row, which is
// where most of the per-row cost of small rows (sections, facts, fingerprints) goes.
import type Database from 'better-sqlite3';

const CHUNK_ROWS = 64;

export class MultiInsert {
  private readonly byCount = new Map<number, Database.Statement>();

  /** `head` is `INSERT … INTO t (a, b)`; every row must have `columns` values. */
  constructor(
    private readonly db: Database.Database,
    private readonly head: string,
    private readonly columns: number,
  ) {}

  private statement(rows: number): Database.Statement {
    let stmt = this.byCount.get(rows);
    if (!stmt) {
      const tuple = `(${new Array(this.columns).fill('?').join(', ')})`;
      stmt = this.db.prepare(`${this.head} VALUES ${new Array(rows).fill(tuple).join(', ')}`);
      this.byCount.set(rows, stmt);
    }
    return stmt;
  }

  /** Inserts `rows` (each an array of `columns` values) in chunks of at most CHUNK_ROWS. */
  run(rows: readonly unknown[][]): void {
    const flat: unknown[] = [];
    for (const row of rows) for (const v of row) flat.push(v);
    this.runFlat(flat);
  }

  /** Inserts rows given as one flat list of values, `columns` per row. */
  runFlat(values: readonly unknown[]): void {
    const per = CHUNK_ROWS * this.columns;
    for (let from = 0; from < values.length; from += per) {
      const chunk = values.length - from <= per && from === 0 ? values : values.slice(from, from + per);
      this.statement(chunk.length / this.columns).run(chunk);
    }
  }
}
