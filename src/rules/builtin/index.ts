/** The built-in rule families, one small data file each (see docs/rules.md). */
import basicClosure from './basic-closure';
import completeness from './completeness';
import cross from './cross';
import expenditure from './expenditure';
import finalAccounts from './final-accounts';
import fiscal from './fiscal';
import income from './income';
import incomeExpenditure from './income-expenditure';
import performance from './performance';
import review from './review';
import subjects from './subjects';
import threePublic from './three-public';

export const BUILTIN_RULE_FILES: { family: string; text: string }[] = [
  { family: '收支总表', text: incomeExpenditure },
  { family: '收入总表', text: income },
  { family: '支出表', text: expenditure },
  { family: '财政拨款', text: fiscal },
  { family: '跨表', text: cross },
  { family: '三公/机关运行', text: threePublic },
  { family: '绩效', text: performance },
  { family: '决算', text: finalAccounts },
  { family: '完整性', text: completeness },
  { family: '科目', text: subjects },
  { family: '基本支出闭合', text: basicClosure },
  { family: '审核', text: review },
];
