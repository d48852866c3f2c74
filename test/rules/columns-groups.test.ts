/** 逐栏汇总 with header groups that hold only a 「其中」 column (luanchuan 表7-like headers). */
import { runRules } from '../../src/rules';
import { list, model, table } from './build';

const T = '经济分类汇总表';
const errors = (fs: { severity: string; rule: string; message: string }[]) => fs.filter((f) => f.severity === 'error' && f.rule === 'econ.sums');

function econ(paths: string[][], rows: (number | null)[][]) {
  return model(table(T, 'economic_classification_summary', [list(T, 'expenditure', paths, rows.map((amounts, i) => ({ name: i === 0 ? '合计' : '工资福利支出', kind: i === 0 ? 'total' : 'item', amounts })))]));
}

describe('逐栏汇总 with a group that has only a 其中 column', () => {
  test('the group column left empty: not applicable, no crash, no false error', () => {
    // 总计 | 一般公共预算 (empty, not an amount column) › 其中：财政拨款 | 政府性基金
    const m = econ([['总计'], ['一般公共预算', '其中：财政拨款'], ['政府性基金']], [[120, 100, 5], [120, 100, 5]]);
    expect(() => runRules(m)).not.toThrow();
    expect(errors(runRules(m))).toEqual([]);
  });

  test('the group with its own column under the merged title is checked by that column', () => {
    const paths = [['总计'], ['一般公共预算'], ['一般公共预算', '其中：财政拨款'], ['政府性基金']];
    expect(errors(runRules(econ(paths, [[105, 100, 90, 5], [105, 100, 90, 5]])))).toEqual([]);
    const bad = errors(runRules(econ(paths, [[105, 100, 90, 5], [130, 100, 90, 5]])));
    expect(bad).toHaveLength(1);
    expect(bad[0].message).toContain('总计 = 一般公共预算 + 政府性基金');
  });
});

describe('a 「扣除…后」 column restating part of its neighbour', () => {
  test('is not a summand of its group (项目支出总数 | 扣除基建项目后预算数), invented figures', () => {
    const paths = [['合计'], ['基本支出'], ['项目支出', '项目支出总数'], ['项目支出', '扣除基建项目后预算数']];
    expect(errors(runRules(econ(paths, [[30.5, 10, 20.5, 18], [30.5, 10, 20.5, 18]])))).toEqual([]);
    expect(errors(runRules(econ(paths, [[31.5, 10, 20.5, 18], [31.5, 10, 20.5, 18]])))).toHaveLength(1);
  });
});

describe('a named total beside columns of another kind', () => {
  const three = (rows: number[][]) =>
    model(table('三公经费表', 'three_public_expenses', [list('三公经费表', 'expenditure', [['“三公”经费合计'], ['因公出国（境）费'], ['公务接待费'], ['会议费'], ['培训费']], rows.map((amounts) => ({ name: '某某局', kind: 'item' as const, amounts })))]));
  const threeErrors = (m: ReturnType<typeof three>) => runRules(m).filter((f) => f.severity === 'error' && f.rule === 'three.columns');
  test('「“三公”经费合计」 does not include 会议费 and 培训费 printed beside it, invented figures', () => {
    expect(threeErrors(three([[30, 10, 20, 7, 9]]))).toEqual([]);
    expect(threeErrors(three([[31, 10, 20, 7, 9]]))).toHaveLength(1);
  });
});


describe('a 备注 column', () => {
  test('is never a summand (合计 | 人员经费支出 | 公用经费支出 | 备注), invented figures', () => {
    const paths = [['合计'], ['人员经费支出'], ['公用经费支出'], ['备注']];
    const ok = errors(runRules(econ(paths, [[30, 10, 20, 3], [30, 10, 20, 3]])));
    expect(ok).toEqual([]);
    const bad = errors(runRules(econ(paths, [[30, 10, 20, null], [31, 10, 20, null]])));
    expect(bad).toHaveLength(1);
    expect(bad[0].message).not.toContain('备注');
  });
});
