/**
 * Read certainty (issue 17 §1), the column sign: a 合计 column against its parts on one row, where
 * the difference equals a whole part that sits in a 「其中」 column — that column may be a subset
 * read as a summand: a warning that says so. The same difference in an ordinary column stays an
 * error. Invented figures.
 */
import { temperByDoubt } from '../../src/rules/doubt';
import type { Failure } from '../../src/rules/evaluation/context';
import { list, model, table } from './build';

const T = '支出总表';
function rowFailure(second: string) {
  // 合计 | 基本支出 | <second> | 项目支出 : 100 = 60 + 25 + 40 fails by 25
  const m = model(table(T, 'expenditure_summary', [list(T, 'main', [['合计'], ['基本支出'], [second], ['项目支出']], [{ name: '教育支出', code: '205', amounts: [100, 60, 25, 40] }])]));
  const line = m.tables[0].lists[0].lines[0];
  const cell = (c: number) => line.amounts[c].cell;
  const f: Failure = {
    rule: { id: 'exp.columns', name: '支出总表各栏相符', severity: 'error', checks: [], tables: [T] } as never,
    outcome: 'error', message: '支出总表各栏相符：合计不符', totals: [cell(1)], parts: [cell(2), cell(3), cell(4)],
    expected: '125.00', actual: '100.00', difference: '-25.00', tables: [m.tables[0].id], unit: '万元',
  };
  return temperByDoubt([f], m)[0];
}

test('the difference equals a 「其中」 column on the total\'s row: a warning naming that column', () => {
  const t = rowFailure('其中：人员经费');
  expect(t.severity).toBe('warning');
  expect(t.message).toMatch(/^未能确认.*的读数：差额25恰等于.*该栏可能是“其中”、比率或上年数栏/);
});

test('the same difference in an ordinary column stays an error', () => {
  const t = rowFailure('事业单位经营支出');
  expect(t.severity ?? t.rule.severity).toBe('error');
  expect(t.doubt).toBeUndefined();
});
