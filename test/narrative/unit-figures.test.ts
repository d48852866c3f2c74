/**
 * Figures the 说明 states for one unit (issue 17 brief: 「其中：XX中心支出…万元」 and unit sections)
 * against that unit's lines of a table listing units (unit-lines.ts). INVENTED figures: 云溪县档案局
 * spends 500 (2024) = 局本级 420 + 云溪县档案馆 80. A unit's figure its line shows gives nothing; one it does
 * not show is a warning in doubt — never an error (the model cannot tell which column a unit's
 * sentence means).
 */
import { checkNarrative } from '../../src/narrative';
import { list, model, table } from '../rules/build';

const DEPT = '云溪县档案局';
const withRoles = (l: ReturnType<typeof list>) => ({ ...l, columns: l.columns.map((c) => (c.type === 'amount' ? { ...c, role: c.path[0] } : c)) });
const byUnit = table('支出总表', 'expenditure_summary', [withRoles(list('支出总表', 'main', [['合计'], ['基本支出'], ['项目支出']], [
  { name: '合计', kind: 'total', amounts: [500, 320, 180] },
  { name: '云溪县档案局（本级）', kind: 'unit', amounts: [420, 270, 150] },
  { name: '云溪县档案馆', kind: 'unit', amounts: [80, 50, 30] },
]))], '万元', { department: DEPT });
const m = model(byUnit);
const mismatches = (text: string) => checkNarrative(`${DEPT}2024年部门预算公开说明\n一、支出预算情况\n${text}`, m)
  .filter((f) => f.rule === 'narrative.amount_mismatch').map((f) => `${f.severity}${f.doubt ? ' doubt' : ''} ${f.actual}`);

describe('a unit’s figure against its own line of a table listing units', () => {
  it('「其中：云溪县档案馆支出预算…」: the unit’s line shows 80 → nothing; 85 → a warning in doubt, never an error', () => {
    expect(mismatches('2024年支出预算500.00万元，其中：云溪县档案馆支出预算80.00万元。')).toEqual([]);
    expect(mismatches('2024年支出预算500.00万元，其中：云溪县档案馆支出预算85.00万元。')).toEqual(['warning doubt 85.00']);
    // 「…支出85.00万元」 in the list names no figure the tables hold (no subject): not compared at all
    expect(mismatches('2024年支出预算500.00万元，其中：云溪县档案馆支出85.00万元。')).toEqual([]);
    // alone, not in a list: a warning in doubt
    expect(mismatches('云溪县档案馆2024年支出预算85.00万元。')).toEqual(['warning doubt 85.00']);
    expect(mismatches('云溪县档案馆2024年支出预算80.00万元。')).toEqual([]);
  });
  it('a unit section: its 基本支出 50 shown on its line → nothing; 55 → a warning in doubt', () => {
    expect(mismatches('三、云溪县档案馆\n2024年基本支出50.00万元。')).toEqual([]);
    expect(mismatches('三、云溪县档案馆\n2024年基本支出55.00万元。')).toEqual(['warning doubt 55.00']);
  });
  it('a unit figure printed in 元 is compared at 元: 800000元 is not its line of 80.4万元, 804000元 is', () => {
    const m2 = model(table('支出总表', 'expenditure_summary', [withRoles(list('支出总表', 'main', [['合计']], [
      { name: '合计', kind: 'total', amounts: [500.4] },
      { name: '云溪县档案局（本级）', kind: 'unit', amounts: [420] },
      { name: '云溪县档案馆', kind: 'unit', amounts: [80.4] },
    ]))], '万元', { department: DEPT }));
    const inYuan = (text: string) => checkNarrative(`${DEPT}2024年部门预算公开说明\n一、支出预算情况\n${text}`, m2)
      .filter((f) => f.rule === 'narrative.amount_mismatch').map((f) => `${f.severity}${f.doubt ? ' doubt' : ''} ${f.actual}`);
    expect(inYuan('云溪县档案馆2024年支出预算804000元。')).toEqual([]);
    expect(inYuan('云溪县档案馆2024年支出预算800000元。')).toEqual(['warning doubt 800000']);
  });
  it('the department’s own figure stays an error', () => {
    expect(mismatches('2024年支出预算510.00万元。')).toEqual(['error 510.00']);
  });
});
