/**
 * `yusuan convert x.pdf -o x.xlsx`: the recognized tables of an invented package written as a
 * workbook, one sheet per table, amounts as numbers, header merges kept — and the workbook
 * reads back as the same tables with the same figures.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { runCli } from '../../src/cli/main';
import { buildPdf, ruledTable } from '../sources/pdf-writer';

function summaryPdf(): Buffer {
  const t = ruledTable(40, 100, [150, 90, 150, 90], [
    ['收入', null, '支出', null],
    ['项目', '预算数', '项目', '预算数'],
    ['一、一般公共预算拨款收入', '1,234.567891', '一、一般公共服务支出', '1,234.567891'],
    ['收入总计', '1,234.567891', '支出总计', '1,234.567891'],
  ]);
  const lines = t.lines.filter((l) => !(l.x0 === l.x1 && (l.x0 === 190 || l.x0 === 430) && l.y0 === 100));
  lines.push({ x0: 190, y0: 120, x1: 190, y1: 180 }, { x0: 430, y0: 120, x1: 430, y1: 180 });
  return buildPdf([{ texts: [{ x: 300, y: 70, s: '2026年部门收支总表' }, { x: 480, y: 92, s: '单位：万元' }, ...t.texts], lines }]);
}

describe('yusuan convert', () => {
  it('writes one sheet per table with title, 单位, merged header and numbers', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yusuan-convert-'));
    const pdf = path.join(dir, '公开.pdf');
    const xlsx = path.join(dir, '公开.xlsx');
    fs.writeFileSync(pdf, summaryPdf());
    let out = '';
    const code = await runCli(['convert', pdf, '-o', xlsx], { out: (s) => (out += s), err: () => undefined });
    expect(code).toBe(0);
    expect(out).toContain('1 张表');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    const ws = wb.getWorksheet('收支总表')!;
    expect(ws).toBeDefined();
    const values: unknown[] = [];
    ws.eachRow((row) => row.eachCell((c) => values.push(c.value)));
    expect(values).toContain('2026年部门收支总表');
    expect(values).toContain('单位：万元');
    expect(values).toContain(1234.567891);
    const merges = (ws.model as unknown as { merges: string[] }).merges;
    expect(merges.length).toBeGreaterThanOrEqual(2);
    let checkOut = '';
    expect(await runCli(['check', xlsx], { out: (s) => (checkOut += s), err: () => undefined })).toBe(0);
    expect(checkOut).toContain('收支总表（万元）');
  });

  it('a folder mixing .xlsx and .pdf is checked file by file; --prior takes a PDF', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yusuan-mixed-'));
    const pdf = path.join(dir, 'b.pdf');
    fs.writeFileSync(pdf, summaryPdf());
    await runCli(['convert', pdf, '-o', path.join(dir, 'a.xlsx')], { out: () => undefined, err: () => undefined });
    let out = '';
    expect(await runCli(['check', dir, '--json'], { out: (s) => (out += s), err: () => undefined })).toBe(0);
    expect((JSON.parse(out) as { workbook: string }[]).map((r) => r.workbook)).toEqual(['a.xlsx', 'b.pdf']);
    // the PDF is of the same year as the workbook: refused as a prior year (issue 17 §4) unless --prior-any
    let err = '';
    expect(await runCli(['check', path.join(dir, 'a.xlsx'), '--prior', pdf], { out: () => undefined, err: (s) => (err += s) })).toBe(2);
    expect(err).toContain('上年工作簿是2026年的');
    err = '';
    expect(await runCli(['check', path.join(dir, 'a.xlsx'), '--prior', pdf, '--prior-any'], { out: () => undefined, err: (s) => (err += s) })).toBe(0);
    expect(err).toBe('');
  });

  it('refuses an input that is not a PDF, in Chinese', async () => {
    let err = '';
    expect(await runCli(['convert', 'x.xlsx'], { out: () => undefined, err: (s) => (err += s) })).toBe(2);
    expect(err).toContain('请指定 PDF 文件');
  });
});
