#!/usr/bin/env node
// Renders resources/icon.svg to resources/icon.png (512×512, transparent corners) with the Chromium the
// browser tests use; the PNG is committed, so this only runs when the SVG changes.
//   node scripts/render-icon.mjs [path/to/chromium]   (default /usr/bin/chromium, as tests/e2e/harness.ts)
import { readFileSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const svg = readFileSync(new URL('../resources/icon.svg', import.meta.url), 'utf8');
const browser = await chromium.launch({ executablePath: process.argv[2] ?? '/usr/bin/chromium' });
try {
  const page = await browser.newPage({ viewport: { width: 512, height: 512 } });
  await page.setContent(`<body style="margin:0">${svg}</body>`);
  writeFileSync(new URL('../resources/icon.png', import.meta.url), await page.locator('svg').screenshot({ omitBackground: true }));
} finally {
  await browser.close();
}
