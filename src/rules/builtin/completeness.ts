/** 完整性: the tables a 部门预算 package must publish, and their explanations. */
export default `
【complete.required】部门预算公开必备表格齐全（提示）
  必备 收支总表、收入总表、支出总表、财政拨款收支总表、一般公共预算支出表、基本支出表、三公经费表、政府性基金支出表、国有资本经营支出表
  说明：部门预算公开至少包括以上九张表；没有数据的表也要公开空表并说明。

【complete.empty_note】空表应说明原因（提示）
  内置 空表说明

【complete.unit】表格应标明金额单位（提示）
  内置 计量单位
`;
