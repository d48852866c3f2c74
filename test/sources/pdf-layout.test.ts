/**
 * Page layout without pdf.js: invented text runs and lines → tables. Covers the classes the
 * ruled-table test in pdf.test.ts does not: tables without ruling (columns from alignment), a
 * pdf.js run holding two cells, a 「（续）」 page, a table of contents, a department line repeated
 * on every page (kept), running heads (dropped).
 */
import { readPdfContent } from '../../src/sources/pdf-document';
import { splitRun } from '../../src/sources/pdf-chunks';
import type { PdfPageContent, PdfTextRun } from '../../src/sources/pdf-types';

const run = (s: string, x: number, y: number, w = s.length * 10): PdfTextRun => ({ s, x, y, w, h: 10 });

function page(n: number, runs: PdfTextRun[]): PdfPageContent {
  return { page: n, width: 600, height: 800, runs, segments: [] };
}

/** An unruled table: names left-aligned at 40, figures right-aligned at 300 and 400. */
function unruled(n: number, title: string | null, rows: [string, string, string][]): PdfPageContent {
  const runs: PdfTextRun[] = [run('某某局2026年部门预算', 200, 40)];
  if (title) runs.push(run(title, 150, 100));
  runs.push(run('单位：万元', 450, 120));
  runs.push(run('项目', 40, 150), run('合计', 260, 150, 40), run('基本支出', 340, 150, 60));
  rows.forEach(([name, a, b], i) => {
    const y = 170 + i * 20;
    runs.push(run(name, 40, y));
    if (a) runs.push(run(a, 300 - a.length * 5, y, a.length * 5));
    if (b) runs.push(run(b, 400 - b.length * 5, y, b.length * 5));
  });
  runs.push(run(`- ${n} -`, 290, 780));
  return page(n, runs);
}

describe('PDF layout without ruling lines', () => {
  it('finds columns from the alignment of the figures and keeps the printed text', () => {
    const r = readPdfContent({
      pages: [unruled(1, '2026年基本支出表', [['工资福利支出', '1,234.50', '1,234.50'], ['商品和服务支出', '-12.00', ''], ['合计', '1,222.50', '1,234.50']])],
      failedPages: [],
    });
    expect(r.tables).toHaveLength(1);
    const v = r.tables[0].grid.values;
    const total = v.find((row) => row.includes('合计') && row.includes('1,222.50'))!;
    expect(total.filter((x) => x !== null)).toEqual(['合计', '1,222.50', '1,234.50']);
    const minus = v.find((row) => row.includes('商品和服务支出'))!;
    expect(minus.indexOf('-12.00')).toBe(total.indexOf('1,222.50'));
  });

  it('a 「（续）」 page continues the table, its repeated header and 单位 dropped; page numbers and heads dropped', () => {
    const r = readPdfContent({
      pages: [
        unruled(1, '2026年基本支出表', [['工资福利支出', '1.00', '1.00'], ['基本工资', '1.00', '1.00']]),
        unruled(2, '2026年基本支出表（续）', [['商品和服务支出', '2.00', '2.00'], ['合计', '3.00', '3.00']]),
        unruled(3, '2026年项目支出表', [['项目一', '5.00', '5.00']]),
      ],
      failedPages: [],
    });
    expect(r.tables.map((t) => t.grid.name)).toEqual(['第1页', '第3页']);
    const text = r.tables[0].grid.values.flat().filter((x) => x !== null) as string[];
    expect(text.filter((t) => t === '项目')).toHaveLength(1);
    expect(text.filter((t) => t === '单位：万元')).toHaveLength(1);
    expect(text.join()).not.toMatch(/某某局2026年部门预算|- \d -|续/);
    expect(r.tables[0].rowPages[r.tables[0].rowPages.length - 1]).toBe(2);
  });

  it('a table of contents is read with the 说明, not as tables', () => {
    const toc = page(1, [run('目 录', 280, 60), run('一、收支总表', 60, 100), run('二、收入总表', 60, 120), run('三、支出总表', 60, 140)]);
    const r = readPdfContent({ pages: [toc, unruled(2, '2026年基本支出表', [['合计', '1.00', '1.00']])], failedPages: [] });
    expect(r.prosePages).toEqual([1]);
    expect(r.narrative.text).toContain('一、收支总表');
  });

  it('says which pages have no text layer', () => {
    const r = readPdfContent({ pages: [page(1, []), unruled(2, '2026年基本支出表', [['合计', '1.00', '1.00']])], failedPages: [3] });
    expect(r.blankPages).toEqual([1]);
    expect(r.failedPages).toEqual([3]);
    expect(r.pageCount).toBe(3);
  });
});

