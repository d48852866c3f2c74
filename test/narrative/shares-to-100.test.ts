/**
 * Shares moved by one last-decimal unit so that a list adds up to 100% (shares-to-100.ts): a warning
 * (尾差), not an error; a share further off, or in a list not adding up to 100, stays an error.
 * INVENTED figures: 300.00 = 100.50 (33.5%) + 99.75 (33.25%) + 99.75 (33.25%).
 */
import { analyze } from '../../src/engine';
import { checkNarrative } from '../../src/narrative';

const none = analyze([]).model;
const shares = (a: string, b: string, c: string) => checkNarrative(`2025年支出预算300.00万元，其中：人员支出100.50万元，占${a}%；日常公用支出99.75万元，占${b}%；项目支出99.75万元，占${c}%。`, none)
  .filter((f) => f.rule === 'narrative.share_mismatch').map((f) => `${f.severity} ${f.actual}`);

test('33.4 + 33.3 + 33.3 = 100 (33.5 moved by 0.1 to make 100%): a warning', () => {
  expect(shares('33.5', '33.3', '33.3')).toEqual([]);
  expect(shares('33.4', '33.3', '33.3')).toEqual(['warning 33.4%']);
});

test('two units off, or not adding up to 100: an error', () => {
  expect(shares('33.7', '33.3', '33.0')).toEqual(['error 33.7%', 'error 33.0%']);
  expect(shares('33.4', '33.3', '33.4')).toEqual(['error 33.4%', 'error 33.4%']);
  // whole percents moved by a full point (34 for 33.5, to make 34 + 33 + 33 = 100): an error — the truth of the fixtures
  expect(shares('32', '34', '34')).toEqual(['error 32%', 'error 34%', 'error 34%']);
});
