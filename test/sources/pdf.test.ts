/**
 * The PDF source on invented packages written by test/sources/pdf-writer.ts: ruled tables with
 * merged header cells, a table over two pages with its header repeated, running heads and page
 * numbers, a 说明 whose lines wrap, figures exactly as printed.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { analyze } from '../../src/engine';
import { runCli } from '../../src/cli/main';
import { PdfWorkbookSource } from '../../src/sources/pdf';
import { extractPdfInNode } from '../../src/sources/pdf-node';
import { PROSE, packagePdf, summaryPage } from './pdf-invented';
import { buildPdf } from './pdf-writer';

async function read(buf: Buffer): Promise<PdfWorkbookSource> {
  const content = await extractPdfInNode(new Uint8Array(buf));
  if ('failure' in content) throw new Error(content.message);
  return PdfWorkbookSource.fromContent('t.pdf', content);
}

describe('PDF source on an invented package', () => {
  let src: PdfWorkbookSource;
  beforeAll(async () => {
    src = await read(packagePdf());
  });

  it('gives one sheet per table, named by its first page; the table over two pages is one sheet', async () => {
    expect(await src.listSheets()).toEqual(['第2页', '第3页']);
    expect(src.reading.prosePages).toEqual([1]);
  });

  it('keeps title and 单位 lines, drops the running head and page numbers, keeps figures as printed', async () => {
    const [summary] = await src.readSheets(['第2页']);
    const texts = summary.values.flat().filter((v) => v !== null);
    expect(texts).toContain('2026年部门收支总表');
    expect(texts).toContain('单位：万元');
    expect(texts).toContain('1,234.56');
    expect(texts.join()).not.toContain('某某局2026年部门预算');
    expect(texts.join()).not.toMatch(/- \d -/);
  });

  it('reads a header cell spanning two columns as a merge', async () => {
    const [summary] = await src.readSheets(['第2页']);
    const row = summary.values.findIndex((r) => r.includes('收入'));
    const col = summary.values[row].indexOf('收入');
    expect(summary.merges).toContainEqual({ r0: row, c0: col, r1: row, c1: col + 1 });
    expect(summary.values[row][col + 2]).toBe('支出');
  });

  it('joins the continuation page without its repeated header, and knows each row’s page', async () => {
    const [gbe] = await src.readSheets(['第3页']);
    const headerRows = gbe.values.filter((r) => r.includes('科目编码'));
    expect(headerRows).toHaveLength(1);
    const total = gbe.values.findIndex((r) => r.includes('合计') && r.includes('1,234.56'));
    expect(total).toBeGreaterThan(0);
    expect(src.pageOf({ sheet: '第3页', row: total, col: 2 })).toBe(4);
    expect(src.pageOf({ sheet: '第3页', row: 2, col: 2 })).toBe(3);
  });

  it('recognizes the tables and finds them balanced', async () => {
    const a = analyze(await src.readSheets(), { narrative: src.narrative });
    expect(a.tables.map((t) => t.kind)).toEqual(['income_expenditure_summary', 'general_budget_expenditure']);
    expect(a.tables.every((t) => t.unit === '万元')).toBe(true);
    expect(a.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('reads the prose pages as the 说明, wrapped lines joined into one paragraph, with pages', () => {
    const lines = src.narrative.split('\n');
    const i = lines.findIndex((l) => l.includes('收入总计1,234.56万元'));
    expect(lines[i]).toContain('支出总计1,234.56万元。');
    expect(src.pageOfLine(i + 1)).toBe(1);
  });

  it('a 说明 figure that disagrees with the table is found with its page', async () => {
    const bad = buildPdf([
      { texts: PROSE.texts!.map((t) => (t.s.includes('收入总计') ? { ...t, s: t.s.replace('收入总计1,234.56', '收入总计1,300.00') } : t)) },
      summaryPage(),
    ]);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yusuan-pdf-'));
    const file = path.join(dir, '公开.pdf');
    fs.writeFileSync(file, bad);
    let out = '';
    const code = await runCli(['check', file, '--json'], { out: (s) => (out += s), err: () => undefined });
    const report = JSON.parse(out) as { findings: { rule: string; severity: string; line?: number; page?: number }[] };
    const f = report.findings.find((x) => x.rule.startsWith('narrative.') && x.severity === 'error');
    expect(f).toBeDefined();
    expect(f!.page).toBe(1);
    expect(code).toBe(1);
  });

  it('a PDF holding only the 说明 (北京 publishes it apart) is checked as a 说明, not refused', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yusuan-pdf-'));
    const file = path.join(dir, '说明.pdf');
    fs.writeFileSync(file, buildPdf([PROSE]));
    let out = '';
    let err = '';
    const code = await runCli(['check', file, '--json'], { out: (s) => (out += s), err: (s) => (err += s) });
    expect(err).not.toMatch(/没有识别出任何预算公开表格/);
    expect(code).not.toBe(2);
    expect(JSON.parse(out)).toHaveProperty('findings');
  });
});

