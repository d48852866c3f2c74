/** 审核: what a 财政局 reviewer checks on the tables that is not a sum (src/rules/review-checks.ts). All 提示. */
export default `
【review.table_year】表格年度应为本年度或上年度（提示）
  内置 表格年度
  说明：各表标题中的年度应与公开材料一致，其他年度多为未更新的旧表。

【review.department】各表编制单位应一致（提示）
  内置 编制单位
  说明：各表的部门（单位）名称应相同或为本部门所属单位，否则可能混入了其他单位的表格。

【review.three_public_over_budget】“三公”经费决算不应超过预算（提示）
  内置 三公超预算
  说明：决算数超过年初预算数的，应在说明中解释原因。

【review.empty_note】空表注释应与表格相符（提示）
  内置 空表注释
  说明：有数据的表不应注明“本表无数据”；空表注释应说明本表所属的资金。

【review.funds_fiscal】政府性基金、国有资本经营预算支出表与财政拨款收支总表相符（提示）
  内置 基金与财拨
  说明：两表的合计应等于财政拨款收支总表对应栏的本年支出（预算）。

【review.empty_template】绩效目标表不应为未填写的空白模板（提示）
  内置 空白模板

【review.project_performance】有支出的项目应有绩效目标表，绩效目标表应为本部门的（提示）
  内置 项目绩效
`;
