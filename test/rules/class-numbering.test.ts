/**
 * A 收支总表 printed without 科目编码 (深圳): its 类 lines are numbered 「一、」, its 款 and 项 are not and
 * may repeat the 类's name (「三、其他支出 / 其他支出 / 其他支出」) or start with its stem (「二、城乡社区支出
 * / 城乡社区环境卫生」). Only the numbered line is the 类 when compared 逐科目 with the coded 支出总表.
 * Invented figures.
 */
import type { SheetGrid } from '../../src/grid/types';
import { recognizeWorkbook } from '../../src/recognize';
import { checkSheets } from './check-sheets';

function summary(urban: number): SheetGrid {
  const values = [
    ['收支总表', null, null, null],
    ['单位：万元', null, null, null],
    ['收入', null, '支出', null],
    ['项目', '预算数', '项目', '预算数'],
    ['一、财政拨款', 300, '一、教育支出', 50],
    ['1.一般公共预算拨款', 300, '进修及培训', 50],
    ['', null, '培训支出', 50],
    ['', null, '二、城乡社区支出', urban],
    ['', null, '城乡社区管理事务', 80],
    ['', null, '行政运行', 80],
    ['', null, '城乡社区环境卫生', 120],
    ['', null, '城乡社区环境卫生', 120],
    ['', null, '三、其他支出', 50],
    ['', null, '其他支出', 50],
    ['', null, '其他支出', 50],
    ['本年收入合计', 300, '本年支出合计', 300],
    ['收入总计', 300, '支出总计', 300],
  ];
  return { name: '表1', index: 0, top: 0, left: 0, values, merges: [], hiddenRows: [], hiddenCols: [] };
}

function expenditure(): SheetGrid {
  const values = [
    ['支出总表', null, null, null, null],
    ['单位：万元', null, null, null, null],
    ['科目编码', '科目名称', '合计', '基本支出', '项目支出'],
    [null, '合计', 300, 130, 170],
    ['205', '教育支出', 50, 0, 50],
    ['20508', '进修及培训', 50, 0, 50],
    ['2050803', '培训支出', 50, 0, 50],
    ['212', '城乡社区支出', 200, 80, 120],
    ['21201', '城乡社区管理事务', 80, 80, 0],
    ['2120101', '行政运行', 80, 80, 0],
    ['21205', '城乡社区环境卫生', 120, 0, 120],
    ['2120501', '城乡社区环境卫生', 120, 0, 120],
    ['229', '其他支出', 50, 50, 0],
    ['22999', '其他支出', 50, 50, 0],
    ['2299999', '其他支出', 50, 50, 0],
  ];
  return { name: '表3', index: 2, top: 0, left: 0, values, merges: [], hiddenRows: [], hiddenCols: [] };
}

const errors = (urban: number) => checkSheets([summary(urban), expenditure()]).filter((f) => f.rule === 'cross.expenditure_summary' && f.severity === 'error');

describe('收支总表 without codes: the numbered line is the 类', () => {
  test('the un-numbered 款/项 repeating the 类 name are not the 类 again', () => {
    const t = recognizeWorkbook([summary(200)]).find((x) => x.kind === 'income_expenditure_summary')!;
    const other = t.lists.flatMap((l) => l.lines).filter((l) => l.name === '其他支出');
    expect(other.map((l) => l.code)).toEqual(['229', undefined, undefined]);
    expect(errors(200)).toEqual([]);
  });

  test('a wrong 类 figure is still an error', () => {
    const es = errors(210);
    expect(es).toHaveLength(1);
    expect(es[0].message).toMatch(/城乡社区支出.*210\.00 ≠ 200\.00/);
  });
});

/** The same 收支总表 without numbering (杭州): 类, 款 and 项 told apart by order only. */
function unnumbered(defence: number): SheetGrid {
  const values = [
    ['收支总表', null, null, null],
    ['单位：万元', null, null, null],
    ['收入', null, '支出', null],
    ['项目', '预算数', '项目', '预算数'],
    ['一、财政拨款', 100, '国防支出', defence],
    ['', null, '国防动员', 18],
    ['', null, '交通战备', 18],
    ['', null, '其他支出', 82],
    ['', null, '其他支出', 82],
    ['', null, '其他支出', 82],
    ['本年收入合计', 100, '本年支出合计', 100],
    ['收入总计', 100, '支出总计', 100],
  ];
  return { name: '表1', index: 0, top: 0, left: 0, values, merges: [], hiddenRows: [], hiddenCols: [] };
}

function coded(): SheetGrid {
  const values = [
    ['支出总表', null, null, null, null],
    ['单位：万元', null, null, null, null],
    ['科目编码', '科目名称', '合计', '基本支出', '项目支出'],
    [null, '合计', 100, 0, 100],
    ['203', '国防支出', 18, 0, 18],
    ['20306', '国防动员', 18, 0, 18],
    ['2030607', '交通战备', 18, 0, 18],
    ['229', '其他支出', 82, 0, 82],
    ['22999', '其他支出', 82, 0, 82],
    ['2299999', '其他支出', 82, 0, 82],
  ];
  return { name: '表3', index: 2, top: 0, left: 0, values, merges: [], hiddenRows: [], hiddenCols: [] };
}

describe('收支总表 without codes nor numbering: a 类 appears once', () => {
  const errs = (defence: number) => checkSheets([unnumbered(defence), coded()]).filter((f) => f.rule === 'cross.expenditure_summary' && f.severity === 'error');

  test('lines under a 类 repeating or starting with its name are finer lines', () => {
    expect(errs(18)).toEqual([]);
  });

  test('a wrong 类 figure is still an error', () => {
    expect(errs(20).some((f) => /国防支出.*20\.00 ≠ 18\.00/.test(f.message))).toBe(true);
  });
});
