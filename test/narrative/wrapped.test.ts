/**
 * Sentences broken across lines (PDF and fixed-width exports) are read whole: a figure split from
 * its unit, a subject split from its figure, a 「其中」 list over several lines — and findings keep
 * the line where the sentence starts.
 */
import { buildModel } from '../../src/model';
import { checkNarrative } from '../../src/narrative';
import { extractClaims } from '../../src/narrative/check/claims';
import { logicalLines } from '../../src/narrative/check/wrapped';

const noTables = buildModel([]);

describe('wrapped lines', () => {
  it('joins a continuation line, not a new paragraph, a numbered item or a heading', () => {
    const text = [
      '    支出预算1,212.12万元，其中：财政拨款支出预算950.12万元。财政拨款支出预算中，一般公共预算拨',
      '款支出预算950.12万元；国有资本经营预算拨款支',
      '出预算0.00万元。',
      '    财政拨款支出主要内容如下：',
      '  1. “住房保障支出（类）住房改革支出（款）住房公积金（项）”33.58万元，',
      '主要用于公积金缴费。',
      '(一) 基本支出',
      '2024 年基本支出 89.05 万元。',
    ].join('\n');
    expect(logicalLines(text).map((l) => [l.pieces[0].line, l.text.trim().slice(0, 12)])).toEqual([
      [1, '支出预算1,212.12'],
      [4, '财政拨款支出主要内容如下'],
      [5, '1. “住房保障支出(类'],
      [7, '(一) 基本支出'],
      [8, '2024 年基本支出 8'],
    ]);
  });

  it('reads a figure split from its unit, even over an empty line, on the line its sentence starts', () => {
    const claims = extractClaims('其中，整体支出绩效目标设置二级指标12个、三级指标12个；项目支出绩效目标设置二级指标12\n\n个、三级指标 12 个。');
    expect(claims.map((c) => [c.line, c.printed, c.unit])).toEqual([[1, '12', '个'], [1, '12', '个'], [1, '12', '个'], [1, '12', '个']]);
    const later = extractClaims('第一句。\n收入总计100.00万元。支出总计\n100.00万元。');
    expect(later.map((c) => [c.line, c.subject])).toEqual([[2, '收入总计'], [2, '支出总计']]);
  });

  it('gives no stray warning for a subject broken across lines (上海 「国有资\\n本经营预算拨款支出预算0.00万元」)', () => {
    const text = [
      '    支出预算18,976.76万元，其中：财政拨款支出预算18,976.76万元，比2024年预算增加3,355.65万元。财政拨款支出预算中，一般公共预算拨款',
      '支出预算18,976.76万元，比2024年预算增加3,355.65万元；政府性基金拨款支出预算0.00万元，比2024年预算持平；国有资',
      '本经营预算拨款支出预算0.00万元，比2024年预算持平。',
    ].join('\n');
    expect(checkNarrative(text, noTables)).toEqual([]);
  });

  it('closes a 「其中」 list at the end of its sentence', () => {
    const text = '    支出预算9,101.68万元，其中：财政拨款支出预算9,101.68万元。财政拨款支出预算中，一般公共预算拨款支出预算9,101.68万元；政府性基金\n拨款支出预算0万元。';
    expect(checkNarrative(text, noTables).filter((f) => f.rule === 'narrative.parts_exceed_total')).toEqual([]);
    const real = checkNarrative('    支出预算100.00万元，其中：基本支出80.00万元，项目支\n出30.00万元。', noTables);
    expect(real.map((f) => [f.rule, f.line])).toEqual([['narrative.parts_exceed_total', 1]]);
  });
});

describe('amounts of another period', () => {
  it('are not compared with the tables, but 上年结转 is this year’s figure', async () => {
    const { analyze } = await import('../../src/engine');
    const { loadWorkbook } = await import('../../src/cli/load');
    const { fixturePath } = await import('../fixtures');
    const model = analyze((await loadWorkbook(fixturePath('luanchuan-2023'))).sheets).model;
    const rules = (text: string) => checkNarrative(text, model).filter((f) => f.rule === 'narrative.amount_mismatch').map((f) => f.actual);
    expect(rules('2022年当年预算执行数为100.00万元，2023年收入合计595.94万元。')).toEqual([]);
    expect(rules('一般公共预算财政拨款支出年初预算为1.00万元。')).toEqual([]);
    expect(rules('2023年上年结转结余10.00万元。')).toEqual(['10.00']);
  });
});
