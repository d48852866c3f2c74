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
