/**
 * The YS.* custom functions (namespace YS, set in manifest.xml). This file is what
 * custom-functions-metadata-plugin reads: each @customfunction JSDoc becomes an entry of
 * functions.json (English id, Chinese description and parameter help). For Chinese Excel,
 * scripts/functions-zh-cn.js writes functions.zh-CN.json from the same comments: @zhname is the
 * function's Chinese name, and each @param description starts with the parameter's Chinese name
 * followed by 「：」.
 *
 * The logic lives in ./pure (plain exports, tested without Excel); here every result goes through
 * cell(), which returns an FnError as a CustomFunctions.Error (Excel shows the code and the Chinese
 * message) and turns an unexpected exception into one too, so no function ever throws.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- Excel passes cells of any type */
import { excelError, internalError, isFnError, type Result } from './errors';
import { connectExcel } from './excel-host';
import { liveCell } from './live';
import { amount as amountOf } from './pure/amount';
import { checkCount } from './pure/check';
import { codeName as codeNameOf } from './pure/codename';
import * as figures from './pure/percent';
import { sumCode as sumCodeOf } from './pure/sumcode';
import { sectionText } from './pure/text';
import { workbookState } from './workbook-state';

/** The value, or the error object in its place (the runtime accepts an Error as any result). */
export function cell<T>(compute: () => Result<T>): T {
  let r: Result<T>;
  try {
    r = compute();
  } catch (e) {
    r = internalError(e);
  }
  return (isFnError(r) ? excelError(r) : r) as T;
}

/**
 * 占比：部分数占总数的百分比，按说明的写法四舍五入，返回 Excel 百分数（65.00% 即 0.65）。
 * @customfunction PCT
 * @zhname 占比值
 * @param part 部分数：金额、文本数字或区域（区域按合计计算）
 * @param total 总数：金额、文本数字或区域
 * @param [digits] 小数位数：百分数保留几位小数，默认 2
 * @returns 占比（百分数）
 */
export function pct(part: any[][], total: any[][], digits?: any): number {
  return cell(() => figures.pct(part, total, digits));
}

/**
 * 占比文字：说明中写的占比，如「65.00%」。
 * @customfunction PCTTEXT
 * @zhname 占比文字
 * @param part 部分数：金额、文本数字或区域（区域按合计计算）
 * @param total 总数：金额、文本数字或区域
 * @param [digits] 小数位数：百分数保留几位小数，默认 2
 * @returns 占比文字
 */
export function pctText(part: any[][], total: any[][], digits?: any): string {
  return cell(() => figures.pctText(part, total, digits));
}

/**
 * 增减表述：本年数比上年数「增加1.64万元，增长32.87%」「减少…，下降…」或「持平」，与说明生成的措辞相同。
 * @customfunction CHANGE
 * @zhname 增减表述
 * @param current 本年数：金额、文本数字或区域
 * @param prior 上年数：金额、文本数字或区域
 * @param [unit] 单位：金额单位，「万元」（默认）、「元」或「无」
 * @param [digits] 小数位数：金额和百分数保留几位小数，默认 2
 * @returns 增减表述
 */
export function change(current: any[][], prior: any[][], unit?: any, digits?: any): string {
  return cell(() => figures.change(current, prior, unit, digits));
}

/**
 * 增减率：（本年数－上年数）÷ 上年数，返回 Excel 百分数（32.87% 即 0.3287）；上年数为 0 时返回 #N/A。
 * @customfunction RATE
 * @zhname 增减率
 * @param current 本年数：金额、文本数字或区域
 * @param prior 上年数：金额、文本数字或区域
 * @param [digits] 小数位数：百分数保留几位小数，默认 2
 * @returns 增减率（百分数）
 */
export function rate(current: any[][], prior: any[][], digits?: any): number {
  return cell(() => figures.rate(current, prior, digits));
}

