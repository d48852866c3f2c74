/**
 * 政府采购 by type from a 政府采购预算表 (a table added in memory to the 永登 workbook), 国有资产占用
 * from figures the user typed, the marked blanks otherwise, and the department's name when
 * recognition has none (永登: the unit its by-unit tables list).
 */
import { analyze } from '../../src/engine';
import { loadWorkbook } from '../../src/cli/load';
import type { SheetGrid } from '../../src/grid/types';
import type { BudgetModel } from '../../src/model/types';
import type { RecognizedTable } from '../../src/recognize/types';
import { checkNarrative, generateNarrative, narrativeToText, type NarrativeDoc } from '../../src/narrative';
import { departmentOf } from '../../src/narrative/department';
import { fixturePath } from '../fixtures';

/** A 政府采购预算表 as departments publish it: one column per type, a 合计 line, one line per project. */
function procurementSheet(index: number, unit: string): SheetGrid {
  const values = [
    ['表十三 政府采购预算表', null, null, null, null, null],
    [null, null, null, null, null, `单位：${unit}`],
    ['单位名称', '项目名称', '合计', '货物', '工程', '服务'],
    ['合计', null, 25.5, 5.5, 0, 20],
    ['永登县政务服务中心', '政务大厅云桌面租用', 3, 0, 0, 3],
    ['永登县政务服务中心', '办公设备购置', 5.5, 5.5, 0, 0],
    ['永登县政务服务中心', '政务专网租用', 17, 0, 0, 17],
  ];
  return { name: '表十三 政府采购预算表', index, top: 0, left: 0, values, merges: [{ r0: 0, c0: 0, r1: 0, c1: 5 }], hiddenRows: [], hiddenCols: [] };
}

let plain: BudgetModel;
let withProcurement: BudgetModel;
beforeAll(async () => {
  const sheets = (await loadWorkbook(fixturePath('yongdeng-2024'))).sheets;
  plain = analyze(sheets).model;
  withProcurement = analyze([...sheets, procurementSheet(sheets.length, '万元')]).model;
});
const paragraph = (doc: NarrativeDoc, id: string) => doc.sections.find((s) => s.id === id)?.paragraphs[0]?.text;

describe('政府采购', () => {
  it('reads 货物/工程/服务 from the 政府采购预算表 and passes its own checker', () => {
    const doc = generateNarrative(withProcurement);
    expect(paragraph(doc, 'procurement')).toBe('2024年永登县政务服务中心政府采购预算25.50万元，其中：政府采购货物预算5.50万元、政府采购工程预算0.00万元、政府采购服务预算20.00万元。');
    const findings = checkNarrative(narrativeToText(doc), withProcurement).filter((f) => f.rule !== 'narrative.blank');
    expect(findings).toEqual([]);
  });

  it('reports a stated 货物 amount the table does not have, with its cell', () => {
    const f = checkNarrative('2024年政府采购预算25.50万元，其中：政府采购货物预算15.50万元、政府采购服务预算10.00万元。', withProcurement);
    const wrong = f.filter((x) => x.rule === 'narrative.amount_mismatch');
    expect(wrong.map((x) => [x.expected, x.actual, x.cells.map((c) => `${c.sheet}!${c.row},${c.col}`)])).toEqual([
      ['5.50', '15.50', ['表十三 政府采购预算表!3,3']],
      ['20.00', '10.00', ['表十三 政府采购预算表!3,5']],
    ]);
  });

  it('leaves the marked blanks when the workbook has no 政府采购 table', () => {
    expect(paragraph(generateNarrative(plain), 'procurement')).toBe('2024年永登县政务服务中心政府采购预算____万元，其中：政府采购货物预算____万元、政府采购工程预算____万元、政府采购服务预算____万元。');
  });
});

describe('国有资产占用', () => {
  it('states the figures the user typed, blanks for the rest, and the checker accepts them', () => {
    const doc = generateNarrative(plain, { figures: { 车辆总数: 3, 一般公务用车: '1', 执法执勤用车: '2', 特种专业技术用车: 0, 通用设备: '' } });
    const text = paragraph(doc, 'assets');
    expect(text).toBe('截至2023年末，永登县政务服务中心共有车辆3辆，其中：一般公务用车1辆、执法执勤用车2辆、特种专业技术用车0辆；单位价值50万元以上通用设备____台（套），单位价值100万元以上专用设备____台（套）。');
    expect(checkNarrative(text!, plain).filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('without typed figures every count is a marked blank (河南格式 too)', () => {
    expect(paragraph(generateNarrative(plain), 'assets')).toContain('共有车辆____辆，其中：一般公务用车____辆');
    expect(generateNarrative(plain, { template: 'henan' }).sections.find((s) => s.id === 'assets')?.paragraphs[0].text).toBe('2023年期末，永登县政务服务中心共有车辆____辆；单位价值50万元以上通用设备____套，单位价值100万元以上专用设备____套。');
  });
});

describe('department name', () => {
  const model = (department: string | null, titles: string[], units: string[] = []) => ({
    department,
    tables: titles.map((title) => ({ title, lists: [{ lines: units.map((name) => ({ name, kind: 'unit' })) }] }) as unknown as RecognizedTable),
  }) as BudgetModel;

  it('永登: from recognition, or else the one unit the by-unit tables list', () => {
    expect(generateNarrative(plain).title).toBe('永登县政务服务中心2024年部门预算说明');
    expect(departmentOf({ ...plain, department: null } as BudgetModel)).toBe('永登县政务服务中心');
  });

  it('from a title that names it, before or after the year; never a table name', () => {
    expect(departmentOf(model(null, ['表一、部门/单位收支总体情况表', '2024年洛阳市伊川县政务服务中心部门预算']))).toBe('洛阳市伊川县政务服务中心');
    expect(departmentOf(model(null, ['上海市普陀区社会福利院2024年单位预算']))).toBe('上海市普陀区社会福利院');
    expect(departmentOf(model(null, ['2024年部门收支预算总表']))).toBeNull();
    expect(departmentOf(model(null, ['表五'], ['甲局', '乙局']))).toBeNull();
    expect(departmentOf(model('伊川县政务服务中心', ['2024年某某局部门预算']))).toBe('伊川县政务服务中心');
  });
});
