/**
 * basic.closure: the national template's two-block 基本支出表 (人员经费 | 公用经费 side by side),
 * 决算 and 预算, with invented figures.
 */
import type { CellValue } from '../../src/grid/types';
import { buildModel } from '../../src/model';
import { recognizeWorkbook } from '../../src/recognize';
import { runRules } from '../../src/rules';
import { grid } from '../recognize/grid-builder';

const HEAD = (title: string): CellValue[][] => [[title], ['公开表'], ['部门：某某县水利局', null, null, '金额单位：万元']];

function pkg(stage: '预算' | '决算', staffTotal: number, officeTotal: number, gbeBasic = 81.5, welfare = 0.5, grandTotal: number | null = null) {
  const word = stage === '决算' ? '决算' : '预算';
  const gbe = grid('一般公共预算', [
    ...HEAD(`一般公共预算财政拨款支出${word}表`),
    ['项目', null, '本年支出', null, null],
    ['科目编码', '科目名称', '小计', '基本支出', '项目支出'],
    ['合计', null, gbeBasic + 20, gbeBasic, 20],
    ['213', '农林水支出', gbeBasic + 20, gbeBasic, 20],
  ], [{ r0: 3, c0: 0, r1: 3, c1: 1 }, { r0: 3, c0: 2, r1: 3, c1: 4 }]);
  const basic = grid('基本支出', [
    ...HEAD(`一般公共预算财政拨款基本支出${word}表`),
    ['人员经费', null, null, '公用经费', null, null, null, null, null],
    ['科目编码', '科目名称', `${word}数`, '科目编码', '科目名称', `${word}数`, '科目编码', '科目名称', `${word}数`],
    ['301', '工资福利支出', 55.25, '302', '商品和服务支出', 9.5, '30229', '福利费', welfare],
    ['30101', '基本工资', 30.25, '30201', '办公费', 4, '310', '资本性支出', 1.25],
    ['30102', '津贴补贴', 25, '30211', '差旅费', 5, '31002', '办公设备购置', 1.25],
    ['303', '对个人和家庭的补助', 15.5, null, null, null, null, null, null],
    ['30302', '退休费', 15.5, null, null, null, null, null, null],
    ['人员经费合计', null, staffTotal, '公用经费合计', null, null, null, null, officeTotal],
    ...(grandTotal !== null ? [['合计', null, grandTotal, null, null, null, null, null, null]] : []),
  ], [{ r0: 3, c0: 0, r1: 3, c1: 2 }, { r0: 3, c0: 3, r1: 3, c1: 8 }]);
  return buildModel(recognizeWorkbook([gbe, basic]));
}
const closure = (m: ReturnType<typeof pkg>) => runRules(m).filter((f) => f.rule === 'basic.closure');

describe.each(['决算', '预算'] as const)('two-block 基本支出%s表', (stage) => {
  test('balanced blocks (302 carried on into the next sub-block) give nothing', () => {
    // 人员经费 55.25 + 15.5 = 70.75; 公用经费 9.5 (302 with 30229 in the third block) + 1.25 = 10.75
    expect(closure(pkg(stage, 70.75, 10.75))).toEqual([]);
    // and 302 is not compared with its middle-block items alone (basic.rows)
    expect(runRules(pkg(stage, 70.75, 10.75)).filter((f) => f.severity !== 'info')).toEqual([]);
  });
  test('302 against its items in both sub-blocks', () => {
    const fs = closure(pkg(stage, 70.75, 10.75, 81.5, 0.75));
    expect(fs.map((f) => f.message)).toContainEqual(expect.stringContaining('「302 商品和服务支出」 9.50万元 ≠ 其分列两块的下级科目之和 9.75万元'));
  });
  test('a planted error in 人员经费合计 is an error naming the cells', () => {
    const fs = closure(pkg(stage, 72.75, 10.75));
    expect(fs.map((f) => f.severity)).toEqual(['error']);
    expect(fs[0].message).toContain('人员经费合计 72.75万元 ≠ 301、303之和 70.75万元');
    expect(fs[0].cells).toContainEqual({ sheet: '基本支出', row: 10, col: 2 });
    // the sum against 一般公共预算支出表.基本支出 follows from it and travels with it
    expect(fs[0].consequences?.[0]?.message ?? fs[0].message).toContain('一般公共预算支出表基本支出');
  });
  test('a planted error in 公用经费合计', () => {
    const fs = closure(pkg(stage, 70.75, 11.75));
    expect(fs.map((f) => [f.severity, f.actual, f.expected])).toContainEqual(['error', '11.75', '10.75']);
  });
  test('blocks that close but do not reach 一般公共预算支出表.基本支出', () => {
    const fs = closure(pkg(stage, 70.75, 10.75, 90));
    expect(fs.map((f) => f.message)).toEqual([expect.stringContaining('人员经费合计 + 公用经费合计 81.50万元 ≠ 一般公共预算支出表基本支出 90.00万元')]);
  });
  test('a whole-table 合计 row under the 人员经费 block is not the block\'s total; it is the sum of both', () => {
    expect(runRules(pkg(stage, 70.75, 10.75, 81.5, 0.5, 81.5)).filter((f) => f.severity !== 'info')).toEqual([]);
    const fs = closure(pkg(stage, 70.75, 10.75, 81.5, 0.5, 82.5));
    expect(fs.map((f) => f.message)).toEqual([expect.stringContaining('基本支出表合计 82.50万元 ≠ 人员经费合计 + 公用经费合计 81.50万元')]);
  });
  test('a 尾差 of one cent is a warning', () => {
    const fs = closure(pkg(stage, 70.76, 10.75, 81.51));
    expect(fs.length).toBeGreaterThan(0);
    expect(fs.every((f) => f.severity === 'warning' && f.rounding)).toBe(true);
  });
});