describe('splitRun', () => {
  it('splits a pdf.js run joining a figure and the next cell’s label at the drawn border', () => {
    const parts = splitRun({ s: '92,600.296597 一、一般公共服务支出', x: 258, y: 10, w: 98, h: 6 }, [297]);
    expect(parts.map((p) => p.s)).toEqual(['92,600.296597', '一、一般公共服务支出']);
    expect(parts[0].x + parts[0].w).toBeLessThanOrEqual(parts[1].x + 0.01);
  });

  it('splits two figures without a border, and leaves a label with a space alone', () => {
    expect(splitRun({ s: '1,234.00 5,678.00', x: 0, y: 0, w: 80, h: 8 }, []).map((p) => p.s)).toEqual(['1,234.00', '5,678.00']);
    expect(splitRun({ s: '收 入', x: 0, y: 0, w: 30, h: 8 }, []).map((p) => p.s)).toEqual(['收 入']);
  });
});

describe('a title printed over two lines whose first line is no title alone (西安 表12/表13)', () => {
  /** 「表12」, the title's first line (cut into `pieces`), its second line, 单位, header, rows. */
  const titled = (n: number, pieces: [string, number][], second: string, rows: [string, string][]): PdfPageContent => {
    const runs: PdfTextRun[] = [run('表12', 40, 60)];
    for (const [s, x] of pieces) runs.push(run(s, x, 80));
    runs.push(run(second, 200, 100), run('单位：元', 450, 120), run('采购项目', 40, 150), run('数量', 240, 150, 20), run('预算金额', 340, 150, 60));
    rows.forEach(([name, a], i) => runs.push(run(name, 40, 170 + i * 20), run('1', 255, 170 + i * 20, 5), run(a, 400 - a.length * 5, 170 + i * 20, a.length * 5)));
    return page(n, runs);
  };
  const first: [string, number][] = [['20', 100], ['21年部门综', 140], ['合预算政府采购（资产配置、购买服务）', 260]];
  it('the next page repeating the block (cut elsewhere) continues the table', () => {
    const r = readPdfContent({
      pages: [
        titled(1, first, '预算表（不含上年结转）', [['合计', '3,000.00'], ['办公设备', '500.00'], ['打印机', '300.00'], ['软件', '200.00']]),
        titled(2, [['2021年部门综合预算政府采购（资产配置、购买服务）', 100]], '预算表（不含上年结转）', [['公务用车', '1,000.00'], ['房屋修缮', '600.00'], ['网络设备', '400.00']]),
      ],
      failedPages: [],
    });
    expect(r.tables.map((t) => [t.grid.name, [...new Set(t.rowPages)]])).toEqual([['第1页', [1, 2]]]);
    const text = r.tables[0].grid.values.flat().filter((x) => x !== null).join('|');
    expect(text).toContain('公务用车');
  });
  it('a page with another title starts another table', () => {
    const r = readPdfContent({
      pages: [
        titled(1, first, '预算表（不含上年结转）', [['合计', '3,000.00'], ['办公设备', '2,000.00'], ['打印机', '1,000.00']]),
        titled(2, [['2021年部门综合预算一般公共预算拨款“三公”经费及', 100]], '会议费、培训费支出预算表（不含上年结转）', [['合计', '2,000.00'], ['会议费', '1,500.00'], ['培训费', '500.00']]),
      ],
      failedPages: [],
    });
    expect(r.tables.map((t) => t.grid.name)).toEqual(['第1页', '第2页']);
  });
});

