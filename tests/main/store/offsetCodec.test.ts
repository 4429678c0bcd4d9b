import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingestFile } from '../../../src/main/ingest';
import { decodeOffsets, encodeOffsets } from '../../../src/main/store/offsetCodec';
import { SEEDS, corpus, seed } from '../../helpers/paths';

const rawBlob = (o: Int32Array) => new Uint8Array(o.buffer.slice(o.byteOffset, o.byteOffset + o.byteLength));

describe('offset codec', () => {
  it('round-trips the offset maps of every seed and is much smaller than 4 bytes per character', async () => {
    for (const name of readdirSync(SEEDS)) {
      const doc = await ingestFile(`${SEEDS}/${name}`);
      const encoded = encodeOffsets(doc.offsets);
      expect(decodeOffsets(encoded)).toEqual(doc.offsets);
      expect(encoded.byteLength, name).toBeLessThan(doc.offsets.byteLength / 4);
    }
  });

  it('round-trips an HTML page whose normalisation drops markup (many short runs)', async () => {
    const dir = corpus('zh_policy_versions');
    const html = readdirSync(dir, { recursive: true }).map(String).find((f) => f.endsWith('.html'));
    expect(html).toBeDefined();
    const doc = await ingestFile(`${dir}/${html}`);
    expect(decodeOffsets(encodeOffsets(doc.offsets))).toEqual(doc.offsets);
  });

  it('still reads legacy raw Int32 blobs and keeps maps without runs raw', async () => {
    const doc = await ingestFile(seed(1));
    expect(decodeOffsets(rawBlob(doc.offsets))).toEqual(doc.offsets);
    const jumpy = Int32Array.from([5, 3, 9, 1, 7]);
    expect(encodeOffsets(jumpy)).toEqual(rawBlob(jumpy));
    expect(decodeOffsets(encodeOffsets(jumpy))).toEqual(jumpy);
    expect(decodeOffsets(encodeOffsets(new Int32Array(0)))).toEqual(new Int32Array(0));
  });
});
