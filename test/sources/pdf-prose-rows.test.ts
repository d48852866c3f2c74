/**
 * 说明 lines the page layout took for table rows (西安): a sentence whose figures are separate runs
 * (「本部门收入预算总计 | 182.50 | 万元，…」) and numbered headings ending like titles (「（一）收支预算
 * 总体情况」). Invented runs, no pdf.js.
 */
import { readPdfContent } from '../../src/sources/pdf-document';
import type { PositionedRow } from '../../src/sources/pdf-page-rows';
import { trailingProse } from '../../src/sources/pdf-prose-rows';
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

describe('说明 paragraphs above a ruled 说明 table (北京 「（一）政府采购预算说明 / 2026 | 年…预算总额」)', () => {
  /** A ruled table of 3 columns at `top`, with `rows` of texts. */
  function ruled(top: number, rows: string[][]): { runs: PdfTextRun[]; segments: PdfPageContent['segments'] } {
    const xs = [40, 120, 300, 560];
    const runs: PdfTextRun[] = [];
    rows.forEach((cells, r) => cells.forEach((s, c) => runs.push(run(s, xs[c] + 3, top + r * 20 + 14, Math.min(s.length * 10, xs[c + 1] - xs[c] - 6)))));
    const bottom = top + rows.length * 20;
    const segments = [...xs.map((x) => ({ x0: x, y0: top, x1: x, y1: bottom })), ...rows.map((_, r) => ({ x0: 40, y0: top + r * 20, x1: 560, y1: top + r * 20 })), { x0: 40, y0: bottom, x1: 560, y1: bottom }];
    return { runs, segments };
  }
  const fees = [['序号', '项目名称', '收费标准'], ['1', '快速路沥青路面', '342元/㎡'], ['2', '支路沥青路面', '277元/㎡']];

  it('go to the 说明 — a year in a run of its own (「2026 | 年…」) included — and the untitled table below them is the 说明\'s', () => {
    const t = ruled(400, fees);
    const prose = [
      run('五、其他情况说明', 60, 100),
      run('（一）政府采购预算说明', 60, 130),
      run('2026', 60, 160, 32),
      run('年某某委员会部门政府采购预算总额', 100, 160),
      run('315.94万元，其中：政府采购货物预算44.24万元，政府采购服务预算271.70万元。', 40, 190, 500),
      run('执收主体:', 60, 220, 50),
      run('某某委员会', 120, 220),
    ];
    const r = readPdfContent({ pages: [{ ...page(1, [...prose, ...t.runs]), segments: t.segments }], failedPages: [] });
    expect(r.tables).toHaveLength(0);
    expect(r.narrative.text).toMatch(/政府采购预算说明[\s\S]*2026\s*年某某委员会部门政府采购预算总额/);
  });

  it('a short paragraph over an untitled table (「…二级预算单位共有2个，包括：」 over the 说明\'s list of units) is 说明 too', () => {
    const t = ruled(200, [['序号', '单位名称', '拟变动情况'], ['1', '某某局本级（机关）', ''], ['2', '某某中心', '']]);
    const runs = [run('从预算单位构成看，本部门的部门预算包括部门本级预算和所属事业单位预算。', 60, 100, 480), run('纳入本部门当年预算编制范围的二级预算单位共有2个，包括：', 60, 130, 400), ...t.runs];
    const r = readPdfContent({ pages: [{ ...page(1, runs), segments: t.segments }], failedPages: [] });
    expect(r.tables).toHaveLength(0);
    expect(r.narrative.text).toContain('二级预算单位共有2个');
  });

  it('a titled table below them stays a table', () => {
    const t = ruled(400, [['科目编码', '科目名称', '预算数'], ['201', '一般公共服务支出', '12.50'], ['205', '教育支出', '3.00']]);
    const runs = [run('（一）政府采购预算说明', 60, 130), run('2026', 60, 160, 32), run('年某某委员会部门政府采购预算总额315.94万元，其中货物44.24万元。', 100, 160, 450), run('服务271.70万元，主要用于信息系统运行维护、政务服务热线外包和办公设备购置等方面的支出。', 40, 190, 500), run('2026年一般公共预算支出表', 150, 360), ...t.runs];
    const r = readPdfContent({ pages: [{ ...page(1, runs), segments: t.segments }], failedPages: [] });
    expect(r.tables).toHaveLength(1);
    expect(r.tables[0].grid.values.flat()).toContain('一般公共服务支出');
  });
});

describe('a cell\'s text cut by the page break below a form\'s grid (北京 绩效目标表 「1.通过完成…」)', () => {
  it('stays with the table: it keeps to its narrow column, no line runs across the page', () => {
    const narrow = (y: number, s: string): PositionedRow => ({ page: 1, y, ruled: false, cells: [{ text: s, x0: 280, x1: 397, rowSpan: 1 }] });
    const grid: PositionedRow = { page: 1, y: 100, ruled: true, cells: [{ text: '项目名称', x0: 80, x1: 280, rowSpan: 1 }, { text: '某某维修养护', x0: 280, x1: 560, rowSpan: 1 }] };
    const rows = [grid, narrow(700, '1.通过完成城市河湖水利工程'), narrow(715, '维修养护，保证各类水利工程'), narrow(730, '正常运行，设备设施状况安全')];
    expect(trailingProse(rows, () => null, 842)).toBe(0);
    // the same lines as a paragraph across the page are the 说明's
    const wide = rows.map((r, k) => (k === 0 ? r : { ...r, cells: [{ ...r.cells[0], x0: 72, x1: 770 }] }));
    expect(trailingProse(wide, () => null, 842)).toBe(3);
  });
});
