/**
 * The “三公” total of a table whose 合计 column has no “三公” word over it (three-public-total.ts):
 * the table's 合计 when it holds only the “三公” items; never the 合计 of a 「“三公”经费、会议费、培训费」
 * table (会议费 and 培训费 are in it). INVENTED figures: 三公 6.00 = 接待 1.00 + 公务用车 5.00.
 */
import { checkNarrative } from '../../src/narrative';
import { list, model, table } from '../rules/build';

const withRoles = (l: ReturnType<typeof list>) => ({ ...l, columns: l.columns.map((c) => (c.type === 'amount' ? { ...c, role: c.path[0] } : c)) });
const three = (paths: string[][], amounts: number[], title = '2024年“三公”经费支出表') =>
  model(table('三公', 'three_public_expenses', [withRoles(list('三公', 'main', paths, [{ name: '', kind: 'total', amounts }]))], '万元', { title }));
const onlyThree = three([['合计'], ['因公出国（境）费'], ['公务接待费'], ['公务用车购置及运行费']], [6, 0, 1, 5]);
const withMeetings = three([['合计'], ['因公出国（境）费'], ['公务接待费'], ['公务用车购置及运行费'], ['会议费'], ['培训费']], [9, 0, 1, 5, 2, 1], '2024年“三公”经费、会议费、培训费支出表');
const errors = (m: ReturnType<typeof model>, s: string) =>
  checkNarrative(`说明\n八、“三公”经费预算情况\n${s}`, m).filter((f) => f.severity === 'error').map((f) => `${f.rule} ${f.expected}`);

test('a table of the “三公” items only: its 合计 is the “三公” total (6.50 is an error, 6.00 is right)', () => {
  expect(errors(onlyThree, '2024年“三公”经费预算6.00万元。')).toEqual([]);
  expect(errors(onlyThree, '2024年“三公”经费预算6.50万元。')).toEqual(['narrative.amount_mismatch 6.00']);
});

test('a 「“三公”经费、会议费、培训费」 table: its 合计 (with 会议费 and 培训费) is not the “三公” total', () => {
  expect(errors(withMeetings, '2024年“三公”经费预算6.00万元。')).toEqual([]);
});
