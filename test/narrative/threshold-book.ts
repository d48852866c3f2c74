/** An invented 一般公共预算支出表 and a 说明 naming only one of its 项 (the 项 threshold tests, CLI and pane). */
export const THRESHOLD_ROWS: (string | number | null)[][] = [
  ['2025年一般公共预算支出表', null, null, null, null],
  ['部门名称：某某县林业局', null, null, null, '单位：万元'],
  ['科目编码', '科目名称', '合计', '基本支出', '项目支出'],
  [null, '合计', 200, 150, 50],
  ['213', '农林水支出', 200, 150, 50],
  ['21302', '林业和草原', 200, 150, 50],
  ['2130201', '行政运行', 120, 120, 0],
  ['2130205', '森林资源管理', 80, 30, 50],
];

/** Names 森林资源管理 (80), not 行政运行 (120). */
export const THRESHOLD_NARRATIVE = '2025年一般公共预算支出200万元，其中森林资源管理（项）80万元，主要用于森林资源保护。';
