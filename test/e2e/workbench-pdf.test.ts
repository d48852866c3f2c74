/**
 * The workbench opens a published PDF package (issue 13): read in a Web Worker by pdf.js loaded
 * only then (never in the start scripts), its tables and its own 说明 checked together as the
 * CLI does, every finding saying on which page its figures are printed. The package is INVENTED
 * (test/sources/pdf-invented.ts) with two planted problems: the 一般公共预算支出表's 合计 on its
 * second page (第4页) and the 说明's 收入总计 (第1页). Screenshots under test-output/ (look at them).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { screenshot } from './browser';
import { servedPane } from './served-pane';
import { packagePdf } from '../sources/pdf-invented';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yusuan-wb-pdf-'));
const pane = servedPane();

test('a PDF package: tables and 说明 checked, findings with 第N页, pdf.js only in the worker', async () => {
  const file = path.join(dir, '某某局2026年部门预算公开.pdf');
  fs.writeFileSync(file, packagePdf({ gbeTotal: '1,300.00', narrativeIncome: '1,300.00' }));
  const w = await pane.open();
  try {
    const { page } = w;
    await page.waitForSelector('html[data-host="none"]');
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    const workers: string[] = [];
    page.on('worker', (wk) => workers.push(wk.url()));
    // the start scripts do not bring pdf.js
    expect(requested.some((u) => /pdfjs\//.test(u))).toBe(false);

    await page.getByTestId('workbook-file').setInputFiles(file);
    await page.getByTestId('workbook-name').filter({ hasText: '某某局2026年部门预算公开.pdf' }).waitFor({ timeout: 60000 });
    expect(workers.some((u) => u.endsWith('/pdf-worker.js'))).toBe(true);
    await page.getByTestId('pdf-notes').waitFor();
    await page.getByRole('button', { name: '一键检查' }).click();
    await page.getByTestId('summary').waitFor({ timeout: 60000 });
    await expect(page.getByTestId('summary-tables').textContent()).resolves.toBe('表格 2 张');

    // the table's 合计 on the continuation page, its lines on both: the sheet says 第3页 only
    const gbe = page.getByTestId('finding').filter({ hasText: '一般公共预算支出表' }).filter({ hasText: '1300' }).first();
    await gbe.waitFor();
    await expect(gbe.getByTestId('finding-pages').textContent()).resolves.toBe('页码：第3、4页');
    // the 说明 (the prose page) was checked with the tables, without pasting it
    const narrative = page.getByTestId('finding').filter({ hasText: '说明中' }).filter({ hasText: '1300' }).first();
    await narrative.waitFor();
    await expect(narrative.getByTestId('finding-pages').textContent()).resolves.toBe('页码：第1、2页'); // its line, and the table's figure
    await screenshot(page, 'workbench-pdf-findings');
    await narrative.scrollIntoViewIfNeeded();
    await screenshot(page, 'workbench-pdf-narrative');

    // going to the finding shows the table read from the PDF in the preview
    await gbe.click();
    await page.getByText('2026年一般公共预算支出表').first().waitFor();
    await screenshot(page, 'workbench-pdf-table');

    // a file named .pdf that is not one: the Chinese reason, no crash
    const fake = path.join(dir, '不是PDF.pdf');
    fs.writeFileSync(fake, 'PK\u0003\u0004 not a pdf at all');
    await page.getByTestId('workbook-file').setInputFiles(fake);
    await page.getByText(/文件不是 PDF/).waitFor({ timeout: 30000 });
    await screenshot(page, 'workbench-pdf-refused');

    expect(requested.filter((u) => /pdfjs\//.test(u)).length).toBeGreaterThan(0);
    expect(w.foreignRequests).toEqual([]);
    expect(w.pageErrors).toEqual([]);
  } finally {
    await w.context.close();
  }
});
