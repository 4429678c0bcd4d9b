// An analyst's walk through every view in Debian Chromium, against the real services.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpus, hasShared, SEEDS } from '../helpers/paths';
import { TOPIC_BY_ID } from '../../src/shared/taxonomy';
import { hideMarkup } from '../../src/renderer/src/lib/markup';
import { browserSkipReason, openFolderAndWait, SCREENSHOTS, startHarness, type Harness } from './harness';

const skip = browserSkipReason() ?? (hasShared ? null : 'no ../shared data');
if (skip) console.warn(`analyst walkthrough skipped: ${skip}`);

const UCLOUD = corpus('zh_policy_versions', 'ucloud_app_privacy');
const VERSIONS = ['ucloud_app_privacy__2024-09-20.md', 'ucloud_app_privacy__2025-11-27.md'];

describe.skipIf(skip !== null)('analyst walkthrough', () => {
  let h: Harness;
  let page: Page;
  let folder: string;
  const shot = (name: string) => page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: false });
  const count = (selector: string) => page.locator(selector).count();

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'pl-walk-'));
    for (const name of readdirSync(SEEDS)) copyFileSync(join(SEEDS, name), join(folder, name));
    for (const name of VERSIONS) copyFileSync(join(UCLOUD, name), join(folder, name));
    mkdirSync(SCREENSHOTS, { recursive: true });
    h = await startHarness({ folder });
    page = h.page;
    await page.goto(h.baseUrl);
  });
  afterAll(async () => {
    await h?.close();
  });

  it('opens a folder, shows progress, then the library', async () => {
    await page.waitForSelector('text=尚未打开任何文件夹。');
    await shot('library-empty');
    // The job may finish before the first poll on a fast machine, so watch for progress while waiting.
    const sawProgress = page.waitForSelector('[data-test="progress-count"]', { timeout: 120_000 }).then(() => true, () => false);
    await openFolderAndWait(page);
    expect(h.shellCalls.chooseFolder).toBe(1);
    expect(await sawProgress || (await h.api.getLibrary()).documents.length > 0).toBe(true);
    const files = readdirSync(folder).length;
    const library = await h.api.getLibrary();
    const ok = library.documents.filter((d) => d.status === 'ok').length;
    expect(ok).toBe(files);
    expect(await page.textContent('[data-test="document-count"]')).toBe(String(ok));
    expect(await count('[data-test="documents"] tbody tr')).toBe(ok);
    expect(await page.textContent('[data-test="folders"]')).toContain(folder);
    const ucloud = library.documents.filter((d) => d.path.includes('ucloud'));
    expect(ucloud).toHaveLength(2);
    expect(ucloud[0].appId).toBe(ucloud[1].appId);
    await shot('library');
  });

  it('shows the matrix of 5+ apps with status colours, legend and fact chips', async () => {
    await page.click('[data-test="nav-matrix"]');
    await page.waitForSelector('[data-test="matrix-row"]');
    const matrix = await h.api.getMatrix({});
    expect(matrix.apps.length).toBeGreaterThanOrEqual(5);
    expect(await count('[data-test="matrix-row"]')).toBe(matrix.apps.length);
    expect(await page.textContent('[data-test="app-count"]')).toContain(String(matrix.apps.length));
    const present = matrix.apps.reduce((n, r) => n + Object.values(r.cells).filter((c) => c.status === 'present').length, 0);
    expect(await count('[data-test="matrix-row"] [data-status="present"]')).toBe(present);
    for (const app of matrix.apps) expect(await page.textContent('[data-test="matrix"]')).toContain(app.app);
    expect(await page.textContent('.legend')).toContain('有专门章节');
    // "Who changed their response time in the last version?": sorting by the change column puts
    // the app whose latest version changed it first, with the changed fact named.
    const changed = matrix.apps.filter((r) => r.changes?.some((c) => c.kind === 'response_time'));
    expect(changed.map((r) => r.app)).toEqual(['UCloud']);
    await page.click('[data-test="sort-changes"]');
    const firstRow = page.locator('[data-test="matrix-row"]').first();
    expect(await firstRow.locator('.app-name').textContent()).toBe('UCloud');
    expect(await firstRow.locator('[data-test="changes"]').textContent()).toContain('答复期限');
    expect(await firstRow.locator('[data-test="changes"]').getAttribute('title')).toMatch(/答复期限: .*15个工作日.* → .*15日/);
    await page.click('[data-test="sort-changes"]');
    await page.locator('.head.sticky-col').click();
    // Keyboard: the cursor moves and Enter opens the cell under it.
    await page.focus('[data-test="matrix"]');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowDown');
    expect(await count('.cell.active')).toBe(1);
    await shot('matrix');
  });

  it('opens a cell with its section text and highlighted fact spans', async () => {
    const matrix = await h.api.getMatrix({});
    // The contact cell of an app whose contact section carries facts (e-mail, phone, response time).
    const row = matrix.apps.find((r) => r.cells.contact.status === 'present' && r.cells.contact.facts.length > 0);
    expect(row, 'an app with a contact section and facts').toBeTruthy();
    await page.fill('[data-test="app-filter"]', row!.app);
    await page.click('[data-test="matrix-row"] [data-topic="contact"]');
    await page.waitForSelector('[data-test="cell-section"]');
    expect(await page.textContent('[data-test="cell-topic"]')).toBe(TOPIC_BY_ID.contact.zh);
    expect(await page.textContent('[data-test="cell-app"]')).toBe(row!.app);
    expect(await count('[data-test="cell-section"]')).toBe(row!.cells.contact.sections.length);
    expect(await page.textContent('[data-test="heading-path"]')).toContain(row!.cells.contact.sections[0].heading);
    const marks = await page.locator('[data-test="cell-section"] mark.mark-fact').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    const detail = await h.api.getDocument(row!.document);
    const factTexts = detail.facts.map((f) => detail.text.slice(f.nstart, f.nend));
    for (const mark of marks) expect(factTexts.some((t) => t.includes(mark))).toBe(true);
    await shot('cell-detail');
    // Escape goes back to the matrix with the keyboard cursor still usable.
    await page.keyboard.press('Escape');
    await page.waitForSelector('[data-test="matrix"]');
    expect(await count('[data-test="cell-detail"]')).toBe(0);
    await page.keyboard.press('ArrowDown');
    expect(await count('.cell.active')).toBe(1);
    await page.fill('[data-test="app-filter"]', '');
  });

  it('compares three apps on cookies side by side', async () => {
    const matrix = await h.api.getMatrix({});
    const withCookies = matrix.apps.filter((r) => r.cells.cookies.status !== 'absent').slice(0, 3);
    const chosen = withCookies.length === 3 ? withCookies : [...withCookies, ...matrix.apps.filter((r) => !withCookies.includes(r))].slice(0, 3);
    await page.click('[data-test="nav-compare"]');
    await page.selectOption('[data-test="compare-topic"]', 'cookies');
    for (const row of chosen) await page.locator('[data-test="compare-apps"] label', { hasText: row.app }).first().click();
    await page.click('[data-test="compare-run"]');
    await page.waitForSelector('[data-test="compare-grid"]');
    const comparison = await h.api.compareTopic('cookies', chosen.map((r) => r.document));
    expect(await page.locator('[data-test="compare-app"]').allTextContents()).toEqual(comparison.documents.map((d) => d.app));
    expect(await count('[data-test="compare-row"]')).toBe(comparison.rows.length);
    expect(comparison.rows.length).toBeGreaterThan(0);
    const firstText = comparison.rows[0].cells.find((c) => c !== null)!.text;
    const gridText = (await page.textContent('[data-test="compare-grid"]'))!;
    expect(gridText).toContain(hideMarkup(firstText));
    // Policies carry literal `<br>` and `**`; the clauses show text, not markup.
    expect(gridText).not.toMatch(/<br\s*\/?>|\*\*/i);
    await shot('compare');
  });

  it('diffs the two ucloud versions and shows the response-time change first', async () => {
    await page.click('[data-test="nav-history"]');
    await page.waitForSelector('[data-test="diff"]');
    const library = await h.api.getLibrary();
    const ucloud = library.apps.find((a) => a.versions.length === 2)!;
    expect(await page.inputValue('[data-test="history-app"]')).toBe(String(ucloud.id));
    const diff = await h.api.diffVersions(ucloud.versions[0], ucloud.versions[1]);
    const response = diff.factChanges.find((f) => f.kind === 'response_time');
    expect(response, 'the response time changed between 2024-09-20 and 2025-11-27').toBeTruthy();
    const factTable = await page.textContent('[data-test="fact-changes"]');
    expect(factTable).toContain('答复期限');
    for (const value of [response!.old, response!.new]) if (value) expect(factTable).toContain(value);
    const shown = diff.changes.filter((c) => c.significance !== 'formatting' && c.significance !== 'date').length;
    expect(await count('[data-test="change"]')).toBe(shown);
    expect(await count('[data-test="change"] ins, [data-test="change"] del')).toBeGreaterThan(0);
    await page.click('[data-test="hide-minor"]');
    expect(await count('[data-test="change"]')).toBe(diff.changes.length);
    if (diff.changes.length > 1) {
      await page.locator('body').press('n');
      expect(await page.locator('[data-test="change"]').nth(1).getAttribute('class')).toContain('current');
      await page.locator('body').press('k');
      expect(await page.locator('[data-test="change"]').nth(0).getAttribute('class')).toContain('current');
    }
    await shot('history-diff');
  });

  it('searches 境内 and opens a document at the hit', async () => {
    await page.click('[data-test="nav-search"]');
    await page.fill('[data-test="search-input"]', '境内');
    await page.press('[data-test="search-input"]', 'Enter');
    await page.waitForSelector('[data-test="search-group"]');
    const hits = await h.api.search('境内', 200);
    const docs = new Set(hits.map((x) => x.documentId)).size;
    expect(await count('[data-test="search-group"]')).toBe(docs);
    const marked = await page.locator('[data-test="search-hit"] mark.mark-hit').allTextContents();
    expect(marked.length).toBe(hits.length);
    for (const m of marked) expect(m).toContain('境内');
    await shot('search');
    await page.locator('[data-test="search-hit"]').first().click();
    await page.waitForSelector('[data-test="document-view"] mark.mark-target');
    expect(await page.textContent('[data-test="document-view"] mark.mark-target')).toContain('境内');
    expect(await page.locator('mark.mark-target').isVisible()).toBe(true);
    await shot('document');
  });

  it('exports a workbook and shows it in its folder', async () => {
    await page.click('[data-test="nav-export"]');
    await page.click('[data-test="export-run"]');
    await page.waitForSelector('[data-test="export-done"], [data-test="export-error"]', { timeout: 50_000 });
    const error = page.locator('[data-test="export-error"]');
    if (await error.count()) throw new Error(`export failed on screen: ${await error.textContent()}`);
    const file = join(h.exportDir, 'policy-lens.xlsx');
    expect(existsSync(file)).toBe(true);
    expect(await page.textContent('[data-test="export-done"]')).toContain('policy-lens.xlsx');
    await page.click('[data-test="export-show"]');
    await expect.poll(() => h.shellCalls.revealed).toEqual([file]);
    await shot('export');
  });

  it('switches the UI to English and touched only the local server', async () => {
    await page.click('[data-test="lang-en"]');
    expect(await page.textContent('[data-test="nav-library"]')).toContain('Library');
    expect((await h.api.getSettings()).language).toBe('en');
    await page.click('[data-test="nav-matrix"]');
    await page.waitForSelector('[data-test="matrix-row"]');
    expect(await page.textContent('.legend')).toContain('present');
    await shot('matrix-en');
    expect(h.requests.filter((url) => !url.startsWith(h.baseUrl))).toEqual([]);
    expect(h.pageErrors).toEqual([]);
  });
});