describe('the last line of a table printed alone on the next page (无锡 2210203 购房补贴)', () => {
  it('continues the table', () => {
    const last = page(2, [run('2210203', 40, 100), run('购房补贴', 120, 100), run('167.18', 270, 100, 30), run('167.18', 370, 100, 30), run('- 2 -', 290, 780)]);
    const r = readPdfContent({
      pages: [unruled(1, '2026年一般公共预算支出表', [['22102 住房改革支出', '465.13', '465.13'], ['2210201 住房公积金', '149.63', '149.63'], ['2210202 提租补贴', '148.32', '148.32']]), last],
      failedPages: [],
    });
    expect(r.tables).toHaveLength(1);
    expect(r.tables[0].grid.values.flat()).toContain('购房补贴');
    expect(r.tablePages).toEqual([1, 2]);
  });
  it('a page of prose after a table stays prose', () => {
    const prose = page(2, [run('三、其他重要事项的情况说明，本部门2026年无政府采购预算。', 40, 100)]);
    const r = readPdfContent({ pages: [unruled(1, '2026年一般公共预算支出表', [['22102 住房改革支出', '1.00', '1.00'], ['2210201 住房公积金', '1.00', '1.00'], ['合计', '1.00', '1.00']]), prose], failedPages: [] });
    expect(r.prosePages).toEqual([2]);
  });
});

describe('a unit whose name wraps over lines, printed alone on the next page (杭州 收入总表)', () => {
  it('continues the table with the pieces of the name', () => {
    const last = page(2, [run('中心', 40, 90), run('某某市交通', 40, 100), run('18,286.81', 250, 110, 45), run('18,244.60', 350, 110, 45), run('保障中心', 40, 120), run('24', 290, 780)]);
    const r = readPdfContent({
      pages: [unruled(1, '2026年部门收入预算总表', [['合计', '30,000.00', '29,000.00'], ['某某局', '6,000.00', '5,000.00'], ['某某研究中心', '5,713.19', '5,755.40']]), last],
      failedPages: [],
    });
    expect(r.tables).toHaveLength(1);
    expect(r.tablePages).toEqual([1, 2]);
  });
});

describe('a title printed in two runs above a ruled table', () => {
  /** A ruled 收支总表 page whose title is printed as 「2026」 + 「年部门收支总表」, a column border of the grid below between them. */
  function ruledPage(n: number, rows: [string, string, string, string][]): PdfPageContent {
    const xs = [40, 200, 300, 460, 560];
    const header: [string, string, string, string] = ['收入项目', '预算数', '支出项目', '预算数'];
    const all = n === 1 ? [header, ...rows] : [header, ...rows];
    const top = 100;
    const runs: PdfTextRun[] = [run('2026', 260, 70, 40), run('年部门收支总表', 300, 70, 70), run('单位：万元', 480, 92, 50)];
    all.forEach((cells, r) => cells.forEach((s, c) => s && runs.push(run(s, xs[c] + 3, top + r * 20 + 14, Math.min(s.length * 10, xs[c + 1] - xs[c] - 6)))));
    const bottom = top + all.length * 20;
    const segments = [
      ...xs.map((x) => ({ x0: x, y0: top, x1: x, y1: bottom })),
      ...all.map((_, r) => ({ x0: xs[0], y0: top + r * 20, x1: xs[4], y1: top + r * 20 })),
      { x0: xs[0], y0: bottom, x1: xs[4], y1: bottom },
    ];
    return { page: n, width: 600, height: 800, runs, segments };
  }

  it('reads the year and the rest of the title as one title, and the next page repeating it as the continuation', () => {
    const r = readPdfContent({
      pages: [
        ruledPage(1, [['一般公共预算拨款收入', '10.00', '教育支出', '6.00']]),
        ruledPage(2, [['本年收入合计', '10.00', '本年支出合计', '10.00']]),
      ],
      failedPages: [],
    });
    expect(r.tables).toHaveLength(1);
    const v = r.tables[0].grid.values;
    expect(v[0][0]).toBe('2026年部门收支总表');
    const text = v.flat().filter((x) => x !== null) as string[];
    expect(text.filter((t) => t === '2026年部门收支总表')).toHaveLength(1);
    expect(text.filter((t) => t === '收入项目')).toHaveLength(1);
    expect(text).toContain('本年支出合计');
  });

  it('still splits two cells inside the grid at its drawn border', () => {
    // one pdf.js run spanning a border of the grid: 「6.00 教育支出」 → two cells
    const p = ruledPage(1, [['一般公共预算拨款收入', '10.00', '', '']]);
    p.runs.push({ s: '10.00 教育支出', x: 262, y: 134, w: 100, h: 10 });
    p.runs = p.runs.filter((x) => !(x.s === '10.00' && x.x === 203));
    const r = readPdfContent({ pages: [p], failedPages: [] });
    const row = r.tables[0].grid.values.find((x) => x.includes('一般公共预算拨款收入'))!;
    expect(row.filter((x) => x !== null)).toEqual(['一般公共预算拨款收入', '10.00', '教育支出']);
  });
});

