// Clause alignment across 2–4 documents: progressive order-keeping DP on bigram Dice similarity,
// so equivalent clauses share a row and what only one app says stands alone.
import { bigrams, dice } from './text';

export interface AlignInput<T> {
  item: T;
  text: string;
}

/** Below this similarity two clauses are not "the same thing said twice". */
export const ALIGN_THRESHOLD = 0.3;

interface Row<T> {
  cells: (T | null)[];
  grams: Set<string>[];
}

/**
 * Aligns clause lists (one per document). Each new list is aligned to the rows built so far by a
 * Needleman–Wunsch style DP maximising the summed similarity of matched pairs (gaps cost 0),
 * which keeps each document's clause order.
 */
export function alignClauseLists<T>(lists: readonly AlignInput<T>[][]): { cells: (T | null)[]; similarity: number }[] {
  const width = lists.length;
  let rows: Row<T>[] = [];
  lists.forEach((list, doc) => {
    const grams = list.map((c) => bigrams(c.text));
    if (doc === 0) {
      rows = list.map((c, i) => ({ cells: cellsWith(width, 0, c.item), grams: [grams[i]] }));
      return;
    }
    rows = mergeList(rows, list, grams, doc, width);
  });
  return rows.map((r) => ({ cells: r.cells, similarity: meanPairwise(r.grams) }));
}

function cellsWith<T>(width: number, doc: number, item: T): (T | null)[] {
  const cells: (T | null)[] = new Array<T | null>(width).fill(null);
  cells[doc] = item;
  return cells;
}

function rowSimilarity(row: Row<unknown>, grams: Set<string>): number {
  let best = 0;
  for (const g of row.grams) best = Math.max(best, dice(g, grams));
  return best;
}

function mergeList<T>(rows: Row<T>[], list: readonly AlignInput<T>[], grams: Set<string>[], doc: number, width: number): Row<T>[] {
  const n = rows.length;
  const m = list.length;
  const sim: Float64Array[] = rows.map((r) => Float64Array.from(grams, (g) => rowSimilarity(r, g)));
  // score[i][j]: best total over rows[0..i) and list[0..j)
  const score: Float64Array[] = Array.from({ length: n + 1 }, () => new Float64Array(m + 1));
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      const s = sim[i - 1][j - 1];
      const diag = s >= ALIGN_THRESHOLD ? score[i - 1][j - 1] + s : -Infinity;
      score[i][j] = Math.max(diag, score[i - 1][j], score[i][j - 1]);
    }
  }
  const merged: Row<T>[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const s = i > 0 && j > 0 ? sim[i - 1][j - 1] : 0;
    if (i > 0 && j > 0 && s >= ALIGN_THRESHOLD && score[i][j] === score[i - 1][j - 1] + s) {
      const row = rows[i - 1];
      row.cells[doc] = list[j - 1].item;
      row.grams.push(grams[j - 1]);
      merged.push(row);
      i--; j--;
    } else if (j > 0 && (i === 0 || score[i][j] === score[i][j - 1])) {
      merged.push({ cells: cellsWith(width, doc, list[j - 1].item), grams: [grams[j - 1]] });
      j--;
    } else {
      merged.push(rows[i - 1]);
      i--;
    }
  }
  return merged.reverse();
}

function meanPairwise(grams: Set<string>[]): number {
  if (grams.length < 2) return 0;
  let total = 0;
  let pairs = 0;
  for (let a = 0; a < grams.length; a++) {
    for (let b = a + 1; b < grams.length; b++) {
      total += dice(grams[a], grams[b]);
      pairs++;
    }
  }
  return Math.round((total / pairs) * 1000) / 1000;
}
