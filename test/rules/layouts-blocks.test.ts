/**
 * 支出 printed in several blocks side by side (西安 政府性基金收支表: 支出功能分类科目 | 部门预算支出
 * 经济分类科目 | 政府预算支出经济分类科目, each with its own 「本年支出合计」). Invented figures: the
 * balanced table gives no error, a planted wrong figure in an economic block is still one.
 */
import type { CellValue } from '../../src/grid/types';
import type { Finding } from '../../src/findings';
import { buildModel } from '../../src/model';
import { recognizeWorkbook } from '../../src/recognize';
import { grid } from '../recognize/grid-builder';
import { checkSheets } from './check-sheets';

const errors = (fs: Finding[]) => fs.filter((f) => f.severity === 'error' || f.rule === 'rules.internal').map((f) => f.message);

describe('政府性基金收支表 with three 支出 blocks side by side (功能分类 / 部门经济分类 / 政府经济分类)', () => {
  const rows = (govOther: number): CellValue[][] => [
    ['2025年部门综合预算政府性基金收支表'],
    ['预算单位：某某局', null, null, null, null, null, null, null, '金额单位：元'],
    ['序号', '收 入', null, '支 出', null, null, null, null, null],
    [null, '项 目', '预算数', '支出功能分类科目（按大类）', '预算数', '部门预算支出经济分类科目（按大类）', '预算数', '政府预算支出经济分类科目（按大类）', '预算数'],
    [1, '一、政府性基金拨款', 500, '一、科学技术支出', 0, '一、人员经费和公用经费支出', 0, '一、机关工资福利支出', 0],
    [2, null, 0, '二、城乡社区支出', 420, '工资福利支出', 0, '二、机关商品和服务支出', 380],
    [3, null, 0, '三、其他支出', 80, '二、专项业务经费支出', 500, '三、机关资本性支出（一）', 40],
    [4, null, 0, '四、债务还本支出', 0, '商品和服务支出', 460, '四、转移性支出', 0],
    [5, null, 0, null, 0, '资本性支出', 40, '五、其他支出', govOther],
    [6, null, 0, null, 0, '其他支出', 0, '六、债务还本支出', 0],
    [7, '本年收入合计', 500, '本年支出合计', 500, '本年支出合计', 500, '本年支出合计', 500],
  ];
  const merges = [
    { r0: 2, c0: 1, r1: 2, c1: 2 },
    { r0: 2, c0: 3, r1: 2, c1: 8 },
  ];
  test('「其他支出」 in an 经济分类 block is no 功能分类 类 (229)', () => {
    const t = recognizeWorkbook([grid('表9', rows(80), merges)]).find((x) => x.kind === 'government_fund_expenditure');
    expect(t).toBeDefined();
    const econ = t!.lists.filter((l) => /经济分类/.test(l.block ?? ''));
    expect(econ).toHaveLength(2);
    expect(econ.flatMap((l) => l.lines).filter((l) => l.code)).toEqual([]);
    // the 功能分类 block still knows its 类 by name
    const func = t!.lists.find((l) => /功能分类/.test(l.block ?? ''));
    expect(func?.lines.find((l) => l.name === '其他支出')?.code).toBe('229');
    expect(buildModel([t!]).tables).toHaveLength(1);
  });
  test('each block balances: no error', () => {
    expect(errors(checkSheets([grid('表9', rows(80), merges)]))).toEqual([]);
  });
  test('an economic block that does not reach its 本年支出合计 is still an error', () => {
    const e = errors(checkSheets([grid('表9', rows(70), merges)]));
    expect(e.some((m) => m.includes('本年支出合计'))).toBe(true);
  });
});
