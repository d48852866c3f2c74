import { amount, tableKindOf } from '../../functions/pure/amount';
import { checkCount } from '../../functions/pure/check';
import { err, finding, sampleAnalysis } from './helpers';

describe('table names', () => {
  test('Chinese names, variants and kind ids', () => {
    expect(tableKindOf('收支总表')).toBe('income_expenditure_summary');
    expect(tableKindOf('部门收支总表')).toBe('income_expenditure_summary');
    expect(tableKindOf('三公经费表')).toBe('three_public_expenses');
    expect(tableKindOf('“三公”经费表')).toBe('three_public_expenses');
    expect(tableKindOf('三公经费')).toBe('three_public_expenses');
    expect(tableKindOf('一般公共预算支出表')).toBe('general_budget_expenditure');
    expect(tableKindOf('three_public_expenses')).toBe('three_public_expenses');
    expect(tableKindOf('工资表')).toBeNull();
  });
});

describe('YS.AMOUNT', () => {
  const a = sampleAnalysis();
  test('named figures of recognized tables, in the table unit', () => {
    expect(amount(a, '收支总表', '收入总计')).toBe(137.05);
    expect(amount(a, '收支总表', '上年结转')).toBe(16.55);
    expect(amount(a, '三公经费表', '公务接待费')).toBe(1.63);
    expect(amount(a, '“三公”经费表', '三公经费合计')).toBe(6.63);
    expect(amount(a, '一般公共预算支出表', '基本支出')).toBe(790500);
  });
  test('aliases of figure names (收入合计 → 收入总计) and a blank cell as 0', () => {
    expect(amount(a, '收支总表', '收入合计')).toBe(137.05);
    expect(amount(a, '三公经费表', '因公出国（境）费')).toBe(0);
  });
  test('codes, 类 names, a column and a unit conversion', () => {
    expect(amount(a, '一般公共预算支出表', '201')).toBe(890500);
    expect(amount(a, '一般公共预算支出表', 201, '项目支出')).toBe(100000);
    expect(amount(a, '一般公共预算支出表', '一般公共服务支出', '基本支出', '万元')).toBe(79.05);
    expect(amount(a, '一般公共预算支出表', '2010301', null, '万元')).toBe(79.05);
    expect(amount(a, '收支总表', '收入总计', null, '元')).toBe(1370500);
  });
  test('a table found by its sheet name', () => {
    expect(amount(a, '表八 三公经费', '公务接待费')).toBe(1.63);
  });
  test('absent tables and items give #N/A naming what is there', () => {
    expect(err(amount(a, '项目支出表', '合计')).message).toBe('工作簿中没有识别到项目支出表');
    expect(err(amount(a, '工资表', '合计')).message).toMatch(/没有识别到「工资表」/);
    const e = err(amount(a, '收支总表', '事业收入'));
    expect(e.code).toBe('#N/A');
    expect(e.message).toMatch(/收支总表（表一 收支总表）中没有「事业收入」；可用：.*收入总计/);
    expect(err(amount(a, '一般公共预算支出表', '201', '人员经费')).message).toMatch(/「201」的「人员经费」列/);
  });
  test('bad arguments give #VALUE!', () => {
    expect(err(amount(a, '', '收入总计')).code).toBe('#VALUE!');
    expect(err(amount(a, '收支总表', null)).code).toBe('#VALUE!');
    expect(err(amount(a, '收支总表', '收入总计', null, '美元')).message).toMatch(/单位应为/);
    expect(err(amount(a, [['收支总表', 'x']], '收入总计')).message).toMatch(/不是区域/);
  });
});

describe('YS.CHECK', () => {
  test('counts error-level findings by default, other levels on request', () => {
    const a = sampleAnalysis([finding('error'), finding('warning'), finding('warning'), finding('info')]);
    expect(checkCount(a)).toBe(1);
    expect(checkCount(a, '提示')).toBe(2);
    expect(checkCount(a, '全部')).toBe(4);
    expect(checkCount(sampleAnalysis([]))).toBe(0);
    expect(err(checkCount(a, '严重')).code).toBe('#VALUE!');
  });
});
