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
    for (let t = 0; t < vec.size; t++) {
      const b = vec.touched[t];
      const r = row[b];
      if (r < 0) continue;
      const v = vec.counts[b];
      const base = r * k;
      for (let c = 0; c < k; c++) out[c] += w[base + c] * v;
    }
    for (let c = 0; c < k; c++) out[c] = 1 / (1 + Math.exp(-out[c]));
    return out;
  }
}