/**
 * 元转万元：把元换算为万元，精确计算后四舍五入，与公开表格的印刷数一致；选区域时逐格换算。
 * @customfunction WAN
 * @zhname 元转万元
 * @param yuan 元金额：以元为单位的金额、文本数字或区域
 * @param [digits] 小数位数：万元金额保留几位小数，默认 2
 * @returns 万元金额
 */
export function wan(yuan: any[][], digits?: any): any[][] {
  const r = cell<unknown>(() => figures.wan(yuan, digits));
  if (!Array.isArray(r)) return [[r]];
  return r.map((row: unknown[]) => row.map((v) => (isFnError(v) ? excelError(v) : v)));
}

/**
 * 按科目求和：科目编码以指定前缀（类、款）开头的明细金额之和；编码可合并或分列（类/款/项），类款小计行不重复计算。
 * @customfunction SUMCODE
 * @zhname 按科目求和
 * @param codes 科目编码：一列合并编码，或类、款、项分列的区域
 * @param amounts 金额：金额区域，行数与科目编码区域相同
 * @param prefix 编码前缀：类或款的编码，如 201 或 20103
 * @returns 金额合计
 */
export function sumCode(codes: any[][], amounts: any[][], prefix: any): number {
  return cell(() => sumCodeOf(codes, amounts, prefix));
}

/**
 * 科目名称：政府收支分类科目（功能分类、经济分类）编码对应的名称。
 * @customfunction CODENAME
 * @zhname 科目名称
 * @param code 科目编码：如 2010301；也可选类、款、项分列的单元格
 * @param [year] 年度：如 2024，给出该年度使用的科目名称
 * @returns 科目名称
 */
export function codeName(code: any[][], year?: any): string {
  return cell(() => codeNameOf(code, year));
}

/**
 * 表格数值：已识别表格中的命名数值，如收支总表的「收入总计」；工作簿变化时自动更新。
 * @customfunction AMOUNT
 * @zhname 表格数值
 * @param table 表名：如「收支总表」「三公经费表」，或工作表名
 * @param item 项目：如「收入总计」「基本支出」、科目编码或功能分类类名
 * @param [column] 列：如「基本支出」「一般公共预算」；默认为合计列
 * @param [unit] 单位：换算为「万元」或「元」；默认为表格自身的单位
 * @param invocation 流式调用：由 Excel 提供
 */
export function amount(table: any, item: any, column: any, unit: any, invocation: CustomFunctions.StreamingInvocation<number>): void {
  liveCell(workbookState, (s) => amountOf(s.analysis, table, item, column, unit), invocation);
}

/**
 * 校验错误数：工作簿中表内、表间校验发现的错误个数；工作簿变化时自动重新校验。
 * @customfunction CHECK
 * @zhname 校验错误数
 * @param [level] 级别：「错误」（默认）、「提示」、「信息」或「全部」
 * @param invocation 流式调用：由 Excel 提供
 */
export function check(level: any, invocation: CustomFunctions.StreamingInvocation<number>): void {
  liveCell(workbookState, (s) => checkCount(s.analysis, level), invocation);
}

/**
 * 说明文字：按表格数据生成的部门预算说明中某一节的文字，与任务窗格生成的说明相同；工作簿变化时自动更新。
 * @customfunction TEXT
 * @zhname 说明文字
 * @param section 章节：如「收入预算」「支出预算」「三公经费」
 * @param invocation 流式调用：由 Excel 提供
 */
export function text(section: any, invocation: CustomFunctions.StreamingInvocation<string>): void {
  liveCell(workbookState, (s) => sectionText(s.analysis, section, s.narrative), invocation);
}

// In Excel's shared runtime: read the workbook through Office.js and follow its changes.
if (typeof Office !== 'undefined' && typeof Excel !== 'undefined') {
  Office.onReady(() => {
    connectExcel(workbookState).catch(() => undefined); // cells show 「无法读取工作簿」 on their own
  });
}
