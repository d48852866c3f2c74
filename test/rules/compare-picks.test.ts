/**
 * A rule across tables compares the first table of each kind that has an amount column. A heading
 * of the 说明 on a mixed page (「（二）财政拨款收支情况」 over its prose) is read as a table of that
 * kind with no amount column; it must not stand in for the real 财政拨款收支总表 (西安: 「…本年收入合计
 * 0.00万元」 against the real figures). Invented figures.
 */
import type { CellValue } from '../../src/grid/types';
import { recognizeWorkbook } from '../../src/recognize';
import { grid } from '../recognize/grid-builder';
import { checkSheets } from './check-sheets';

const HEADING: CellValue[][] = [['（二）财政拨款收支情况'], ['本部门财政拨款收入一百万元，较上年有所减少，主要原因是人员减少。']];

function summary(general: number): CellValue[][] {
  return [
    ['收支总表', null, null, null],
    ['单位：万元', null, null, null],
    ['收入', null, '支出', null],
    ['项目', '预算数', '项目', '预算数'],
    ['一、一般公共预算拨款收入', general, '一、一般公共服务支出', general],
    ['本年收入合计', general, '本年支出合计', general],
    ['收入总计', general, '支出总计', general],
  ];
}

const FISCAL: CellValue[][] = [
  ['财政拨款收支总表', null, null, null],
  ['单位：万元', null, null, null],
  ['收入', null, '支出', null],
  ['项目', '预算数', '项目', '预算数'],
  ['一、一般公共预算拨款', 100, '一、一般公共服务支出', 100],
  ['二、政府性基金预算拨款', 0, '', null],
  ['本年收入合计', 100, '本年支出合计', 100],
  ['收入总计', 100, '支出总计', 100],
];

const errors = (general: number) =>
  checkSheets([grid('第12页', HEADING), grid('第29页', summary(general)), grid('第32页', FISCAL)]).filter((f) => f.rule === 'cross.fiscal_income' && f.severity === 'error');

describe('the table a cross rule compares', () => {
  test('a 说明 heading read as a table of the kind is not taken for the real table', () => {
    expect(recognizeWorkbook([grid('第12页', HEADING)]).map((t) => t.kind)).toEqual(['fiscal_appropriation_summary']);
    expect(errors(100)).toEqual([]);
  });

  test('the real tables disagreeing is still an error', () => {
    expect(errors(90)).toHaveLength(1);
  });
});
