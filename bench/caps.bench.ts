/**
 * The largest legitimate workbook the caps allow (src/sources/xlsx-limits.ts): sheets of a
 * budget-table shape filling XLSX_LIMITS.maxCells, read and checked the way the CLI does it. Prints
 * the time and the peak memory, so that a change of the caps is weighed against what it costs.
 * Also a file just past the caps, to show it is refused at once. Run by `npm run bench`, or alone:
 * `npx ts-node --transpile-only bench/caps.bench.ts`.
 */
import JSZip from 'jszip';
import { analyze } from '../src/engine';
import { XLSX_LIMITS } from '../src/sources/xlsx-limits';
import { XlsxWorkbookSource } from '../src/sources/xlsx';

const COLS = 10;

function columnLetter(c: number): string {
  return String.fromCharCode(65 + c);
}

/** One 支出表-shaped sheet of `rows` lines (title, unit, header, 合计, then 科目 lines). */
function sheetXml(rows: number): string {
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'];
  const text = (r: number, c: number, t: string) => `<c r="${columnLetter(c)}${r}" t="inlineStr"><is><t>${t}</t></is></c>`;
  const num = (r: number, c: number, v: number) => `<c r="${columnLetter(c)}${r}"><v>${v}</v></c>`;
  out.push(`<row r="1">${text(1, 0, '2024年部门支出预算表')}</row><row r="2">${text(2, 0, '单位：万元')}</row>`);
  const head = ['科目编码', '科目名称', '合计', '基本支出', '项目支出', '人员经费', '公用经费', '上年结转', '其他', '备注'];
  out.push(`<row r="3">${head.map((h, c) => text(3, c, h)).join('')}</row>`);
  const body = rows - 4;
  out.push(`<row r="4">${text(4, 1, '合计')}${[2, 3, 4].map((c) => num(4, c, c === 2 ? body * 3 : c === 3 ? body * 2 : body)).join('')}</row>`);
  for (let i = 0; i < body; i++) {
    const r = i + 5;
    const cells = [text(r, 0, String(2010301 + (i % 90))), text(r, 1, `项目${i}`), num(r, 2, 3), num(r, 3, 2), num(r, 4, 1)];
    for (let c = 5; c < COLS; c++) cells.push(num(r, c, 0));
    out.push(`<row r="${r}">${cells.join('')}</row>`);
  }
  out.push('</sheetData></worksheet>');
  return out.join('');
}

async function workbook(sheets: number, rowsPerSheet: number): Promise<Uint8Array> {
  const zip = new JSZip();
  const sheetList = Array.from({ length: sheets }, (_, i) => `<sheet name="表${i + 1}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('');
  zip.file('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>');
  zip.file('xl/workbook.xml', `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${sheetList}</sheets></workbook>`);
  const rels = Array.from({ length: sheets }, (_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('');
  zip.file('xl/_rels/workbook.xml.rels', `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>`);
  const xml = sheetXml(rowsPerSheet);
  for (let i = 0; i < sheets; i++) zip.file(`xl/worksheets/sheet${i + 1}.xml`, xml);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

async function measure(label: string, data: Uint8Array): Promise<void> {
  (global as { gc?: () => void }).gc?.();
  const base = process.memoryUsage().rss;
  let peak = base;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const t0 = Date.now();
  let outcome: string;
  try {
    const src = await XlsxWorkbookSource.fromBuffer('caps.xlsx', data);
    const tRead = Date.now();
    const sheets = await src.readSheets();
    const a = analyze(sheets);
    outcome = `read ${((tRead - t0) / 1000).toFixed(1)} s, ${a.tables.length} tables, ${a.findings.length} findings`;
  } catch (e) {
    outcome = `refused: ${(e as Error).message}`;
  }
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss);
  const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;
  process.stdout.write(`${label.padEnd(52)} file ${mb(data.length).padStart(7)}   ${((Date.now() - t0) / 1000).toFixed(1).padStart(6)} s   peak RSS +${mb(peak - base)}   ${outcome}\n`);
}

export async function run(): Promise<void> {
  const rowsPerSheet = 2000;
  const sheets = Math.floor(XLSX_LIMITS.maxCells / (rowsPerSheet * COLS));
  await measure(`largest allowed: ${sheets} sheets × ${rowsPerSheet} rows × ${COLS} cols`, await workbook(sheets, rowsPerSheet));
  await measure(`just past the cell cap: ${sheets + 1} sheets`, await workbook(sheets + 1, rowsPerSheet));
}

if (require.main === module) void run();
