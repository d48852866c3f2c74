/**
 * Planted mistakes (docs/narrative.md, "Detection of planted mistakes"): the published kinds of
 * wrong figures, one per 说明, in sentences about the whole department written the ways the corpus
 * writes them, must come out as ERRORS on their line; the same sentence with the right figure gives
 * no error. Tables: the real 永登 workbook (收支 137.05; 基本支出 89.05 = 人员经费 82.42 + 公用经费
 * 6.63; 项目支出 48; 一般公共服务支出 117.54; “三公” 0.04 = 公务接待费 0.04; 机关运行经费 3.37).
 */
import { analyze } from '../../src/engine';
import { loadWorkbook } from '../../src/cli/load';
import type { BudgetModel } from '../../src/model/types';
import { checkNarrative } from '../../src/narrative';
import { fixturePath } from '../fixtures';

let yd: BudgetModel;
beforeAll(async () => {
  yd = analyze((await loadWorkbook(fixturePath('yongdeng-2024'))).sheets).model;
});

const severityAt = (text: string, line: number) => {
  const at = checkNarrative(text, yd).filter((f) => f.line === line);
  return at.some((f) => f.severity === 'error') ? 'error' : at.length ? 'warning' : 'missed';
};

/** [what is planted, right sentence, wrong sentence] — the heading above gives the section. */
const CASES: [string, string, string, string][] = [
  ['基本支出 137.05 for 89.05', '三、支出预算总体情况', '2024年支出预算137.05万元，其中：基本支出89.05万元，占65%；项目支出48万元，占35%。', '2024年支出预算137.05万元，其中：基本支出137.05万元，占65%；项目支出48万元，占35%。'],
  ['收入 total off', '二、收入预算总体情况', '永登县政务服务中心2024年收入预算合计137.05万元，其中：一般公共预算拨款收入137.05万元，占100%。', '永登县政务服务中心2024年收入预算合计173.05万元，其中：一般公共预算拨款收入137.05万元，占100%。'],
  ['share off', '三、支出预算总体情况', '本部门2024年支出合计137.05万元。其中：基本支出89.05万元，占64.98%；项目支出48万元，占35.02%。', '本部门2024年支出合计137.05万元。其中：基本支出89.05万元，占66.98%；项目支出48万元，占35.02%。'],
  ['rate 0.65% for 0.066%', '一、收支预算总体情况', '2024年收入、支出预算总计137.05万元，与上年相比，收、支预算总计各减少0.09万元，下降0.066%。', '2024年收入、支出预算总计137.05万元，与上年相比，收、支预算总计各减少0.09万元，下降0.65%。'],
  ['增减额 off', '一、收支预算总体情况', '2024年收支总预算137.05万元，比2023年预算137.14万元减少0.09万元。', '2024年收支总预算137.05万元，比2023年预算137.14万元减少0.90万元。'],
  ['一般公共预算 支出 off', '五、一般公共预算支出预算情况', '2024年一般公共预算支出预算137.05万元，主要用于：一般公共服务支出117.54万元。', '2024年一般公共预算支出预算173.05万元，主要用于：一般公共服务支出117.54万元。'],
  ['一般公共服务 支出 off', '五、一般公共预算支出预算情况', '2024年一般公共预算支出137.05万元，其中：一般公共服务（类）支出117.54万元，占85.76%。', '2024年一般公共预算支出137.05万元，其中：一般公共服务（类）支出171.54万元，占85.76%。'],
  ['三公 total off', '八、“三公”经费预算情况说明', '2024年“三公”经费预算数为0.04万元，其中：因公出国（境）费0万元，公务用车购置及运行费0万元，公务接待费0.04万元。', '2024年“三公”经费预算数为0.4万元，其中：因公出国（境）费0万元，公务用车购置及运行费0万元，公务接待费0.04万元。'],
  ['三公 item off', '八、“三公”经费预算情况说明', '2024年“三公”经费预算数为0.04万元，其中：因公出国（境）费0万元，公务用车购置及运行费0万元，公务接待费0.04万元。', '2024年“三公”经费预算数为0.04万元，其中：因公出国（境）费0万元，公务用车购置及运行费0.3万元，公务接待费0.04万元。'],
  ['机关运行经费 off', '九、机关运行经费', '2024年本部门机关运行经费预算3.37万元。', '2024年本部门机关运行经费预算33.7万元。'],
  ['政府采购 total off', '十、政府采购情况', '2024年政府采购预算总额0万元，其中：政府采购货物预算0万元、政府采购工程预算0万元、政府采购服务预算0万元。', '2024年政府采购预算总额12万元，其中：政府采购货物预算0万元、政府采购工程预算0万元、政府采购服务预算0万元。'],
  ['人员经费 off', '六、一般公共预算基本支出预算情况', '2024年一般公共预算基本支出89.05万元，其中：人员经费82.42万元，公用经费6.63万元。', '2024年一般公共预算基本支出89.05万元，其中：人员经费28.42万元，公用经费6.63万元。'],
  // the wording of other cities (西安, 深圳, 上海, 无锡 packages of the PDF corpus)
  ['三公 off (西安)', '八、“三公”经费预算情况说明', '2024年本部门当年一般公共预算“三公”经费预算支出0.04万元，较上年增加0.00万元。', '2024年本部门当年一般公共预算“三公”经费预算支出0.40万元，较上年增加0.00万元。'],
  ['机关运行经费 off (深圳)', '九、机关运行经费', '2024年本单位机关运行经费财政拨款预算3.37万元。', '2024年本单位机关运行经费财政拨款预算33.70万元。'],
  ['机关运行经费 off (上海)', '九、机关运行经费', '2024年永登县政务服务中心财政拨款的机关运行经费预算为3.37万元。', '2024年永登县政务服务中心财政拨款的机关运行经费预算为3.73万元。'],
  ['三公 off (上海)', '八、“三公”经费预算情况说明', '2024年“三公”经费预算数为0.04万元，与2023年预算持平。', '2024年“三公”经费预算数为0.14万元，与2023年预算持平。'],
  ['政府采购 off (上海)', '十、政府采购情况', '2024年度本单位政府采购预算0.00万元，其中：政府采购货物预算0.00万元、政府采购工程预算0.00万元、政府采购服务预算0.00万元。', '2024年度本单位政府采购预算12.00万元，其中：政府采购货物预算0.00万元、政府采购工程预算0.00万元、政府采购服务预算0.00万元。'],
  ['收入 off (上海)', '二、收入预算总体情况', '2024年，永登县政务服务中心收入预算137.05万元，其中：财政拨款收入137.05万元。', '2024年，永登县政务服务中心收入预算173.05万元，其中：财政拨款收入137.05万元。'],
  ['收入 off (无锡)', '二、收入预算总体情况', '永登县政务服务中心2024年收入预算合计137.05万元，包括：一般公共预算收入137.05万元。', '永登县政务服务中心2024年收入预算合计137.50万元，包括：一般公共预算收入137.05万元。'],
  ['三公 share off (无锡)', '八、“三公”经费预算情况说明', '2024年“三公”经费预算0.04万元。其中，因公出国（境）费支出0万元，占“三公”经费的0%；公务接待费支出0.04万元，占“三公”经费的100%。', '2024年“三公”经费预算0.04万元。其中，因公出国（境）费支出0万元，占“三公”经费的0%；公务接待费支出0.04万元，占“三公”经费的10%。'],
  ['基本支出 share off (无锡)', '三、支出预算总体情况', '支出预算合计137.05万元，其中：基本支出89.05万元，占64.98%；项目支出48万元，占35.02%。', '支出预算合计137.05万元，其中：基本支出89.05万元，占64.98%；项目支出84万元，占35.02%。'],
];

