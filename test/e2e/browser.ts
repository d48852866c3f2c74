/**
 * Debian's chromium driven by playwright-core (never a browser download). Every request that
 * would leave the machine is recorded and aborted: the tests assert there are none besides the
 * office.js CDN, which cannot load here, so the page must fall back to the workbench.
 */
import * as fs from 'fs';
import * as path from 'path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const OUTPUT_DIR = path.resolve(__dirname, '..', '..', 'test-output');
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

export function chromiumPath(): string {
  for (const p of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) if (fs.existsSync(p)) return p;
  throw new Error('找不到 Debian chromium：请先运行 apt-get install -y chromium（.ci/run 会安装）');
}

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
}

export interface PageWatch {
  page: Page;
  context: BrowserContext;
  /** Requests to anywhere but the local server, other than office.js. */
  foreignRequests: string[];
  /** Uncaught errors in the page's own scripts. */
  pageErrors: string[];
}

export async function openWorkbench(browser: Browser, baseUrl: string, opts: { clipboard?: boolean } = {}): Promise<PageWatch> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true, locale: 'zh-CN' });
  if (opts.clipboard) await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl.replace(/\/$/, '') });
  const foreignRequests: string[] = [];
  const pageErrors: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(baseUrl) || url.startsWith('blob:') || url.startsWith('data:')) return route.continue();
    if (url !== OFFICE_JS) foreignRequests.push(url);
    return route.abort('internetdisconnected');
  });
  const page = await context.newPage();
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto(baseUrl + 'taskpane.html');
  return { page, context, foreignRequests, pageErrors };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(OUTPUT_DIR, { recursive: true });
  const file = path.join(OUTPUT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: false });
  return file;
}

/** Open a workbook file in the workbench and run 一键检查 until the summary shows. */
export async function openAndCheck(page: Page, file: string): Promise<void> {
  await page.getByTestId('workbook-file').setInputFiles(file);
  await page.getByTestId('workbook-name').filter({ hasText: path.basename(file) }).waitFor();
  await page.getByRole('button', { name: '一键检查' }).click();
  await page.getByTestId('summary').waitFor({ timeout: 60000 });
}

/** Poll `read` until `ok` holds (UI that updates after a re-check); returns the last value read. */
export async function eventually<T>(read: () => Promise<T>, ok: (v: T) => boolean, timeoutMs = 15000): Promise<T> {
  const until = Date.now() + timeoutMs;
  let v = await read();
  while (!ok(v) && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 100));
    v = await read();
  }
  return v;
}
