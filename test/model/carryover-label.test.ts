/** 「上年结余、结转」 (深圳's 财政拨款收支总表) is the 上年结转 line, so the income total balances. */
import { analyze } from '../../src/engine';
import { grid } from '../recognize/grid-builder';

it('「上年结余、结转」 in a 财政拨款收支总表 is 上年结转', () => {
  const rows = [
    ['财政拨款收支总表', null, null, null],
    ['单位：万元', null, null, null],
    ['项目', '预算数', '项目', '预算数'],
    ['一般公共预算拨款', '100.00', '一般公共服务支出', '130.00'],
    ['本年收入合计', '100.00', '本年支出合计', '130.00'],
    ['上年结余、结转', '30.00', '结转下年', '0.00'],
    ['收入总计', '130.00', '支出总计', '130.00'],
  ];
  const a = analyze([grid('表6', rows)]);
  expect(a.tables[0].kind).toBe('fiscal_appropriation_summary');
  expect(a.model.figure('fiscal_appropriation_summary', '上年结转')?.value.toString()).toBe('30');
  expect(a.findings.filter((f) => f.rule === 'fas.income_total')).toEqual([]);
});
