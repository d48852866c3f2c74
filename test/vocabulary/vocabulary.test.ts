/** The one vocabulary: the label normalizer's presets, the fold's scopes, table names and 类 names. */
import { BARE, CATALOG_NAME, LABEL, normalize, normalizeLabel, RULE_LABEL, titleForm } from '../../src/vocabulary/labels';
import { toHalfWidth } from '../../src/vocabulary/fold';
import { kindOfWrittenName, listedTitleKind, standInsFor, tableKindOf, tableShortName } from '../../src/vocabulary/tables';
import { FUNCTION_CLASSES } from '../../src/vocabulary/function-classes';
import { functionClasses } from '../../src/catalog/data/function/classes';

describe('label normalizer presets', () => {
  test('LABEL: numbering, 其中, quotes gone; parentheses full-width; never the whole label', () => {
    expect(normalizeLabel('（一） 一般公共预算(补助)')).toBe('一般公共预算（补助）');
    expect(normalizeLabel('其中：“三公”经费')).toBe('三公经费');
    expect(normalizeLabel('一、')).toBe('一、');
    expect(normalizeLabel('１．基本支出')).toBe('基本支出');
  });
  test('TITLE keeps numbering and folds to full-width parentheses', () => {
    expect(titleForm('表一 部门收支总表(万元)')).toBe('表一部门收支总表（万元）');
  });
  test('RULE_LABEL: half-width parentheses, a leading run of numerals read alike on both sides', () => {
    expect(normalize('（一）工资（福利）', RULE_LABEL)).toBe('工资(福利)');
    expect(normalize('一般公共预算', RULE_LABEL)).toBe('般公共预算');
  });
  test('CATALOG_NAME: code prefix, every numbering level, level marks, trailing punctuation', () => {
    expect(normalize('【30201】 一、（一）办公费（类）：', CATALOG_NAME)).toBe('办公费');
  });
  test('BARE: no parentheses at all; drop-content: a remark in parentheses goes with them', () => {
    expect(normalize('维修（护）费 ', BARE)).toBe('维修护费');
    expect(normalize('某局 (本级)', { spaces: true, parens: 'drop-content' })).toBe('某局');
  });
  test('the same options give the same answer whoever asks', () => {
    expect(normalize('其中：２、x', LABEL)).toBe(normalizeLabel('其中：２、x'));
  });
});

describe('half-width fold', () => {
  test("'number' folds digits and number punctuation only; 'ascii' every full-width character", () => {
    expect(toHalfWidth('１２３．４５％ＡＢ−')).toBe('123.45%ＡＢ-');
    expect(toHalfWidth('１２３．４５％ＡＢ', 'ascii')).toBe('123.45%AB');
  });
});

describe('table names', () => {
  test('a rule name, a loosely written name and a listed title each find their kind', () => {
    expect(tableKindOf('三公经费表')).toBe('three_public_expenses');
    expect(tableKindOf('收支总')).toBeNull();
    expect(kindOfWrittenName('部门收支总表')).toBe('income_expenditure_summary');
    expect(kindOfWrittenName('三公经费')).toBe('three_public_expenses');
    expect(listedTitleKind('一般公共预算基本支出表')).toBe('general_budget_basic_expenditure');
    expect(tableShortName('income_summary')).toBe('收入总表');
  });
  test('one map of kinds standing in for each other', () => {
    expect(standInsFor('general_budget_basic_expenditure')).toEqual(['general_budget_basic_expenditure', 'general_budget_basic_functional', 'general_budget_economic_expenditure']);
    expect(standInsFor('income_summary')).toEqual(['income_summary']);
  });
});

describe('功能分类 类 names come from the catalog', () => {
  test('every catalog 类 is there, with its name without 支出 but never a two-character rest', () => {
    expect(FUNCTION_CLASSES.map((c) => c.code)).toEqual(functionClasses.map((c) => c.code));
    expect(FUNCTION_CLASSES.find((c) => c.code === '201')!.aliases).toContain('一般公共服务');
    expect(FUNCTION_CLASSES.find((c) => c.code === '210')!.aliases).toContain('医疗卫生与计划生育支出');
    expect(FUNCTION_CLASSES.find((c) => c.code === '229')!.aliases).not.toContain('其他');
  });
});
