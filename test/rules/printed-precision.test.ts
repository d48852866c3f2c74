/**
 * A figure printed with one decimal (「480544221.6」 beside 480544221.62 in the other table) was
 * rounded to 0.1 of its unit: the comparison allows that as 尾差, and only that. Invented figures.
 */
import type { CellValue } from '../../src/grid/types';
import { parseAmountText } from '../../src/grid/number';
import { grid } from '../recognize/grid-builder';
import { checkSheets } from './check-sheets';

function summary(general: string): CellValue[][] {
  return [
    ['收支总表', null, null, null],
    ['单位：元', null, null, null],
    ['收入', null, '支出', null],
    ['项目', '预算数', '项目', '预算数'],
    ['一、一般公共预算拨款收入', general, '一、一般公共服务支出', general],
    ['本年收入合计', general, '本年支出合计', general],
    ['收入总计', general, '支出总计', general],
  ];
}

function fiscal(general: string): CellValue[][] {
  return [
    ['财政拨款收支总表', null, null, null],
    ['单位：元', null, null, null],
    ['收入', null, '支出', null],
    ['项目', '预算数', '项目', '预算数'],
    ['一、一般公共预算拨款', general, '一、一般公共服务支出', general],
    ['二、政府性基金预算拨款', '0.00', '', null],
    ['本年收入合计', general, '本年支出合计', general],
    ['收入总计', general, '支出总计', general],
  ];
}

const findings = (a: string, b: string) =>
  checkSheets([grid('第3页', summary(a)), grid('第5页', fiscal(b))]).filter((f) => f.rule === 'cross.fiscal_income');
const errors = (a: string, b: string) => findings(a, b).filter((f) => f.severity === 'error');

describe('printed precision in the 尾差 tolerance', () => {
  test('the number parser tells how many decimals a text printed', () => {
    expect(parseAmountText('7,654,321.6')).toMatchObject({ kind: 'number', decimals: 1 });
    expect(parseAmountText('7654321.62')).toMatchObject({ kind: 'number', decimals: 2 });
    expect(parseAmountText('7654321')).toMatchObject({ kind: 'number', decimals: 0 });
  });

  test('a total printed with one decimal, within its rounding, is a 尾差', () => {
    expect(findings('7654321.62', '7654321.62')).toEqual([]);
    expect(errors('7654321.62', '7654321.6')).toEqual([]);
    expect(errors('7654321.67', '7654321.6')).toEqual([]);
  });

  test('a one-decimal total off by more than its rounding is still an error', () => {
    expect(errors('7654321.82', '7654321.6')).toHaveLength(1);
  });

  test('two-decimal figures keep the 0.01 tolerance', () => {
    expect(errors('7654321.67', '7654321.60')).toHaveLength(1);
  });
});

/** A unit line printed with one decimal over its units (收入总表 by unit): the same room inside one table. */
describe('printed precision in a table’s own sums', () => {
  const income = (dept: string, a: string, b: string): CellValue[][] => [
    ['收入总表', null, null],
    ['单位：元', null, null],
    ['单位名称', '合计', '一般公共预算拨款'],
    ['合计', dept, dept],
    ['某某局', dept, dept],
    ['某某局本级', a, a],
    ['某某中心', b, b],
  ];
  const rowErrors = (dept: string, a: string, b: string) =>
    checkSheets([grid('第2页', income(dept, a, b))]).filter((f) => f.rule === 'income.rows' && f.severity === 'error');

  test('a one-decimal unit total within its rounding of its units is no error', () => {
    expect(rowErrors('480544221.6', '400000000.33', '80544221.34')).toEqual([]);
  });

  test('a one-decimal unit total off by more is still an error', () => {
    expect(rowErrors('480544221.6', '400000000.33', '80544222.34').length).toBeGreaterThan(0);
  });

  test('two-decimal figures keep the 0.01 tolerance', () => {
    expect(rowErrors('480544221.60', '400000000.33', '80544221.34').length).toBeGreaterThan(0);
  });
});
