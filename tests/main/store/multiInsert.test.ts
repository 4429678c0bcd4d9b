import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MultiInsert } from '../../../src/main/store/multiInsert';
import { fingerprintClauses } from '../../../src/main/analyze/clauses';
import { readFileSync } from 'node:fs';
import { seed } from '../../helpers/paths';

describe('MultiInsert', () => {
  it('inserts every row of a seed\'s fingerprints across several chunks, in order', () => {
    const db = new Database(':memory:');
    db.exec('CREATE TABLE t (i INTEGER, fp TEXT)');
    const fps = fingerprintClauses(readFileSync(seed(0), 'utf8'));
    expect(fps.length).toBeGreaterThan(130); // more than two chunks of 64
    new MultiInsert(db, 'INSERT INTO t (i, fp)', 2).run(fps.map((fp, i) => [i, fp]));
    expect(db.prepare('SELECT fp FROM t ORDER BY i').pluck().all()).toEqual(fps);
    const flat: unknown[] = [];
    fps.slice(0, 3).forEach((fp, i) => flat.push(1000 + i, fp));
    new MultiInsert(db, 'INSERT INTO t (i, fp)', 2).runFlat(flat);
    expect(db.prepare('SELECT count(*) FROM t').pluck().get()).toBe(fps.length + 3);
    new MultiInsert(db, 'INSERT INTO t (i, fp)', 2).run([]);
    expect(db.prepare('SELECT count(*) FROM t').pluck().get()).toBe(fps.length + 3);
  });
});