describe.each(CASES)('planted: %s', (_what, heading, right, wrong) => {
  const doc = (s: string) => `2024年永登县政务服务中心部门预算公开说明\n${heading}\n${s}`;
  it('the right sentence gives no error', () => {
    expect(checkNarrative(doc(right), yd).filter((f) => f.severity === 'error').map((f) => f.message)).toEqual([]);
  });
  it('the wrong figure is an error on its line', () => {
    expect(severityAt(doc(wrong), 3)).toBe('error');
  });
});

describe('a complete 其中 list short of its total (partition.ts)', () => {
  const rules = (s: string) => checkNarrative(`说明\n十、政府采购情况\n${s}`, yd).map((f) => `${f.severity} ${f.rule}`);
  it('货物+工程+服务 short of the 政府采购 total is an error', () => {
    expect(rules('2024年政府采购预算安排261万元，其中：政府采购货物预算236万元、政府采购工程预算0万元、政府采购服务预算0万元。')).toContain('error narrative.parts_short_of_total');
  });
  it('a partial list (only 货物) or a 尾差 proves nothing', () => {
    expect(rules('2024年政府采购预算安排261万元，其中：政府采购货物预算236万元。')).not.toContain('error narrative.parts_short_of_total');
    expect(rules('2024年政府采购预算安排236.4万元，其中：政府采购货物预算236万元、政府采购工程预算0万元、政府采购服务预算0万元。')).not.toContain('error narrative.parts_short_of_total');
  });
});

describe('a sentence about the whole department is no unit’s (scope.ts)', () => {
  const at3 = (heading: string, s: string) =>
    checkNarrative(`2024年永登县政务服务中心部门预算公开说明\n${heading}\n${s}`, yd).filter((f) => f.line === 3 && f.rule === 'narrative.amount_mismatch').map((f) => f.severity);
  it('「我中心/本中心」 before 支出合计 names the department itself', () => {
    expect(at3('一、收支预算总体情况', '我中心2024年支出合计113.05万元。')).toEqual(['error']);
    expect(at3('一、收支预算总体情况', '本中心2024年收入合计113.05万元。')).toEqual(['error']);
    // a part of it stays in doubt
    expect(at3('一、收支预算总体情况', '我局下属单位2024年支出合计113.05万元。')).toEqual(['warning']);
  });
  it('a heading naming the department with its province or city before it is the whole', () => {
    expect(at3('一、甘肃省永登县政务服务中心', '2024年支出预算113.05万元。')).toEqual(['error']);
    expect(at3('一、甘肃省兰州市永登县政务服务中心', '2024年支出预算113.05万元。')).toEqual(['error']);
    // its own level (本级) is a unit
    expect(at3('一、永登县政务服务中心（本级）', '2024年支出预算113.05万元。')).toEqual(['warning']);
  });
});
