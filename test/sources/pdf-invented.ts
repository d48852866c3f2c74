/**
 * An invented published package as a PDF (test/sources/pdf-writer.ts): a 说明 page, a ruled
 * 收支总表 with merged header groups, a 一般公共预算支出表 over two pages with its header repeated,
 * running heads and page numbers. Balanced; `variant` changes figures so checks find problems.
 * Used by the source's tests and the workbench's browser test.
 */
import { buildPdf, ruledTable, type TestPage } from './pdf-writer';

export const HEAD = { x: 300, y: 30, s: '某某局2026年部门预算' };
const pageNo = (n: number) => ({ x: 410, y: 570, s: `- ${n} -` });

/** 收支总表 with 收入 / 支出 header groups spanning two columns each. */
export function summaryPage(): TestPage {
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

export const PROSE: TestPage = {
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

export interface PackageVariant {
  /** The 合计 row's 合计 of the 一般公共预算支出表 (printed on the second page of that table). */
  gbeTotal?: string;
  /** The 说明's 收入总计. */
  narrativeIncome?: string;
}

export function packagePdf(variant: PackageVariant = {}): Buffer {
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
    ['', '合计', variant.gbeTotal ?? '1,234.56', '1,034.56', '200.00'],
  ];
  const prose = variant.narrativeIncome
    ? { texts: PROSE.texts!.map((t) => (t.s.includes('收入总计') ? { ...t, s: t.s.replace('收入总计1,234.56', `收入总计${variant.narrativeIncome}`) } : t)) }
    : PROSE;
  return buildPdf([prose, summaryPage(), gbePage(first, true, 3), gbePage(second, false, 4)]);
}
