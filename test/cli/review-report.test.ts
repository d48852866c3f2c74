/**
 * The reviewer's report: `yusuan check <folder> --report 审核结果.xlsx --html 审核结果.html` writes
 * one workbook (汇总 one line per department, 问题清单 one line per error/warning, frozen filtered
 * headers) and one self-contained page with every workbook text escaped.
 */
import ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { layout } from '../../bench/layouts';
import { writeXlsx } from '../../bench/xlsx-write';
import { runCli } from '../../src/cli/main';
import { FIXTURE_NAMES, fixturePath } from '../fixtures';

const HOSTILE = '<img src=x onerror=alert(1)>';

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (s) => (out += s + '\n'), err: (s) => (err += s + '\n') });
  return { code, out, err };
}

describe('reviewer report of a folder', () => {
  let dir: string;
  let outDir: string;
  let json: { workbook: string; summary: { errors: number; warnings: number }; findings: { severity: string; message: string }[] }[];

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yusuan-review-'));
    outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'yusuan-review-out-'));
    for (const n of FIXTURE_NAMES) fs.copyFileSync(fixturePath(n), path.join(dir, `${n}.xlsx`));
    fs.writeFileSync(path.join(dir, '损坏.xlsx'), 'not a zip');
    // a generated department whose unit name is markup, with an error under that unit
    const specs = layout('consolidated', { units: 3, lines: 40 });
    const unitRow = specs[0].rows.findIndex((r) => r[1] === '某某市第2中学');
    specs[0].rows[unitRow][1] = `某某市${HOSTILE}中学`;
    specs[0].rows[unitRow][2] = (specs[0].rows[unitRow][2] as number) + 1000;
    await writeXlsx(path.join(dir, `${HOSTILE}.xlsx`), specs);
    const r = await cli('check', dir, '--json', '--report', path.join(outDir, '审核结果.xlsx'), '--html', path.join(outDir, '审核结果.html'));
    expect(r.code).toBe(1);
    expect(r.err).toContain('已写入审核结果');
    // the folder JSON lists the unreadable file too; the checks below are about the checked ones
    json = (JSON.parse(r.out) as (typeof json[number] & { unreadable?: string })[]).filter((x) => !x.unreadable);
  }, 120_000);
  afterAll(() => {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(outDir, { recursive: true, force: true });
  });

  it('the workbook: a summary line per department, a finding line per error or warning', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(outDir, '审核结果.xlsx'));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['汇总', '问题清单']);
    const [summary, findings] = wb.worksheets;
    for (const ws of [summary, findings]) {
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(ws.autoFilter).toBeTruthy();
    }
    expect(summary.getRow(1).values).toEqual([undefined, '文件', '单位', '年度', '表格数', '错误', '提示', '主要错误', '状态']);
    expect(summary.rowCount).toBe(1 + json.length + 1); // + the broken file
    const rows = summary.getSheetValues().slice(2) as unknown[][];
    const byFile = new Map(rows.map((r) => [r[1] as string, r]));
    expect(byFile.get('损坏.xlsx')?.[8]).toBe('无法检查');
    for (const rep of json) {
      const row = byFile.get(rep.workbook)!;
      expect(row[5]).toBe(rep.summary.errors);
      expect(row[6]).toBe(rep.summary.warnings);
      expect(row[8]).toBe(rep.summary.errors > 0 ? '有错误' : rep.summary.warnings > 0 ? '有提示' : '通过');
      const firstError = rep.findings.find((f) => f.severity === 'error');
      if (firstError) expect(String(row[7])).toContain(firstError.message);
    }
    const listed = json.reduce((n, r) => n + r.summary.errors + r.summary.warnings, 0);
    expect(findings.rowCount).toBe(1 + listed);
    const yongdeng = byFile.get('yongdeng-2024.xlsx')!;
    expect(yongdeng[3]).toBe('2024');
  });

  it('the page: self-contained, every workbook text escaped', () => {
    const html = fs.readFileSync(path.join(outDir, '审核结果.html'), 'utf8');
    expect(html).not.toContain(HOSTILE);
    expect(html).not.toMatch(/<script|<link|src=["']?http/i);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('无法检查');
    const rows = html.match(/<tr/g)!.length;
    const listed = json.reduce((n, r) => n + r.summary.errors + r.summary.warnings, 0);
    expect(rows).toBe(2 + (json.length + 1) + listed);
  });

  it('asks for an .xlsx name before checking anything', async () => {
    const r = await cli('check', dir, '--report', path.join(outDir, '审核结果.txt'));
    expect(r.code).toBe(2);
    expect(r.err).toContain('应保存为 .xlsx');
  });
});
