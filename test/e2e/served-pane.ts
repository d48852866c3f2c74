/**
 * One test file's environment: dist/web served on a free port and Debian's chromium launched
 * before its tests, both closed after them; `open` starts the workbench page in it.
 */
import * as path from 'path';
import type { Browser } from 'playwright-core';
import { launch, openWorkbench, type PageWatch } from './browser';
import { serveStatic, type StaticServer } from './server';

const DIST = path.resolve(__dirname, '..', '..', 'dist', 'web');

export interface ServedPane {
  open: (opts?: { clipboard?: boolean }) => Promise<PageWatch>;
}

export function servedPane(): ServedPane {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await serveStatic(DIST);
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return { open: (opts) => openWorkbench(browser!, server!.url, opts) };
}
