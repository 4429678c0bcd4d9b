// Offset maps are mostly the identity plus a shift (normalisation only drops or folds a few
// characters), so they are stored as runs: 4 bytes per char made the texts table 4× the text.
// Layout (Int32 little-endian): [RUNS_MAGIC, length, (start, source)…]; a run covers
// normalised indices start… up to the next run's start, mapping start + k → source + k.
// Legacy blobs are the raw Int32 array; their first value is a source index, never negative.

const RUNS_MAGIC = -1;

/** Run-length encoded bytes of `offsets`, or the raw array when that is smaller. */
export function encodeOffsets(offsets: Int32Array): Uint8Array {
  const n = offsets.length;
  let runs = n > 0 ? 1 : 0;
  for (let i = 1; i < n; i++) if (offsets[i] !== offsets[i - 1] + 1) runs++;
  if (2 + runs * 2 >= n) return new Uint8Array(offsets.buffer, offsets.byteOffset, offsets.byteLength);
  const out = new Int32Array(2 + runs * 2);
  out[0] = RUNS_MAGIC;
  out[1] = n;
  let k = 2;
  for (let i = 0; i < n; i++) {
    if (i === 0 || offsets[i] !== offsets[i - 1] + 1) {
      out[k++] = i;
      out[k++] = offsets[i];
    }
  }
  return new Uint8Array(out.buffer);
}

/** Inverse of `encodeOffsets`; also reads legacy raw blobs. Always returns a fresh array. */
export function decodeOffsets(blob: Uint8Array): Int32Array {
  const copy = new Uint8Array(blob.byteLength);
  copy.set(blob);
  const raw = new Int32Array(copy.buffer, 0, copy.byteLength >> 2);
  if (raw.length < 2 || raw[0] !== RUNS_MAGIC) return raw;
  const n = raw[1];
  const out = new Int32Array(n);
  for (let k = 2; k < raw.length; k += 2) {
    const start = raw[k];
    const end = k + 2 < raw.length ? raw[k + 2] : n;
    const source = raw[k + 1];
    for (let i = start; i < end; i++) out[i] = source + (i - start);
  }
  return out;
}
