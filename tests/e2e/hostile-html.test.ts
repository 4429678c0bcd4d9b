// A policy full of markup: it must show as text, run nothing, and fetch nothing.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserSkipReason, openFolderAndWait, startHarness, type Harness } from './harness';

const skip = browserSkipReason();
if (skip) console.warn(`hostile html test skipped: ${skip}`);

const PAYLOAD = [
  '# 恶意应用隐私政策',
  '',
  '## 一、我们如何收集信息',
  '我们收集您的设备信息。<script>window.__pwned = "script"</script>',
  '<img src=x onerror="window.__pwned = \'img\'">',
  '',
  '## 二、联系我们',
  '请点击 <a href="javascript:window.__pwned=\'link\'">联系我们</a> 或发送邮件至 privacy@evil.example。',
  '<iframe src="https://evil.example/frame"></iframe><link rel="stylesheet" href="https://evil.example/x.css">',
  '我们将在15个工作日内答复。',
].join('\n');

describe.skipIf(skip !== null)('hostile policy text', () => {
  let h: Harness;
  let page: Page;

  beforeAll(async () => {
    const folder = mkdtempSync(join(tmpdir(), 'pl-hostile-'));
    writeFileSync(join(folder, 'evil_app_privacy.md'), PAYLOAD, 'utf8');
    h = await startHarness({ folder });
    page = h.page;
    await page.goto(h.baseUrl);
    await openFolderAndWait(page);
  });
  afterAll(async () => {
    await h?.close();
  });

  it('shows the markup as text everywhere and runs none of it', async () => {
    const [doc] = (await h.api.getLibrary()).documents;
    expect(doc.status).toBe('ok');
    await page.click('[data-test="documents"] tbody tr a');
    await page.waitForSelector('[data-test="document-text"]');
    const text = await page.textContent('[data-test="document-text"]');
    expect(text).toContain('<script>window.__pwned = "script"</script>');
    expect(text).toContain('onerror=');
    expect(await page.locator('[data-test="document-text"] script, [data-test="document-text"] img, [data-test="document-text"] a[href^="javascript"], [data-test="document-text"] iframe').count()).toBe(0);

    await page.click('[data-test="nav-search"]');
    await page.fill('[data-test="search-input"]', 'pwned');
    await page.press('[data-test="search-input"]', 'Enter');
    await page.waitForSelector('[data-test="search-hit"]');
    await page.click('[data-test="nav-matrix"]');
    await page.waitForSelector('[data-test="matrix-row"]');
    await page.click('[data-test="matrix-row"] [data-status="present"]');
    await page.waitForSelector('[data-test="cell-detail"]');
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
    expect(await page.locator('img, iframe, script:not([src])').count()).toBe(0);
  });

  it('makes no request outside the local server', () => {
    expect(h.requests.length).toBeGreaterThan(0);
    expect(h.requests.filter((url) => !url.startsWith(h.baseUrl))).toEqual([]);
    expect(h.pageErrors).toEqual([]);
  });
});
