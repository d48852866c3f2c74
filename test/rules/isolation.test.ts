/** One defective rule never takes the other rules down: it becomes one info finding. */
import * as registry from '../../src/rules/checks/registry';
import { runRules } from '../../src/rules';
import { list, model, table } from './build';

const T = '经济分类汇总表';
const m = model(table(T, 'economic_classification_summary', [list(T, 'expenditure', [['总计'], ['一般公共预算'], ['政府性基金']], [
  { name: '合计', kind: 'total', amounts: [105, 100, 5] },
  { name: '工资福利支出', amounts: [130, 100, 5] },
])]));

afterEach(() => jest.restoreAllMocks());

test('a check that throws gives 「规则「…」无法执行」 and the other rules still report', () => {
  const real = registry.runKind;
  jest.spyOn(registry, 'runKind').mockImplementation((rule, check, ctx) => {
    if (rule.id === 'boom') throw new Error('内部测试错误');
    return real(rule, check, ctx);
  });
  const fs = runRules(m, { userRules: '【boom】会出错的规则（强制）\n  逐级汇总 经济分类汇总表\n' });
  const internal = fs.filter((f) => f.rule === 'rules.internal');
  expect(internal).toEqual([{ rule: 'rules.internal', severity: 'info', message: '规则「会出错的规则」无法执行：内部测试错误', cells: [] }]);
  // The built-in econ.sums (same kind of check, same table) still finds the wrong row.
  expect(fs.some((f) => f.rule === 'econ.sums' && f.severity === 'error')).toBe(true);
});

test('without a defect there is no rules.internal finding', () => {
  const fs = runRules(m, { userRules: '【boom】会出错的规则（强制）\n  逐级汇总 经济分类汇总表\n' });
  expect(fs.filter((f) => f.rule === 'rules.internal')).toEqual([]);
});
