// Hashed n-gram features shared by the offline trainer (scripts/train-topics.mjs) and inference.
// Chinese: character 1–3-grams inside runs of CJK characters. Latin text: lower-cased word
// unigrams and bigrams (digits folded to 0), plus 5-letter prefixes of longer words. Every n-gram is hashed straight from char codes into
// one of 2^HASH_BITS buckets, so featurising a section allocates no strings. The enclosing heading's
// n-grams, when given, are salted into buckets of their own (context features). Text of an English document
// also carries one language feature: the classes' biases are learnt mostly from Chinese data.
// Self-contained on purpose: node scripts load this file by type stripping.

export const HASH_BITS = 18;
const MASK = (1 << HASH_BITS) - 1;

const SEED_UNI = 0x9e3779b1;
const SEED_BI = 0x85ebca6b;
const SEED_TRI = 0xc2b2ae35;
const SEED_WORD = 0x27d4eb2f;
const SEED_WORD_BI = 0x165667b1;
const SEED_STEM = 0x3c6ef372;
const SEED_CONTEXT = 0x61c88647;
const SEED_LANGUAGE = 0x5bd1e995;
/** The language feature counts as this many occurrences (OPP cross-validated, folds 1–4: 1 → 8 → 30
 * gives .7769 → .7783 → .7773, none .7728). */
const LANGUAGE_WEIGHT = 8;
/** Long latin words also count by their first STEM letters: collect / collected / collection. */
const STEM = 5;

function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return (h ^ (h >>> 16)) & MASK;
}

const LANGUAGE_BUCKET = mix(SEED_LANGUAGE);

function isCjk(c: number): boolean {
  return (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0x2e80 && c <= 0x2fdf);
}

/** Sparse feature vector of one text, L2-normalised; reused between calls to avoid allocation. */
/** 1 + ln(n) for small counts, computed the same way as in `normalise` (most n-grams occur once or twice). */
const LOG_COUNT = Float64Array.from({ length: 256 }, (_, n) => 1 + Math.log(n));

export class FeatureVector {
  readonly counts = new Float32Array(1 << HASH_BITS);
  readonly touched = new Int32Array(1 << HASH_BITS);
  /** values[k] = counts[touched[k]] once normalised: lets a model read them in order, not by bucket. */
  readonly values = new Float32Array(1 << HASH_BITS);
  size = 0;

  /** Non-zero while context features are added: moves every n-gram to a bucket of its own. */
  private salt = 0;

  private add(bucket: number): void {
    if (this.salt !== 0) bucket = mix(bucket ^ this.salt);
    if (this.counts[bucket] === 0) this.touched[this.size++] = bucket;
    this.counts[bucket] += 1;
  }

  /**
   * Replaces the contents with the features of text[from, to), plus, when given, the n-grams of
   * `context` (the enclosing heading) as separate features: a paragraph under `如何共享` is about
   * sharing even when it does not say so. `english`: the document is English (the language feature).
   */
  fill(text: string, from = 0, to = text.length, context = '', english = false): void {
    this.clear();
    this.accumulate(text, from, to);
    if (english) for (let k = 0; k < LANGUAGE_WEIGHT; k++) this.add(LANGUAGE_BUCKET);
    if (context) {
      this.salt = SEED_CONTEXT;
      this.accumulate(context, 0, context.length);
      this.salt = 0;
    }
    this.normalise();
  }

  private accumulate(text: string, from: number, to: number): void {
    let c1 = -1; // previous CJK char in the current run
    let c2 = -1; // the one before it
    let word = 0; // running hash of the current latin word
    let wordLen = 0;
    let stem = 0; // hash of the current word's first STEM letters
    let prevWord = 0; // hash of the previous word in the current clause (0 = none)
    for (let i = from; i <= to; i++) {
      let c = i < to ? text.charCodeAt(i) : 32;
      if (c >= 65 && c <= 90) c += 32;
      else if (c >= 48 && c <= 57) c = 48;
      const latin = (c >= 97 && c <= 122) || c === 48;
      if (latin) {
        word = Math.imul(word ^ c, 0x01000193) | 0;
        wordLen++;
        if (wordLen === STEM) stem = word;
        c1 = c2 = -1;
        continue;
      }
      if (wordLen > 0) {
        const w = word ^ wordLen;
        this.add(mix(w ^ SEED_WORD));
        if (wordLen > STEM) this.add(mix(stem ^ SEED_STEM));
        if (prevWord !== 0) this.add(mix(Math.imul(prevWord, 31) ^ w ^ SEED_WORD_BI));
        prevWord = w || 1;
        word = 0;
        wordLen = 0;
      }
      if (isCjk(c)) {
        this.add(mix(Math.imul(c, 0x2545f491) ^ SEED_UNI));
        if (c1 >= 0) this.add(mix(Math.imul(c1, 0x2545f491) ^ Math.imul(c, 0x9e3779b9) ^ SEED_BI));
        if (c2 >= 0) this.add(mix(Math.imul(c2, 0x27d4eb2d) ^ Math.imul(c1, 0x2545f491) ^ Math.imul(c, 0x9e3779b9) ^ SEED_TRI));
        c2 = c1;
        c1 = c;
        prevWord = 0;
      } else {
        c1 = c2 = -1;
        // Spaces and hyphens keep an English clause together; other punctuation ends it.
        if (c !== 32 && c !== 45 && c !== 39) prevWord = 0;
      }
    }
  }

  private normalise(): void {
    const { counts, touched, values, size } = this;
    let sum = 0;
    for (let k = 0; k < size; k++) {
      const b = touched[k];
      const n = counts[b];
      const v = n < 256 ? LOG_COUNT[n] : 1 + Math.log(n);
      // Stored as float32 (as counts[b] always was), summed at full precision.
      counts[b] = v;
      values[k] = v;
      sum += v * v;
    }
    if (sum === 0) return;
    const inv = 1 / Math.sqrt(sum);
    for (let k = 0; k < size; k++) {
      const v = values[k] * inv;
      counts[touched[k]] = v;
      values[k] = v;
    }
  }

  clear(): void {
    for (let k = 0; k < this.size; k++) this.counts[this.touched[k]] = 0;
    this.size = 0;
  }
}
