import {
  classify,
  compareName,
  getEntry,
  isSure,
  lookupCode,
  lookupName,
  nameFor,
  parentCodes,
  phrase,
  prefixTotals,
} from '../../src/catalog';
import { D } from '../../src/grid/decimal';

describe('catalog API', () => {
  test('every 类 of 支出功能分类 201…233 and both 经济分类 is present', () => {
    for (const c of ['201', '202', '203', '204', '205', '206', '207', '208', '209', '210', '211', '212', '213', '214',
      '215', '216', '217', '219', '220', '221', '222', '223', '224', '227', '229', '230', '231', '232', '233']) {
      expect(getEntry(c)?.classification).toBe('function');
    }
    for (const c of ['301', '302', '303', '307', '309', '310', '311', '312', '313', '399']) expect(classify(c)).toBe('economic');
    for (const c of ['501', '502', '503', '504', '505', '506', '507', '508', '509', '510', '511', '512', '513', '514', '599'])
      expect(classify(c)).toBe('gov_economic');
    expect(classify('101')).toBe('income');
  });

  test('classify rejects unit codes and impossible shapes', () => {
    expect(classify('106')).toBeNull(); // a 部门 code in 伊川's tables
    expect(classify('130001')).toBeNull();
    expect(classify('3010101')).toBeNull(); // economic codes have no 项
    expect(classify('2019999')).toBe('function'); // unknown 项 under a known 类
    expect(classify('abc')).toBeNull();
  });

  test('split codes join', () => {
    expect(lookupCode(['201', '03', '01'])?.code).toBe('2010301');
    expect(lookupCode(['201', 3, 1])?.code).toBe('2010301');
    expect(lookupCode('201 03 01')?.code).toBe('2010301');
    expect(lookupCode(['２０１', '０３'])?.code).toBe('20103');
    expect(lookupCode(['201', '003'])).toBeUndefined();
    expect(lookupCode('20103010')).toBeUndefined();
  });

  test('parentCodes', () => {
    expect(parentCodes('2010301')).toEqual(['201', '20103']);
    expect(parentCodes(['301', '02'])).toEqual(['301']);
    expect(parentCodes('201')).toEqual([]);
  });

  test('renames resolve by year', () => {
    expect(nameFor('207', 2018)).toBe('文化体育与传媒支出');
    expect(nameFor('207', 2019)).toBe('文化旅游体育与传媒支出');
    expect(nameFor('207')).toBe('文化旅游体育与传媒支出');
    expect(nameFor('210', 2017)).toBe('医疗卫生与计划生育支出');
    expect(nameFor('210', 2024)).toBe('卫生健康支出');
    expect(nameFor('220', 2018)).toBe('国土海洋气象等支出');
    expect(nameFor('220', 2023)).toBe('自然资源海洋气象等支出');
    expect(nameFor('999')).toBeUndefined();
  });

  test('tolerant name lookup', () => {
    const one = (n: string) => lookupName(n, { level: 'class' }).map((e) => e.code);
    expect(one('一般公共服务支出')).toEqual(['201']);
    expect(one('一般公共服务（类）')).toEqual(['201']);
    expect(one('一般公共服务(类)')).toEqual(['201']);
    expect(one('一、一般公共服务支出')).toEqual(['201']);
    expect(one('（一）一般公共服务支出')).toEqual(['201']);
    expect(one('二十、住房保障支出')).toEqual(['221']);
    expect(one(' 卫 生 健 康 支 出 ')).toEqual(['210']);
    expect(one('医疗卫生与计划生育支出')).toEqual(['210']);
    expect(lookupName('资本性支出（基本建设）').map((e) => e.code)).toEqual(['309']);
    expect(lookupName('[30201]办公费').map((e) => e.code)).toEqual(['30201']);
    expect(lookupName('维修(护)费', { classification: 'economic' }).map((e) => e.code)).toEqual(['30213']);
  });

  test('compareName: ok, alias, mismatch, unknown', () => {
    expect(compareName('201', '一般公共服务').status).toBe('ok');
    expect(compareName('207', '文化体育与传媒支出', 2018).status).toBe('ok');
    const outdated = compareName('207', '文化体育与传媒支出', 2024);
    expect(outdated.status).toBe('alias');
    expect(outdated.catalogName).toBe('文化旅游体育与传媒支出');
    const wrong = compareName('210', '教育支出', 2024);
    expect(wrong).toMatchObject({ status: 'mismatch', catalogName: '卫生健康支出', severity: 'warning' });
    expect(compareName('2999999', '随便').severity).toBe('info');
    expect(compareName('2999999', '随便').status).toBe('unknown');
  });

  test('unsure entries never warn', () => {
    const e = getEntry('234')!;
    expect(isSure(e)).toBe(false);
    expect(compareName('234', '完全不同的名字').severity).toBe('info');
  });

  test('phrase for the narrative', () => {
    expect(phrase('201')).toBe('一般公共服务支出（类）');
    expect(phrase('207', 2018)).toBe('文化体育与传媒支出（类）');
  });

  test('prefix sums are exact', () => {
    const rows = [
      { code: '20103', amount: new D('0.1') },
      { code: '20106', amount: new D('0.2') },
      { code: '2010301', amount: new D('0.1') },
      { code: '20805', amount: new D('1') },
    ];
    const t = prefixTotals(rows, 3);
    expect(t.get('201')!.toString()).toBe('0.3');
    expect(t.get('208')!.toString()).toBe('1');
    expect(prefixTotals(rows, 3, 7).get('201')!.toString()).toBe('0.1');
  });
});