describe('a ruled 报表目录', () => {
  it('is read with the 说明, not as tables whose titles are its lines', () => {
    const xs = [40, 80, 400, 460, 560];
    const lines = ['报表|报表名称|是否空表|表格为空的理由', '表1|部门综合预算收支总表||', '表2|部门综合预算收入总表||', '表3|部门综合预算政府性基金收支表|是|不涉及'];
    const runs: PdfTextRun[] = [run('报表目录', 260, 60)];
    const segments = [...xs.map((x) => ({ x0: x, y0: 80, x1: x, y1: 80 + lines.length * 16 }))];
    lines.forEach((l, r) => {
      segments.push({ x0: 40, y0: 80 + r * 16, x1: 560, y1: 80 + r * 16 });
      l.split('|').forEach((s, c) => s && runs.push(run(s, xs[c] + 2, 80 + r * 16 + 12, Math.min(s.length * 10, xs[c + 1] - xs[c] - 4))));
    });
    segments.push({ x0: 40, y0: 80 + lines.length * 16, x1: 560, y1: 80 + lines.length * 16 });
    const toc: PdfPageContent = { page: 1, width: 600, height: 800, runs, segments };
    const r = readPdfContent({ pages: [toc, unruled(2, '2026年基本支出表', [['合计', '1.00', '1.00']])], failedPages: [] });
    expect(r.prosePages).toEqual([1]);
    expect(r.tables.map((t) => t.grid.name)).toEqual(['第2页']);
  });
});

describe('a mixed page: 说明 paragraphs, then a table', () => {
  const prose = [
    run('（二十三）住房保障支出226.13万元，比上年增加174.97万元，原因是人员增加经费正常增加。', 40, 60, 480),
    run('（二十四）其他社会保障和就业支出3.47万元，比上年增加0.89万元，原因是人员增加。', 40, 80, 480),
  ];
  const table = (title: string | null): PdfTextRun[] => {
    const runs: PdfTextRun[] = title ? [run(title, 150, 110)] : [];
    runs.push(run('功能科目', 40, 130), run('合计', 260, 130, 40), run('人员经费', 340, 130, 40), run('公用经费', 420, 130, 40));
    [['行政运行', '1,187.60', '1,086.45', '101.15'], ['机关事业单位基本养老保险缴费支出', '294.74', '294.74', '0'], ['住房公积金', '344.98', '344.98', '0']].forEach(([a, b, c, d], i) => {
      const y = 150 + i * 20;
      runs.push(run(a, 40, y), run(b, 300 - b.length * 5, y, b.length * 5), run(c, 380 - c.length * 5, y, c.length * 5), run(d, 460 - d.length * 5, y, d.length * 5));
    });
    return runs;
  };

  it('a table without a title below the paragraphs illustrates the 说明: not read as one of the package’s tables', () => {
    const r = readPdfContent({ pages: [page(1, [...prose, ...table(null)]), unruled(2, '2026年基本支出表', [['合计', '1.00', '1.00']])], failedPages: [] });
    expect(r.narrative.text).toContain('住房保障支出226.13万元');
    expect(r.tables.map((t) => t.grid.name)).toEqual(['第2页']);
  });

  it('a titled table below the paragraphs is a table', () => {
    const r = readPdfContent({ pages: [page(1, [...prose, ...table('2026年一般公共预算基本支出表')])], failedPages: [] });
    expect(r.narrative.text).toContain('住房保障支出226.13万元');
    expect(r.tables.map((t) => t.grid.values[0][0])).toEqual(['2026年一般公共预算基本支出表']);
  });
});

