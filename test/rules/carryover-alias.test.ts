/**
 * 「上年结余、结转」 (深圳) is the 上年结转 line of a 财政拨款收支总表 and a 收支总表, its numbered
 * sub-lines (「1.财政拨款结余、结转」) are not counted again, and the line is not also taken as
 * 上年结余 by its prefix. Invented figures.
 */
import type { SheetGrid } from '../../src/grid/types';
import { checkSheets } from './check-sheets';

function sheet(name: string, title: string, rows: (string | number | null)[][]): SheetGrid {
  const values = [[title, null, null, null], ['单位：万元', null, null, null], ['收入', null, '支出', null], ['项目', '预算数', '项目', '预算数'], ...rows];
  return { name, index: 0, top: 0, left: 0, values, merges: [], hiddenRows: [], hiddenCols: [] };
}

function fiscal(total: number): SheetGrid {
  return sheet('表6', '财政拨款收支总表', [
    ['财政拨款', 100, '一、一般公共服务支出', 112],
    ['1.一般公共预算拨款', 100, '', null],
    ['本年收入合计', 100, '本年支出合计', 112],
    ['上年结余、结转', 12, '结转下年', 0],
    ['1.一般公共预算拨款结余、结转', 12, '', null],
    ['2.政府性基金预算拨款结余、结转', 0, '', null],
    ['收入总计', total, '支出总计', 112],
  ]);
}

function summary(total: number): SheetGrid {
  return sheet('表1', '收支总表', [
    ['一、一般公共预算拨款收入', 100, '一、一般公共服务支出', 120],
    ['二、事业收入', 5, '', null],
    ['本年收入合计', 105, '本年支出合计', 120],
    ['上年结余、结转', 15, '结转下年', 0],
    ['1.财政拨款结余、结转', 12, '', null],
    ['2.非财政拨款结余、结转', 3, '', null],
    ['收入总计', total, '支出总计', 120],
  ]);
}

const errorsOf = (rule: string, sheets: SheetGrid[]) => checkSheets(sheets).filter((f) => f.rule === rule && f.severity === 'error');

describe('「上年结余、结转」 as 上年结转', () => {
  test('财政拨款收支总表: 本年收入合计 + 上年结余、结转 = 收入总计 holds; a wrong 收入总计 is an error', () => {
    expect(errorsOf('fas.income_total', [fiscal(112)])).toEqual([]);
    expect(errorsOf('fas.income_total', [fiscal(113)])).toHaveLength(1);
  });

  test('收支总表: the line is counted once (not again as 上年结余 by its prefix)', () => {
    expect(errorsOf('ies.income_total', [summary(120)])).toEqual([]);
    expect(errorsOf('ies.income_total', [summary(121)])).toHaveLength(1);
  });
});
