import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText, ingestBuffer, ingestFile, IngestError, UTF8_REPLACED } from '../../../src/main/ingest';
import { htmlToText } from '../../../src/main/ingest/html';
import { corpus, seed } from '../../helpers/paths';

const OPP_1252 = ['1300_www.chicagomarathon.com.html', '1694_www.lids.com.html', '325_www.ocregister.com.html', '884_www.naturalnews.com.html', '98_www.neworleansonline.com.html'];
const roundTrip = (s: string, enc: string): string => iconv.decode(iconv.encode(s, enc), enc);

describe('decodeText', () => {
  it('decodes every seed as UTF-8', () => {
    for (const n of [0, 1, 2, 3, 4] as const) {
      const bytes = readFileSync(seed(n));
      const d = decodeText(bytes);
      expect(d.encoding).toBe('utf-8');
      expect(d.text).toBe(bytes.toString('utf8'));
    }
  });

  it('strips a UTF-8 BOM (zh_policy_versions sanmill md files)', async () => {
    const doc = await ingestFile(corpus('zh_policy_versions', 'sanmill_privacy_zh', (await import('node:fs')).readdirSync(corpus('zh_policy_versions', 'sanmill_privacy_zh'))[0]));
    expect(doc.encoding).toBe('utf-8');
    expect(doc.source.charCodeAt(0)).not.toBe(0xfeff);
  });

  it('detects UTF-16 LE and BE without BOM, and with BOM', () => {
    const text = readFileSync(seed(1), 'utf8');
    const le = iconv.encode(text, 'utf-16le');
    const be = iconv.encode(text, 'utf-16be');
    expect(decodeText(le)).toEqual({ text, encoding: 'utf-16le' });
    expect(decodeText(be)).toEqual({ text, encoding: 'utf-16be' });
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), le])).text).toBe(text);
    expect(decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), be])).encoding).toBe('utf-16be');
  });

  it('detects GBK/GB18030 conversions of every seed', () => {
    for (const n of [0, 1, 2, 3, 4] as const) {
      const text = readFileSync(seed(n), 'utf8');
      for (const enc of ['gbk', 'gb18030']) {
        const d = decodeText(iconv.encode(text, enc));
        expect(d.encoding).toBe('gb18030');
        expect(d.text).toBe(roundTrip(text, enc));
      }
    }
  });

  it('detects Big5 conversions of traditional-Chinese pages', () => {
    for (const page of ['17sing.tw.html', 'm.upliveapps.com.html', 'www.yoogame.com.html']) {
      const text = htmlToText(readFileSync(corpus('gplay_privacy_zh_html', page), 'utf8')).text;
      const d = decodeText(iconv.encode(text, 'big5'));
      expect(d.encoding).toBe('big5');
      expect(d.text).toBe(roundTrip(text, 'big5'));
    }
  });

  it('the GB2312 page decodes (declared gb2312 → gb18030) and contains 隐私保护制度', async () => {
    const doc = await ingestFile(corpus('w3school_gb2312', 'w3school.com.cn_about_privacy.gb2312.html'));
    expect(doc.encoding).toBe('gb18030');
    expect(doc.text).toContain('隐私保护制度');
    // and without the declaration the bytes alone are still recognised
    expect(decodeText(readFileSync(corpus('w3school_gb2312', 'w3school.com.cn_about_privacy.gb2312.html'))).encoding).toBe('gb18030');
  });

  it('盼未来 (round 28, fresh page): a page re-saved as UTF-8 under its old `<meta charset=gb2312>` reads as UTF-8; real GB2312 under it does not', async () => {
    const page = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"/></head><body><p align="left"><br/>隐私政策<br/>1 ．我们收集的信息<br/>本产品是由盼未来APP（以下简称“我们”）研发和运营的移动应用分发服务平台。</p></body></html>';
    const asUtf8 = await ingestBuffer(Buffer.from(page, 'utf8'), 'private.html');
    expect(asUtf8.encoding).toBe('utf-8');
    expect(asUtf8.text).toContain('本产品是由盼未来APP');
    const asGb = await ingestBuffer(iconv.encode(page, 'gb18030'), 'private.html');
    expect(asGb.encoding).toBe('gb18030');
    expect(asGb.text).toContain('本产品是由盼未来APP');
    // (A few bytes that happen to be valid UTF-8 do not outweigh the declaration: `é` declared as GB2312 stays GB18030.)
    expect(decodeText(Buffer.from('<p>caf\u00e9</p>', 'utf8'), 'gb2312').encoding).toBe('gb18030');
  });

  it('the five windows-1252 OPP pages decode as windows-1252 with their curly quotes intact', async () => {
    for (const f of OPP_1252) {
      const doc = await ingestFile(corpus('opp115', 'original_policies', f));
      expect(doc.encoding).toBe('windows-1252');
      expect(doc.text).not.toContain('\uFFFD');
      expect(doc.text).toMatch(/privacy/i);
    }
    const bytes = readFileSync(corpus('opp115', 'original_policies', OPP_1252[0]));
    expect(decodeText(bytes).encoding).toBe('windows-1252');
  });

  it('rejects binary data and keeps mostly-UTF-8 text with a documented replacement encoding', () => {
    const random = new Uint8Array(4096).map((_, i) => (i * 2654435761) >>> 24);
    expect(() => decodeText(random)).toThrow(new IngestError('binary content, not text'));
    const controls = Buffer.from('abc\x01\x02\x03\x04\x05def\x06\x07\x08'.repeat(50), 'latin1');
    expect(() => decodeText(controls)).toThrow('binary content, not text');
    const text = readFileSync(seed(4), 'utf8');
    const broken = Buffer.concat([Buffer.from(text.slice(0, 300)), Buffer.from([0xff, 0xc3]), Buffer.from(text.slice(300))]);
    const d = decodeText(broken);
    expect(d.encoding).toBe(UTF8_REPLACED);
    expect(d.text).toContain('\uFFFD');
    expect(d.text).toContain(text.slice(300, 400));
  });
});
