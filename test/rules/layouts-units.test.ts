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

describe('a department line repeating 合计 over its units, each unit over its projects (「245 某局 | 245001 某局 | 项目…」)', () => {
  const rows = (centre: number): CellValue[][] => [
    ['2026年部门综合预算专项业务经费支出表'],
    [null, null, '单位：元'],
    ['单位编码', '单位（项目）名称', '项目金额'],
    [null, '合计', 1000],
    ['888', '某某局', 1000],
    ['888001', '某某局', 300],
    [null, '审计经费', 100],
    [null, '系统运行维护费', 200],
    ['888002', '某某服务中心', centre],
    [null, '城乡居民补助专项资金', 600],
    [null, '宣传费', 50],
    ['888003', '某某管理中心', 50],
    [null, '网络信息化建设', 50],
  ];
  test('the department totals its units, each unit its projects: no error, no doubt', () => {
    expect(sums(checkSheets([grid('表10', rows(650))]))).toEqual([]);
  });
  test('a unit that does not total its projects is still an error', () => {
    // the department still totals its units (1000 = 300 + 650 + 50): the unit is wrong, not the sum
    const e = errors(checkSheets([grid('表10', rows(640))]));
    expect(e.some((m) => m.includes('某某服务中心'))).toBe(true);
  });
});
