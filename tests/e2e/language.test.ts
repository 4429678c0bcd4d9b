// First run follows the system language; a choice made in the UI is saved and wins from then on.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEEDS } from '../helpers/paths';
import { browserSkipReason, startHarness, type Harness } from './harness';

const skip = browserSkipReason();

describe.skipIf(skip !== null)('UI language', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ folder: SEEDS, locale: 'en-US' });
    await h.page.goto(h.baseUrl);
  });
  afterAll(async () => {
    await h?.close();
  });

  it('starts in the system language with nothing saved', async () => {
    await h.page.waitForSelector('[data-test="nav-library"]');
    expect(await h.page.textContent('[data-test="nav-library"]')).toContain('Library');
    expect(await h.page.getAttribute('.app-frame', 'lang')).toBe('en');
    expect((await h.api.getSettings()).language).toBeNull();
  });

  it('switches to Chinese from the UI, saves the choice and keeps it after a restart', async () => {
    await h.page.click('[data-test="lang-zh"]');
    expect(await h.page.textContent('[data-test="nav-library"]')).toContain('文档库');
    expect(await h.page.getAttribute('[data-test="lang-zh"]', 'aria-pressed')).toBe('true');
    await expect.poll(async () => (await h.api.getSettings()).language).toBe('zh');
    await h.page.reload();
    await h.page.waitForSelector('text=尚未打开任何文件夹。');
    expect(await h.page.textContent('[data-test="nav-library"]')).toContain('文档库');
    expect(h.pageErrors).toEqual([]);
  });
});
