import { listBuiltinRules, parseRules } from '../../src/rules';

describe('rule notation parser', () => {
  test('a rule with header, checks and description', () => {
    const { rules, errors } = parseRules(`
# 注释
【my.balance】收入总计等于支出总计（强制）
  收支总表.收入总计 = 收支总表.支出总计
  说明：左右相等
`);
    expect(errors).toEqual([]);
    expect(rules).toHaveLength(1);
    expect(rules[0]).toMatchObject({ id: 'my.balance', name: '收入总计等于支出总计', severity: 'error', description: '左右相等', tables: ['收支总表'] });
  });

  test('bare formulas become rules of their own; 提示 is a warning', () => {
    const { rules, errors } = parseRules(`收支总表.收入总计 = 收支总表.支出总计
机关运行经费表.合计 ≤ 基本支出表.公用经费
[x.y] 三公（提示）
  三公经费表.合计 <= 基本支出表.公用经费`);
    expect(errors).toEqual([]);
    expect(rules.map((r) => r.id)).toEqual(['user.1', 'user.2', 'x.y']);
    expect(rules[2].severity).toBe('warning');
    const c = rules[1].checks[0];
    expect(c.type === 'compare' && c.op).toBe('<=');
  });

  test('sums, per-row rules with optional columns, brackets in names, code selectors, conditions', () => {
    const { rules, errors } = parseRules(`合计(收支总表.收入项) = 收支总表.本年收入合计
逐行 支出总表：合计 = 基本支出 + 项目支出 + 上缴上级支出?
三公经费表.因公出国（境）费 + 三公经费表.公务接待费 <= 100.5
一般公共预算支出表[2080505] ≈ 基本支出表[30108]
若 收支总表.本年收入合计 = 财政拨款收支总表.本年收入合计 则 逐科目 收支总表 = 财政拨款收支总表`);
    expect(errors).toEqual([]);
    expect(rules).toHaveLength(5);
    const perRow = rules[1].checks[0];
    expect(perRow.type === 'compare' && perRow.perRow).toBe('支出总表');
    expect(JSON.stringify(perRow)).toContain('"optional":true');
    expect(JSON.stringify(rules[2].checks[0])).toContain('因公出国（境）费');
    expect(JSON.stringify(rules[3].checks[0])).toContain('"line":"2080505"');
    expect(rules[4].checks[0]).toMatchObject({ type: 'structure', kind: '逐科目', tables: ['收支总表', '财政拨款收支总表'] });
    expect(rules[4].checks[0].when).toBeDefined();
  });

  test('syntax errors in Chinese with line and column; good rules survive', () => {
    const { rules, errors } = parseRules(`收支总表.收入总计 = 收支总表.支出总计
收支总表.收入总计 收支总表.支出总计
收入表.合计 = 1
收支总表.收入总计 = (收支总表.支出总计 + 1
收支总表.收入总计 = 收支总表.支出总计 +`);
    expect(rules).toHaveLength(1);
    expect(errors.map((e) => e.line)).toEqual([2, 3, 4, 5]);
    expect(errors[0].message).toContain('比较符');
    expect(errors[0].column).toBe(11);
    expect(errors[1].message).toContain('未知的表名「收入表」');
    expect(errors[1].column).toBe(1);
    expect(errors[2].message).toContain('右括号');
    expect(errors[3].message).toContain('缺少');
  });

  test('every built-in rule file parses; listBuiltinRules describes them', () => {
    const list = listBuiltinRules();
    expect(list.length).toBeGreaterThan(30);
    const ids = new Set(list.map((r) => r.id));
    expect(ids.size).toBe(list.length);
    const balance = list.find((r) => r.id === 'ies.totals_balance')!;
    expect(balance).toMatchObject({ severity: 'error', tables: ['收支总表'] });
    expect(balance.description).toContain('相等');
  });
});
