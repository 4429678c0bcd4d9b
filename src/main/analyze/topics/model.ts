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
    this.out = new Float64Array(k);
  }

  /** Class probabilities for text[from, to). The returned array is reused by the next call. */
  predict(text: string, from = 0, to = text.length): Float64Array {
    const { vec, out, w, row } = this;
    const k = this.classCount;
    vec.fill(text, from, to);
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
    const { out, w, row } = this;
    const { touched, values, size } = vec;
    let o0 = out[0], o1 = out[1], o2 = out[2], o3 = out[3], o4 = out[4];
    let o5 = out[5], o6 = out[6], o7 = out[7], o8 = out[8], o9 = out[9];
    for (let t = 0; t < size; t++) {
      const r = row[touched[t]];
      if (r < 0) continue;
      const v = values[t];
      const b = r * 10;
      o0 += w[b] * v;
      o1 += w[b + 1] * v;
      o2 += w[b + 2] * v;
      o3 += w[b + 3] * v;
      o4 += w[b + 4] * v;
      o5 += w[b + 5] * v;
      o6 += w[b + 6] * v;
      o7 += w[b + 7] * v;
      o8 += w[b + 8] * v;
      o9 += w[b + 9] * v;
    }
    out[0] = o0, out[1] = o1, out[2] = o2, out[3] = o3, out[4] = o4;
    out[5] = o5, out[6] = o6, out[7] = o7, out[8] = o8, out[9] = o9;
  }
}
