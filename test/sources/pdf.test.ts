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
import { buildPdf, ruledTable, type TestPage } from './pdf-writer';

const HEAD = { x: 300, y: 30, s: '某某局2026年部门预算' };
const pageNo = (n: number) => ({ x: 410, y: 570, s: `- ${n} -` });

/** 收支总表 with 收入 / 支出 header groups spanning two columns each. */
function summaryPage(): TestPage {
  const t = ruledTable(40, 100, [150, 90, 150, 90], [
    ['收入', null, '支出', null],
    ['项目', '预算数', '项目', '预算数'],
    ['一、一般公共预算拨款收入', '1,234.56', '一、一般公共服务支出', '1,000.00'],
    ['二、政府性基金预算拨款收入', '', '二、教育支出', '234.56'],
    ['本年收入合计', '1,234.56', '本年支出合计', '1,234.56'],
    ['收入总计', '1,234.56', '支出总计', '1,234.56'],
  ]);
  // the header groups: no border between 收入 and its 预算数 column (nor for 支出)
  const lines = t.lines.filter((l) => !(l.x0 === l.x1 && (l.x0 === 190 || l.x0 === 430) && l.y0 === 100));
  lines.push({ x0: 190, y0: 120, x1: 190, y1: 220 }, { x0: 430, y0: 120, x1: 430, y1: 220 });
  return {
    texts: [HEAD, { x: 300, y: 70, s: '2026年部门收支总表' }, { x: 40, y: 92, s: '部门：某某局' }, { x: 480, y: 92, s: '单位：万元' }, ...t.texts, pageNo(2)],
    lines,
  };
}

const GBE_HEADER = ['科目编码', '科目名称', '合计', '基本支出', '项目支出'];
function gbePage(rows: string[][], withTitle: boolean, n: number): TestPage {
  const t = ruledTable(40, 100, [80, 160, 80, 80, 80], [GBE_HEADER, ...rows]);
  const title = withTitle ? [{ x: 260, y: 70, s: '2026年一般公共预算支出表' }, { x: 480, y: 92, s: '单位：万元' }] : [{ x: 480, y: 92, s: '单位：万元' }];
  return { texts: [HEAD, ...title, ...t.texts, pageNo(n)], lines: t.lines };
}

const PROSE: TestPage = {
  texts: [
    HEAD,
    { x: 300, y: 70, s: '2026年部门预算说明' },
    { x: 60, y: 100, s: '一、收支预算总体情况' },
    // a sentence wrapped over two printed lines: the second line starts at the margin
    { x: 60, y: 120, s: '按照综合预算的原则，本部门所有收入和支出均纳入部门预算管理。收入总计1,234.56万元，' },
    { x: 40, y: 136, s: '支出总计1,234.56万元。' },
    { x: 60, y: 152, s: '二、一般公共预算支出情况' },
    pageNo(1),
  ],
};

function packagePdf(): Buffer {
  const first = [
    ['201', '一般公共服务支出', '1,000.00', '800.00', '200.00'],
    ['20101', '人大事务', '1,000.00', '800.00', '200.00'],
    ['2010101', '行政运行', '800.00', '800.00', ''],
    ['2010102', '一般行政管理事务', '200.00', '', '200.00'],
  ];
  const second = [
    ['205', '教育支出', '234.56', '234.56', ''],
    ['20501', '教育管理事务', '234.56', '234.56', ''],
    ['2050101', '行政运行', '234.56', '234.56', ''],
    ['', '合计', '1,234.56', '1,034.56', '200.00'],
  ];
  return buildPdf([PROSE, summaryPage(), gbePage(first, true, 3), gbePage(second, false, 4)]);
}

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

