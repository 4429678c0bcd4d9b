// A labelled page as a reader copies it out of the browser: the page (a CA4P or markdown page rendered as HTML first,
// bench/render-pages.mjs) loaded in Chromium with scripts and network off, its `document.body.innerText` saved as text.
// Headings lose their marks and levels, list items their bullets and numbers, and a page of plain text in one `<div>`
// runs together into one line. Used by `node bench/score-headings.mjs --as copied` (docs/decisions/0002, round 48).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { renderedPath } from './render-pages.mjs';

const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const dir = join(tmpdir(), 'policy-lens-rendered');
let browser = null;
let page = null;

async function openPage() {
  if (page) return page;
  if (!existsSync(CHROMIUM)) throw new Error(`--as copied needs Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM)`);
  const { chromium } = await import('playwright-core');
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  const context = await browser.newContext({ javaScriptEnabled: false });
  await context.route('**/*', (route) => (route.request().url().startsWith('file:') ? route.continue() : route.abort()));
  page = await context.newPage();
  return page;
}

/** The path of the text a reader copies from `path` shown in a browser (txt pages other than CA4P's are read as they are). */
export async function copiedPath(path) {
  const html = /\.html?$/i.test(path) ? path : renderedPath(path, 'html');
  if (!/\.html?$/i.test(html)) return path;
  const p = await openPage();
  // (Decoded as the app decodes it: a page that declares no charset would otherwise read as mojibake, `闅愮鏀跨瓥`.)
  const { decodeText } = await import('../src/main/ingest/decode.ts');
  await p.setContent(decodeText(readFileSync(html)).text, { waitUntil: 'domcontentloaded' });
  const text = await p.evaluate(() => (document.body ? document.body.innerText : ''));
  mkdirSync(dir, { recursive: true });
  const out = join(dir, `copied_${basename(path).replace(/\.[^.]+$/, '')}.txt`);
  writeFileSync(out, text);
  return out;
}

export async function closeCopier() {
  await browser?.close();
  browser = page = null;
}
