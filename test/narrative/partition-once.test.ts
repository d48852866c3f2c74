/**
 * A 「包括」 list naming every part of a complete set (政府采购: 货物/工程/服务) that falls short of
 * its total is reported once, as parts_short_of_total (src/narrative/check/partition.ts), not a
 * second time as parts_below_total (review/counts.ts, the reviewer's checks). Invented figures.
 */
import { checkNarrative } from '../../src/narrative';
import { list, model, table } from '../rules/build';

const m = model(table('支出总表', 'expenditure_summary', [list('支出总表', 'main', [['合计']], [{ name: '合计', kind: 'total', amounts: [500] }])], '万元', { department: '云溪县档案局' }));
const listRules = (text: string) => checkNarrative(`云溪县档案局2025年部门预算公开说明\n一、政府采购情况\n${text}`, m, undefined, { review: true })
  .filter((f) => /parts_(short_of|below)_total/.test(f.rule)).map((f) => `${f.rule} ${f.severity}`);

describe('a complete set short of its total', () => {
  it('is one error; the same list adding up is nothing', () => {
    expect(listRules('2025年政府采购预算安排261.00万元，包括：政府采购货物预算236.00万元、政府采购工程预算0.00万元、政府采购服务预算0.00万元。'))
      .toEqual(['narrative.parts_short_of_total error']);
    expect(listRules('2025年政府采购预算安排261.00万元，包括：政府采购货物预算236.00万元、政府采购工程预算0.00万元、政府采购服务预算25.00万元。')).toEqual([]);
  });
  it('a list that is no complete set still gets parts_below_total', () => {
    expect(listRules('2025年支出预算500.00万元，包括：基本支出300.00万元、项目支出150.00万元。')).toEqual(['narrative.parts_below_total warning']);
  });
});
