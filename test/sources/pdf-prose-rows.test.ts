/**
 * 说明 lines the page layout took for table rows (西安): a sentence whose figures are separate runs
 * (「本部门收入预算总计 | 182.50 | 万元，…」) and numbered headings ending like titles (「（一）收支预算
 * 总体情况」). Invented runs, no pdf.js.
 */
import { readPdfContent } from '../../src/sources/pdf-document';
import type { PdfPageContent, PdfTextRun } from '../../src/sources/pdf-types';

const run = (s: string, x: number, y: number, w = s.length * 10): PdfTextRun => ({ s, x, y, w, h: 10 });
const page = (n: number, runs: PdfTextRun[]): PdfPageContent => ({ page: n, width: 600, height: 800, runs, segments: [] });

/** A sentence cut into runs at its figures, as a page of the 说明 prints it. */
const sentence = (y: number, parts: string[]): PdfTextRun[] => {
  let x = 40;
  return parts.map((p) => {
    const r = run(p, x, y, p.length * 9);
    x += p.length * 9 + 8;
    return r;
  });
};

const unruledTable = (rows: [string, string, string][], y0: number): PdfTextRun[] =>
  rows.flatMap(([name, a, b], i) => [run(name, 40, y0 + i * 20), run(a, 300 - a.length * 5, y0 + i * 20, a.length * 5), run(b, 400 - b.length * 5, y0 + i * 20, b.length * 5)]);

describe('说明 lines with figures in runs of their own', () => {
  it('a page of such sentences under 说明 headings is 说明, not a table', () => {
    const r = readPdfContent({
      pages: [
        page(1, [
          run('（一）收支预算总体情况', 40, 100),
          ...sentence(130, ['本部门收入预算总计', '182.50', '万元，支出预算总计', '182.50', '万元。']),
          ...sentence(160, ['较上年增加', '12.30', '万元，主要原因是', '业务增加', '12.30', '万元。']),
          ...sentence(190, ['其中一般公共预算', '170.20', '万元，政府性基金', '12.30', '万元。']),
          run('2、支出按功能科目分类的明细情况', 40, 220),
        ]),
      ],
      failedPages: [],
    });
    expect(r.tables).toHaveLength(0);
    expect(r.narrative.text).toContain('收支预算总体情况');
  });

  it('the 说明 resuming below a table on the same page goes to the 说明; the table keeps its rows', () => {
    const r = readPdfContent({
      pages: [
        page(1, [
          run('2026年基本支出表', 150, 60),
          run('单位：万元', 450, 80),
          run('项目', 40, 100), run('合计', 260, 100, 40), run('人员经费', 340, 100, 60),
          ...unruledTable([['工资福利支出', '100.00', '100.00'], ['（一）商品和服务支出', '20.00', ''], ['合计', '120.00', '100.00']], 120),
          run('第二部分 收支情况', 200, 300),
          run('（一）收支预算总体情况', 40, 330),
          ...sentence(360, ['本部门收入预算总计', '120.00', '万元，较上年增加', '5.00', '万元。']),
        ]),
      ],
      failedPages: [],
    });
    expect(r.tables).toHaveLength(1);
    const cells = r.tables[0].grid.values.flat();
    expect(cells).toContain('（一）商品和服务支出');
    expect(cells.join()).not.toMatch(/收支预算总体情况/);
    expect(r.narrative.text).toMatch(/收支预算总体情况[\s\S]*本部门收入预算总计/);
  });
});
