// The learnt linear model: one logistic regression per class over hashed n-gram features.
// Weights are trained offline by scripts/train-topics.mjs and shipped as model-weights.json
// (present-bucket bitmap + int8 weights, base64) so they are bundled with the app.
import { FeatureVector, HASH_BITS } from './features';
import { MODEL_CLASSES } from './classes';

export interface ModelFile {
  version: number;
  hashBits: number;
  classes: string[];
  bias: number[];
  /** Per-class multiplier turning int8 weights back into floats. */
  scale: number[];
  /** Bitmap over 2^hashBits buckets (base64): which buckets have a weight row. */
  present: string;
  /** int8 weights (base64), one row of `classes.length` per present bucket, in bucket order. */
  weights: string;
}

export class TopicModel {
  readonly classCount: number;
  private readonly row = new Int32Array(1 << HASH_BITS).fill(-1);
  private readonly w: Float32Array;
  private readonly bias: Float64Array;
  private readonly dense: Int8Array;
  private readonly scale: Float64Array;
  private readonly vec = new FeatureVector();
  private readonly out: Float64Array;

  constructor(file: ModelFile) {
    if (file.hashBits !== HASH_BITS) throw new Error(`topic model built for ${file.hashBits} hash bits, code uses ${HASH_BITS}`);
    if (file.classes.join() !== MODEL_CLASSES.join()) throw new Error('topic model classes do not match MODEL_CLASSES');
    const k = file.classes.length;
    this.classCount = k;
    const present = Buffer.from(file.present, 'base64');
    const raw = Buffer.from(file.weights, 'base64');
    let n = 0;
    for (let b = 0; b < 1 << HASH_BITS; b++) if (present[b >> 3] & (1 << (b & 7))) this.row[b] = n++;
    if (n * k !== raw.length) throw new Error(`topic model weights: expected ${n * k} bytes, found ${raw.length}`);
    this.w = new Float32Array(n * k);
    const signed = new Int8Array(raw.buffer, raw.byteOffset, raw.length);
    for (let i = 0; i < signed.length; i++) this.w[i] = signed[i] * file.scale[i % k];
    this.bias = Float64Array.from(file.bias);
    // Int8 weights by bucket (absent buckets all zero): one 2.6 MB table read once per feature,
    // instead of a row index (1 MB) and then a float row (4.8 MB) — the dot product waits on memory.
    this.dense = new Int8Array(k === 10 ? (1 << HASH_BITS) * k : 0);
    if (k === 10) {
      for (let b = 0; b < 1 << HASH_BITS; b++) {
        const r = this.row[b];
        if (r >= 0) for (let c = 0; c < k; c++) this.dense[b * k + c] = signed[r * k + c];
      }
    }
    this.scale = Float64Array.from(file.scale);
    this.out = new Float64Array(k);
  }

  /** Class probabilities for text[from, to) of a document in English or not, under the heading `context`
   * (features.ts). The returned array is reused by the next call. */
  predict(text: string, from = 0, to = text.length, context = '', english = false): Float64Array {
    const { vec, out, w, row } = this;
    const k = this.classCount;
    vec.fill(text, from, to, context, english);
    out.set(this.bias);
    if (k === 10) this.dot10(vec);
    else {
      const { touched, values, size } = vec;
      for (let t = 0; t < size; t++) {
        const r = row[touched[t]];
        if (r < 0) continue;
        const v = values[t];
        const base = r * k;
        for (let c = 0; c < k; c++) out[c] += w[base + c] * v;
      }
    }
    for (let c = 0; c < k; c++) out[c] = 1 / (1 + Math.exp(-out[c]));
    return out;
  }

  /** The dot products for the shipped ten classes, unrolled into locals: the hot loop of analyze.
   * Same additions in the same order as the generic loop, so the same doubles. */
  private dot10(vec: FeatureVector): void {
    const { out, dense: q, scale } = this;
    const { touched, values, size } = vec;
    // fround(q * scale) is exactly the float32 weight `w` holds.
    const f = Math.fround;
    const s0 = scale[0], s1 = scale[1], s2 = scale[2], s3 = scale[3], s4 = scale[4];
    const s5 = scale[5], s6 = scale[6], s7 = scale[7], s8 = scale[8], s9 = scale[9];
    let o0 = out[0], o1 = out[1], o2 = out[2], o3 = out[3], o4 = out[4];
    let o5 = out[5], o6 = out[6], o7 = out[7], o8 = out[8], o9 = out[9];
    for (let t = 0; t < size; t++) {
      const b = touched[t] * 10;
      // Absent buckets (and all-zero rows) add nothing: skipping them leaves the sums as they are.
      if ((q[b] | q[b + 1] | q[b + 2] | q[b + 3] | q[b + 4] | q[b + 5] | q[b + 6] | q[b + 7] | q[b + 8] | q[b + 9]) === 0) continue;
      const v = values[t];
      o0 += f(q[b] * s0) * v;
      o1 += f(q[b + 1] * s1) * v;
      o2 += f(q[b + 2] * s2) * v;
      o3 += f(q[b + 3] * s3) * v;
      o4 += f(q[b + 4] * s4) * v;
      o5 += f(q[b + 5] * s5) * v;
      o6 += f(q[b + 6] * s6) * v;
      o7 += f(q[b + 7] * s7) * v;
      o8 += f(q[b + 8] * s8) * v;
      o9 += f(q[b + 9] * s9) * v;
    }
    out[0] = o0, out[1] = o1, out[2] = o2, out[3] = o3, out[4] = o4;
    out[5] = o5, out[6] = o6, out[7] = o7, out[8] = o8, out[9] = o9;
  }
}
