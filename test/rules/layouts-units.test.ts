/**
 * 项目支出表 grouped by unit (issue 17 §2, 西安 「单位编码 | 单位（项目）名称 | 项目金额」): the
 * department line totals its unit lines, each unit line its projects, with category lines between
 * (「专用项目」 over 「其他履职尽责专项业务费」 over the projects). Invented figures: the balanced
 * table gives no error, a unit line that does not total its projects is still one.
 */
import type { CellValue } from '../../src/grid/types';
import type { Finding } from '../../src/findings';
import { grid } from '../recognize/grid-builder';
import { checkSheets } from './check-sheets';

const errors = (fs: Finding[]) => fs.filter((f) => f.severity === 'error' || f.rule === 'rules.internal').map((f) => f.message);
/** Errors and warnings of the sums: a grouping read right leaves no doubt either. */
const sums = (fs: Finding[]) => fs.filter((f) => f.rule === 'project.sums' || f.severity === 'error').map((f) => f.message);

describe('a unit line over nested category lines and many projects (「专用项目 / 其他履职尽责专项业务费」)', () => {
  // 13 projects under two category lines: 15 members, the first two nested groups
  const projects = [50, 90, 35, 165, 318, 5, 50, 24, 50, 13, 40, 85, 161];
  const sum = projects.reduce((a, b) => a + b, 0);
  const rows = (unit: number): CellValue[][] => [
    ['2026年部门综合预算专项业务经费支出表'],
    [null, null, '单位：万元'],
    ['单位编码', '单位（项目）名称', '项目金额'],
    [null, '合计', unit + 30],
    ['888001', '某某局', unit],
    [null, '专用项目', sum],
    [null, '其他履职尽责专项业务费', sum],
    ...projects.map((p, i): CellValue[] => [null, `某某专项工作${i + 1}`, p]),
    ['888002', '某某中心', 30],
    [null, '专用项目', 30],
    [null, '中心运行项目', 30],
  ];
  test('the categories are groups of the projects: no error, no doubt', () => {
    expect(sums(checkSheets([grid('表10', rows(sum))]))).toEqual([]);
  });
  test('a unit line that does not total its projects is still an error', () => {
    const e = errors(checkSheets([grid('表10', rows(sum + 7))]));
    expect(e.some((m) => m.includes('某某局'))).toBe(true);
  });
});
