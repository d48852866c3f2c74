import { err } from './helpers';
import { codeArg, codeName } from '../../functions/pure/codename';

describe('YS.CODENAME', () => {
  test('功能分类 and 经济分类 names from the catalog, however the code is written', () => {
    expect(codeName('201')).toBe('一般公共服务支出');
    expect(codeName(208)).toBe('社会保障和就业支出');
    expect(codeName('[201]')).toBe('一般公共服务支出');
    expect(codeName('２０８')).toBe('社会保障和就业支出');
    expect(codeName('30101')).toBe('基本工资');
    expect(codeName('[30201]办公费')).toBe('办公费');
    expect(codeName('50101')).toBe('工资奖金津补贴');
  });
  test('款 and 项 of 功能分类', () => {
    expect(codeName('2010301')).toBe('行政运行');
    expect(codeName('201 03 01')).toBe('行政运行');
    expect(codeName(2080505)).toBe('机关事业单位基本养老保险缴费支出');
    expect(codeName('20103')).toBe('政府办公厅（室）及相关机构事务');
  });
  test('split 类/款 cells as a row range', () => {
    expect(codeArg([[301, 1]])).toBe('30101');
    expect(codeArg([['201', '03', '01']])).toBe('2010301');
    expect(codeName([['302', '01']])).toBe('办公费');
    expect(codeName([[201, 3, 1]])).toBe('行政运行');
  });
  test('a year gives the name the 科目 had then', () => {
    expect(codeName('210', 2024)).toBe('卫生健康支出');
    expect(codeName('210', 2016)).toBe('医疗卫生与计划生育支出');
    expect(codeName('207', '2018')).toBe('文化体育与传媒支出');
  });
  test('bad input and unknown codes', () => {
    expect(err(codeName('abc')).code).toBe('#VALUE!');
    expect(err(codeName('abc')).message).toMatch(/不是科目编码/);
    expect(err(codeName(null)).message).toBe('科目编码为空');
    expect(err(codeName('2019')).code).toBe('#VALUE!'); // 4 digits is no level
    expect(err(codeName('999')).code).toBe('#N/A');
    expect(err(codeName('2019898')).code).toBe('#N/A');
    expect(err(codeName('999')).message).toMatch(/不在政府收支分类科目中/);
    expect(err(codeName('201', 20)).message).toMatch(/四位年份/);
    expect(err(codeName(true)).code).toBe('#VALUE!');
  });
});
