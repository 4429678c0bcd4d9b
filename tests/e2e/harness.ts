// Browser harness for end-to-end tests: serves the BUILT renderer from 127.0.0.1, runs the REAL
// main-process services on a temp database, and gives the page a `window.api` built from the same
// channel map the preload uses. Only the four OS-level shell methods are stand-ins.
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { channels, type ApiMethod, type PolicyLensApi } from '../../src/shared/api';
import { CONTENT_SECURITY_POLICY } from '../../src/main/shell/window-options';
import { REPO } from '../helpers/paths';

export const CHROMIUM = '/usr/bin/chromium';
export const RENDERER_DIR = join(REPO, 'out', 'renderer');
const WORKER = join(REPO, 'out', 'main', 'index-worker.js');
export const SCREENSHOTS = join(REPO, 'tests', 'e2e', 'screenshots');

/** Why the browser tests cannot run here, or null when they can. */
export function browserSkipReason(): string | null {
  if (!existsSync(CHROMIUM)) return `no Chromium at ${CHROMIUM} (apt-get install chromium)`;
  return null;
}

/** Builds once when the renderer or the index worker is missing (scripts/test.sh builds first anyway). */
export function ensureBuilt(): void {
  if (existsSync(join(RENDERER_DIR, 'index.html')) && existsSync(WORKER)) return;
  execSync('npx electron-vite build', { cwd: REPO, stdio: 'ignore' });
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.woff2': 'font/woff2', '.json': 'application/json',
};

function serveStatic(root: string): Promise<Server> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const file = normalize(join(root, decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname)));
    if (!file.startsWith(root + sep) || !existsSync(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    // The same CSP the Electron session sets as a header.
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Content-Security-Policy': CONTENT_SECURITY_POLICY });
    res.end(readFileSync(file));
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

export interface ShellCalls {
  chooseFolder: number;
  exportTargets: string[];
  opened: string[];
  revealed: string[];
}

export interface Harness {
  page: Page;
  baseUrl: string;
  /** Every URL the page requested. */
  requests: string[];
  pageErrors: string[];
  shellCalls: ShellCalls;
  /** The same handlers the page talks to, for test setup from the Node side. */
  api: PolicyLensApi;
  exportDir: string;
  close(): Promise<void>;
}

export interface HarnessOptions {
  /** What the native folder picker "returns". */
  folder: string;
  locale?: string;
  viewport?: { width: number; height: number };
}

export async function startHarness(options: HarnessOptions): Promise<Harness> {
  ensureBuilt();
  // Loaded lazily so a missing stage shows up as this test's failure, not an import crash.
  const { createApiHandlers, createServices } = await import('../../src/main/ipc');
  const work = mkdtempSync(join(tmpdir(), 'pl-e2e-'));
  const exportDir = join(work, 'exports');
  // A native save dialog only ever returns a path in an existing folder.
  mkdirSync(exportDir, { recursive: true });
  const services = createServices({ dbPath: join(work, 'library.db'), workerPath: WORKER });
  const shellCalls: ShellCalls = { chooseFolder: 0, exportTargets: [], opened: [], revealed: [] };
  const api: PolicyLensApi = {
    ...createApiHandlers(services),
    async chooseFolder() {
      shellCalls.chooseFolder++;
      return resolve(options.folder);
    },
    async chooseExportTarget(format) {
      const target = format === 'xlsx' ? join(exportDir, 'policy-lens.xlsx') : exportDir;
      shellCalls.exportTargets.push(target);
      return target;
    },
    async openExternal(url) {
      shellCalls.opened.push(url);
    },
    async showInFolder(path) {
      shellCalls.revealed.push(path);
    },
  };
  const byChannel = new Map<string, ApiMethod>(Object.entries(channels).map(([method, channel]) => [channel, method as ApiMethod]));

  const server = await serveStatic(RENDERER_DIR);
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser: Browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const context = await browser.newContext({ locale: options.locale ?? 'zh-CN', viewport: options.viewport ?? { width: 1440, height: 900 } });
  const page = await context.newPage();
  const requests: string[] = [];
  const pageErrors: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('pageerror', (error) => pageErrors.push(error.message));

  await page.exposeFunction('__policyLensInvoke', async (channel: string, args: unknown[]) => {
    const method = byChannel.get(channel);
    if (!method) throw new Error(`unknown channel ${channel}`);
    const handler = api[method] as (...a: unknown[]) => Promise<unknown>;
    return handler(...args);
  });
  // Same shape as the preload: one method per entry of the shared channel map.
  await page.addInitScript((channelMap: Record<string, string>) => {
    type Invoke = (channel: string, args: unknown[]) => Promise<unknown>;
    const target = window as unknown as { __policyLensInvoke: Invoke; api: Record<string, (...args: unknown[]) => Promise<unknown>> };
    const client: Record<string, (...args: unknown[]) => Promise<unknown>> = {};
    for (const [method, channel] of Object.entries(channelMap)) {
      client[method] = (...args: unknown[]) => target.__policyLensInvoke(channel, args);
    }
    target.api = client;
  }, channels as Record<string, string>);

  return {
    page, baseUrl, requests, pageErrors, shellCalls, api, exportDir,
    async close() {
      await browser.close().catch(() => {});
      await new Promise<void>((ok) => server.close(() => ok()));
      services.close();
    },
  };
}

/** Waits until an indexing job reaches a final state (for Node-side setup). */
export async function waitForIndex(api: PolicyLensApi, jobId: number, timeoutMs = 120_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const p = await api.indexProgress(jobId);
    if (p.state !== 'running') return;
    if (Date.now() > until) throw new Error('indexing did not finish');
    await new Promise((ok) => setTimeout(ok, 100));
  }
}

/** Opens the folder from the Library view and waits for the job to end; a failed job fails with its message. */
export async function openFolderAndWait(page: Page, timeoutMs = 120_000): Promise<void> {
  await page.click('[data-test="open-folder"]');
  await page.waitForSelector('[data-test="index-summary"], [data-test="index-failed"], .state-error', { timeout: timeoutMs });
  const error = page.locator('[data-test="index-failed"], .state-error');
  if (await error.count()) throw new Error(`indexing failed on screen: ${await error.textContent()}`);
}
