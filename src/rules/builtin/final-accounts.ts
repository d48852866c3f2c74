/**
 * 决算: 收入支出决算总表 with 使用非财政拨款结余 / 年初结转和结余 / 结余分配 / 年末结转和结余.
 * (The totals of 收支总表 carry these as optional terms in income-expenditure.ts; the checks here
 * apply only where the 决算 lines exist.)
 */
export default `
【final.carryover】年末结转和结余等于年初结转和结余加收入减支出（强制）
  收支总表.结转下年 = 收支总表.上年结转 + 收支总表.本年收入合计 + 收支总表.使用非财政拨款结余 + 收支总表.用事业基金弥补收支差额? - 收支总表.本年支出合计 - 收支总表.结余分配
`;
