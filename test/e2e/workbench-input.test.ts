/**
 * Issue 16.3–4 in the workbench: the .xlsx is read in a Web Worker (the tab stays responsive, 取消
 * stops it), and a file that is not a workbook gets its Chinese reason on the page.
 */
import * as fs from 'fs';
import JSZip from 'jszip';
import * as os from 'os';
import * as path from 'path';
import { fixturePath } from '../fixtures';
import { servedPane } from './served-pane';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yusuan-wb-input-'));
const pane = servedPane();

/** A workbook of `rows` × 10 numbers on one sheet, written directly (fast to build). */
async function bigWorkbook(rows: number): Promise<string> {
  const zip = new JSZip();
  zip.file('xl/workbook.xml', '<workbook xmlns:r="r"><sheets><sheet name="大表" sheetId="1" r:id="rId1"/></sheets></workbook>');
  zip.file('xl/_rels/workbook.xml.rels', '<Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>');
  const body: string[] = [];
  for (let r = 1; r <= rows; r++) body.push(`<row r="${r}">${'ABCDEFGHIJ'.split('').map((c) => `<c r="${c}${r}"><v>${r}</v></c>`).join('')}</row>`);
  zip.file('xl/worksheets/sheet1.xml', `<worksheet><sheetData>${body.join('')}</sheetData></worksheet>`);
  const file = path.join(dir, 'big.xlsx');
  fs.writeFileSync(file, await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
  return file;
}

test('the read runs in the worker; a renamed .ods is refused with 「不是 Excel 工作簿」', async () => {
  const w = await pane.open();
  try {
    await w.page.waitForSelector('html[data-host="none"]');
    const workerScripts: string[] = [];
    w.page.on('worker', (wk) => workerScripts.push(wk.url()));
    await w.page.getByTestId('workbook-file').setInputFiles(fixturePath('yichuan-2024'));
    await w.page.getByTestId('workbook-name').filter({ hasText: 'yichuan-2024.xlsx' }).waitFor();
    expect(workerScripts.some((u) => u.endsWith('/xlsx-worker.js'))).toBe(true);

    const ods = new JSZip();
    ods.file('mimetype', 'application/vnd.oasis.opendocument.spreadsheet');
    ods.file('content.xml', '<office:document-content/>');
    const odsFile = path.join(dir, '改名的表格.xlsx');
    fs.writeFileSync(odsFile, await ods.generateAsync({ type: 'uint8array' }));
    await w.page.getByTestId('workbook-file').setInputFiles(odsFile);
    await w.page.getByText(/OpenDocument.*不是 Excel 工作簿/).waitFor({ timeout: 30000 });
    expect(w.pageErrors).toEqual([]);
  } finally {
    await w.context.close();
  }
});

test('取消 stops a long read and leaves the page usable', async () => {
  const file = await bigWorkbook(60000);
  const w = await pane.open();
  try {
    await w.page.waitForSelector('html[data-host="none"]');
    await w.page.getByTestId('workbook-file').setInputFiles(file);
    const cancel = w.page.getByTestId('cancel-open');
    await cancel.waitFor({ timeout: 10000 });
    // the page answers while the worker reads
    const t0 = Date.now();
    expect(await w.page.evaluate(() => 1 + 1)).toBe(2);
    expect(Date.now() - t0).toBeLessThan(2000);
    await cancel.click();
    await cancel.waitFor({ state: 'detached', timeout: 5000 });
    expect(await w.page.getByTestId('workbook-name').count()).toBe(0);
    await w.page.getByRole('button', { name: '打开示例工作簿' }).click();
    await w.page.getByTestId('workbook-name').filter({ hasText: 'yongdeng-2024.xlsx' }).waitFor({ timeout: 60000 });
    expect(w.pageErrors).toEqual([]);
  } finally {
    await w.context.close();
  }
});
