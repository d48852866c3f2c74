/**
 * A 表号 printed alone at the foot of every page of a table (西安 「表10」 under the last row, the
 * 表号 at the top of the page too): a footer, not a table. Invented runs, no pdf.js.
 */
import { readPdfContent } from '../../src/sources/pdf-document';
import type { PdfPageContent, PdfTextRun } from '../../src/sources/pdf-types';

const run = (s: string, x: number, y: number, w = s.length * 10): PdfTextRun => ({ s, x, y, w, h: 10 });

/** An unruled 项目支出表 page: 表号 and title on top, rows of names and figures, then `foot` runs. */
function projectPage(n: number, rows: [string, string][], foot: PdfTextRun[]): PdfPageContent {
  const runs: PdfTextRun[] = [run('表10', 40, 60), run('2026年项目支出表', 200, 80), run('单位：元', 450, 110)];
  runs.push(run('单位（项目）名称', 40, 140), run('项目金额', 340, 140, 60));
  rows.forEach(([name, a], i) => {
    const y = 170 + i * 20;
    runs.push(run(name, 40, y), run(a, 400 - a.length * 5, y, a.length * 5));
  });
  return { page: n, width: 600, height: 800, runs: [...runs, ...foot], segments: [] };
}

const rows1: [string, string][] = [['合计', '300.00'], ['某某局', '300.00'], ['项目一', '100.00']];
const rows2: [string, string][] = [['项目二', '120.00'], ['项目三', '80.00']];

describe('a 表号 alone at the foot of a table page', () => {
  it('is a footer: the next page, repeating the title block, continues the table', () => {
    const r = readPdfContent({
      pages: [projectPage(1, rows1, [run('表10', 40, 760), run('- 1 -', 290, 780)]), projectPage(2, rows2, [run('表10', 40, 760)])],
      failedPages: [],
    });
    expect(r.tables.map((t) => t.grid.name)).toEqual(['第1页']);
    const text = r.tables[0].grid.values.flat().filter((x) => x !== null);
    expect(text).toEqual(expect.arrayContaining(['项目一', '项目三']));
    expect(text.filter((t) => t === '表10')).toHaveLength(1);
  });

  it('a 表号 with a title below it on the same page still starts a table', () => {
    const next = [run('表11', 40, 700), run('2026年政府采购预算表', 200, 720), run('本部门无此项预算', 200, 750)];
    const r = readPdfContent({ pages: [projectPage(1, rows1, next)], failedPages: [] });
    expect(r.tables).toHaveLength(2);
    expect(r.tables[1].grid.values.flat()).toContain('表11');
  });
});