describe('a table page whose top repeats a cut cell’s long text', () => {
  it('after a table page, the text and the table below it continue the table (not the 说明)', () => {
    const longText = [
      run('围绕服务高质量发展，本项目旨在系统推进人才评价与服务体系建设，完善人才评价制度与平台，', 40, 60, 480),
      run('通过深化职称制度改革、健全国际职业资格认可与查验机制，构建科学化、规范化、国际化的人才评价体系。', 40, 80, 480),
    ];
    const body: PdfTextRun[] = [run('项目名称', 40, 130), run('合计', 260, 130, 40), run('财政资金', 340, 130, 40)];
    [['人才服务项目', '9.00', '9.00'], ['职业信用平台', '30.00', '30.00'], ['合计', '39.00', '39.00']].forEach(([a, b, c], i) => {
      const y = 150 + i * 20;
      body.push(run(a, 40, y), run(b, 300 - b.length * 5, y, b.length * 5), run(c, 380 - c.length * 5, y, c.length * 5));
    });
    const r = readPdfContent({ pages: [unruled(1, '2026年项目支出表', [['项目一', '5.00', '5.00'], ['项目二', '1.00', '1.00'], ['合计', '6.00', '6.00']]), page(2, [...longText, ...body])], failedPages: [] });
    expect(r.tables.map((t) => t.grid.name)).toEqual(['第1页']);
    expect(r.tables[0].rowPages).toContain(2);
    expect(r.tables[0].grid.values.flat()).toContain('职业信用平台');
    expect(r.narrative.text).not.toContain('人才评价');
  });
});

describe('a page printing only a title', () => {
  const divider = (n: number, title: string) => page(n, [run(title, 150, 300), run(`${n}`, 290, 780)]);
  /** A table page opening with its title (no running head above it). */
  function titled(n: number, title: string | null, rows: [string, string, string][]): PdfPageContent {
    const p = unruled(n, title, rows);
    return { ...p, runs: p.runs.filter((r) => r.s !== '某某局2026年部门预算') };
  }
  it('does not lend its title to the next page, which has its own (杭州 divider 「表11.…项目支出绩效表」)', () => {
    const r = readPdfContent({
      pages: [divider(1, '表11.2026年部门项目支出绩效表'), titled(2, '表1：2026年部门收支预算总表', [['一般公共服务支出', '5.00', '5.00'], ['合计', '5.00', '5.00']])],
      failedPages: [],
    });
    const withBody = r.tables.find((t) => t.grid.values.flat().includes('5.00'))!;
    const text = withBody.grid.values.flat().filter((x) => x !== null).join();
    expect(text).toContain('收支预算总表');
    expect(text).not.toContain('绩效表');
  });
  it('still heads the body of a next page that has no title', () => {
    const rows: [string, string, string][] = [['工资福利支出', '1.00', '1.00'], ['商品和服务支出', '1.00', '1.00'], ['对个人和家庭的补助', '1.00', '1.00'], ['合计', '3.00', '3.00']];
    const r = readPdfContent({ pages: [divider(1, '2026年基本支出表'), titled(2, null, rows)], failedPages: [] });
    const withBody = r.tables.find((t) => t.grid.values.flat().includes('3.00'))!;
    expect(withBody.grid.values.flat().join()).toContain('2026年基本支出表');
  });
});
