/**
 * The generator states only what the workbook shows (issue 17 §4): a table the workbook does not
 * contain is never 「为空表」; a figure the engine could not read is never printed as 0.00.
 * Invented workbooks, one per case.
 */
import { analyze } from '../../src/engine';
import type { CellValue, SheetGrid } from '../../src/grid/types';
import { generateNarrative, type NarrativeDoc } from '../../src/narrative';
import { grid } from '../recognize/grid-builder';

function sheet(name: string, index: number, rows: CellValue[][]): SheetGrid {
  return { ...grid(name, rows), index };
}

const SUMMARY: CellValue[][] = [
  ['2025年部门收支总表', null, null, null],
  ['部门名称：某某局', null, null, '单位：万元'],
  ['收入', null, '支出', null],
  ['项目', '预算数', '项目', '预算数'],
  ['一、一般公共预算拨款收入', 300, '一、一般公共服务支出', 300],
  ['本年收入合计', 300, '本年支出合计', 300],
  ['收入总计', 300, '支出总计', 300],
];

const THREE_EMPTY: CellValue[][] = [
  ['2025年一般公共预算“三公”经费支出表', null, null, null, null, null],
  ['部门名称：某某局', null, null, null, null, '单位：万元'],
  ['合计', '因公出国（境）费', '公务用车购置及运行费', null, null, '公务接待费'],
  [null, null, '小计', '公务用车购置费', '公务用车运行费', null],
  [null, null, null, null, null, null],
  ['注：本部门2025年无“三公”经费预算，本表为空表。', null, null, null, null, null],
];

const PROCUREMENT: CellValue[][] = [
  ['2025年政府采购预算表', null, null, null, null, null],
  [null, null, null, null, null, '单位：元'],
  ['单位名称', '项目名称', '合计', '货物', '工程', '服务'],
  ['合计', null, null, null, null, null],
  ['某某局', '办公设备购置', 125000, 125000, 0, 0],
  ['某某局', '物业服务', 238600, 0, 0, 238600],
];

const text = (d: NarrativeDoc, id: string) => (d.sections.find((s) => s.id === id)?.paragraphs ?? []).map((p) => p.text).join('\n');
const all = (d: NarrativeDoc) => d.sections.flatMap((s) => s.paragraphs.map((p) => p.text)).join('\n');

describe('the generator states only what the workbook shows', () => {
  test('tables the workbook does not contain are never 「为空表」: marked blank and a note', () => {
    const doc = generateNarrative(analyze([sheet('表一', 0, SUMMARY)]).model);
    expect(all(doc)).not.toContain('为空表');
    expect(text(doc, 'three_public')).toContain('____万元');
    expect(text(doc, 'state_capital')).toContain('____万元');
    expect(doc.notes.join()).toContain('未找到或未能读取');
  });

  test('a 三公 table present and empty may be said to be 「为空表」', () => {
    const doc = generateNarrative(analyze([sheet('表一', 0, SUMMARY), sheet('表八', 1, THREE_EMPTY)]).model);
    expect(text(doc, 'three_public')).toContain('“三公”经费支出表为空表');
  });

  test('a 政府采购 table whose 合计 line is blank is never printed as 0.00', () => {
    const doc = generateNarrative(analyze([sheet('表一', 0, SUMMARY), sheet('表十三', 1, PROCUREMENT)]).model);
    const p = text(doc, 'procurement');
    expect(p).not.toContain('政府采购预算0.00');
    expect(p).toContain('政府采购预算____万元');
    // The types are read from their lines (12.50 + 23.86 万元), never from the blank 合计 line.
    expect(p).toContain('政府采购货物预算12.50万元');
    expect(p).toContain('政府采购服务预算23.86万元');
  });
});
