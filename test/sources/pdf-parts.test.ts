/**
 * Reading in Node (src/sources/pdf-node.ts): one document's pages read by two workers sharing a
 * page counter give exactly what one worker reads, every page list included (pages read turned,
 * rotated text left out); a kept worker read again gives the same; a worker stopped by the hang
 * guard is not handed out again. Invented pages.
 */
import { extractPdfInNode } from '../../src/sources/pdf-node';
import type { PdfDocumentContent } from '../../src/sources/pdf-types';
import { HEAD } from './pdf-invented';
import { buildPdf, ruledTable, type TestPage } from './pdf-writer';

function page(n: number, extra: Partial<TestPage> = {}): TestPage {
  const t = ruledTable(40, 100, [170, 90, 170, 90], [
    ['项目', '预算数', '项目', '预算数'],
    [`${n}、一般公共预算拨款收入`, `${n},234.56`, '一、一般公共服务支出', `${n},234.56`],
    ['收入总计', `${n},234.56`, '支出总计', `${n},234.56`],
  ]);
  return { texts: [HEAD, { x: 300, y: 70, s: `2026年部门收支总表${n}` }, ...t.texts], lines: t.lines, ...extra };
}

const STAMP = { x: 200, y: 300, s: '某某市某某局财务专用章某某市某某局财务专用章某某市某某局财务专用章', angle: 30 };
const PAGES: TestPage[] = [page(1), page(2, { turn: 'sideways' }), page(3, { slanted: [STAMP] }), page(4), page(5, { turn: 'rotate' }), page(6, { slanted: [STAMP] }), page(7)];

async function read(parts: number): Promise<PdfDocumentContent> {
  const c = await extractPdfInNode(new Uint8Array(buildPdf(PAGES)), { parts });
  if ('failure' in c) throw new Error(c.message);
  return c;
}

describe('reading a PDF in worker threads', () => {
  test('two workers read what one reads, in page order, every page list joined', async () => {
    const one = await read(1);
    expect(one.pages.map((p) => p.page)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(one.turnedPages).toEqual([2]);
    expect(one.rotatedTextPages).toEqual([3, 6]);
    expect(await read(2)).toEqual(one);
    // the kept workers read the same document again
    expect(await read(2)).toEqual(one);
  });

  test('pages past maxPages are reported as not read, whichever worker takes them', async () => {
    const c = await extractPdfInNode(new Uint8Array(buildPdf(PAGES)), { parts: 2, maxPages: 3 });
    if ('failure' in c) throw new Error(c.message);
    expect(c.pages.map((p) => p.page)).toEqual([1, 2, 3]);
    expect(c.failedPages).toEqual([4, 5, 6, 7]);
  });

  test('after the hang guard stopped a worker, the next document is read by a working one', async () => {
    // a page heavy enough that no warm worker reads it within the 1 ms guard (seven small pages
    // can be read faster than that on a quiet machine, and the guard restarts at every page)
    const rows = Array.from({ length: 400 }, (_, i) => [`${i}、某某项目支出`, `${i},234.56`, `${i}、某某项目`, `${i},234.56`]);
    const heavy = ruledTable(40, 20, [170, 90, 170, 90], rows);
    const stopped = await extractPdfInNode(new Uint8Array(buildPdf([{ texts: heavy.texts, lines: heavy.lines }, ...PAGES])), { parts: 1, timeoutMs: 1 });
    expect(stopped).toMatchObject({ failure: 'timeout' });
    expect((await read(1)).pages).toHaveLength(7);
  });
});
