/**
 * An INVENTED, balancing 2025 部门预算 package of 「云溪县档案局」 (万元) with its 说明, for the
 * warning-level test bed (planted-warnings.test.ts). Every figure is made up and consistent:
 * 收支 500.00 (一般公共预算 only); 基本支出 320.00 (人员经费 280.00 = 301 270 + 303 10, 公用经费
 * 40.00 = 302); 项目支出 180.00 = 档案数字化加工 120.00 + 档案馆安全运维 60.00; 政府预算经济分类
 * 501 200 + 502 30 + 505 80 + 509 10 = 320; “三公” 6.00 = 接待 1.00 + 公务用车运行 5.00;
 * 机关运行经费 30.00; 上年 457.83 (+42.17, 9.21%). 政府性基金 and 国有资本经营 tables are empty
 * with a note saying why, and the 目录 marks them 空表.
 */
import type { CellValue } from '../../src/grid/types';
import type { SheetSpec } from '../integration/build-workbook';

export const DEPT = '云溪县档案局';
const HEAD = `编制单位：${DEPT}`;
const titled = (title: string, width: number): CellValue[][] => [[title], [HEAD, ...new Array(width - 2).fill(null), '单位：万元']];

/** 功能分类 lines: code, name, total, basic, project. */
const FUNC: [string, string, number, number | null, number | null][] = [
  ['201', '一般公共服务支出', 430, 250, 180],
  ['20126', '档案事务', 430, 250, 180],
  ['2012601', '行政运行', 200, 200, null],
  ['2012604', '档案馆', 230, 50, 180],
  ['208', '社会保障和就业支出', 45, 45, null],
  ['20805', '行政事业单位养老支出', 45, 45, null],
  ['2080505', '机关事业单位基本养老保险缴费支出', 45, 45, null],
  ['221', '住房保障支出', 25, 25, null],
  ['22102', '住房改革支出', 25, 25, null],
  ['2210201', '住房公积金', 25, 25, null],
];
const split = (code: string): CellValue[] => [code.slice(0, 3), code.length > 3 ? code.slice(3, 5) : null, code.length > 5 ? code.slice(5, 7) : null];

function expenditureSheet(name: string, title: string, group: string): SheetSpec {
  return {
    name,
    rows: [
      ...titled(title, 7),
      ['科目编码', null, null, '科目名称', group],
      [null, null, null, null, '合计', '基本支出', '项目支出'],
      ['类', '款', '项'],
      ...FUNC.map(([c, n, t, b, p]) => [...split(c), n, t, b, p]),
      [null, null, null, '合计', 500, 320, 180],
    ],
    merges: ['A1:G1', 'A3:C3', 'D3:D5', 'E3:G3', 'E4:E5', 'F4:F5', 'G4:G5'],
  };
}

function emptyFund(name: string, title: string, note: string | null): SheetSpec {
  return {
    name,
    rows: [
      ...titled(title, 6),
      ['科目编码', null, null, '科目名称', `本年${name}预算支出`],
      [null, null, null, null, '合计', '基本支出', '项目支出'],
      ['类', '款', '项'],
      [null, null, null, '合计', null, null, null],
      ...(note ? [[note]] : []),
    ],
    merges: ['A1:G1', 'A3:C3', 'D3:D5', 'E3:G3'],
  };
}

export interface PackageOptions {
  /** 目录 rows: [title, remark]. */
  toc?: [string, string | null][];
  fundNote?: string | null;
  /** Leave out the 绩效目标表 of these projects. */
  formsLeftOut?: string[];
  /** 主管部门/实施单位 of the 绩效目标表 forms. */
  formUnit?: string;
  /** Indicators of the first form: [三级指标, 指标值]. */
  indicators?: [string, string][];
  /** 政府预算经济分类 lines: code, name, amount. */
  govEcon?: [string, string, number][];
}

export const TOC: [string, string | null][] = [
  ['部门收支总表', null], ['部门收入总表', null], ['部门支出总表', null], ['财政拨款收支总表', null],
  ['一般公共预算支出表', null], ['一般公共预算基本支出表', null], ['一般公共预算“三公”经费支出表', null],
  ['政府性基金预算支出表', '空表'], ['国有资本经营预算支出表', '空表'], ['项目支出表', null],
];
export const FUND_NOTE = '注：本部门2025年没有使用政府性基金预算拨款安排的支出，故本表为空表。';
const GOV_ECON: [string, string, number][] = [
  ['501', '机关工资福利支出', 200], ['502', '机关商品和服务支出', 30], ['505', '对事业单位经常性补助', 80], ['509', '对个人和家庭的补助', 10],
];
export const PROJECTS: [string, number][] = [['档案数字化加工', 120], ['档案馆安全运维', 60]];
const INDICATORS: [string, string][] = [['数字化加工档案卷数', '≥20000卷'], ['数字化成果验收合格率', '≥98%']];

function form(project: string, amount: number, unit: string, indicators: [string, string][]): CellValue[][] {
  // a form of another body names it as 主管部门 and 实施单位
  return [
    ['项目支出绩效目标表'],
    ['（2025年度）', null, null, '单位：万元'],
    ['项目名称', project, null, null],
    ['主管部门', unit, '实施单位', unit],
    ['项目资金', '年度资金总额', amount, null],
    [null, '其中：财政拨款', amount, null],
    [null, '其他资金', 0, null],
    ['一级指标', '二级指标', '三级指标', '指标值'],
    ...indicators.map(([n, v], i): CellValue[] => [i === 0 ? '产出指标' : null, i === 0 ? '数量指标' : '质量指标', n, v]),
    [],
  ];
}

export function warningPackage(o: PackageOptions = {}): SheetSpec[] {
  const toc = o.toc ?? TOC;
  const fundNote = o.fundNote === undefined ? FUND_NOTE : o.fundNote;
  const govEcon = o.govEcon ?? GOV_ECON;
  const forms = PROJECTS.filter(([p]) => !(o.formsLeftOut ?? []).includes(p));
  return [
    {
      name: '目录',
      rows: [[`${DEPT}2025年部门预算公开目录`], ['序号', '报表名称', '备注'], ...toc.map(([t, r], i) => [String(i + 1), t, r])],
    },
    {
      name: '表一',
      rows: [
        ...titled('2025年部门收支总表', 4),
        ['收入', null, '支出'],
        ['项目', '预算数', '项目', '预算数'],
        ['一、一般公共预算拨款收入', 500, '一、一般公共服务支出', 430],
        ['二、政府性基金预算拨款收入', null, '二、社会保障和就业支出', 45],
        ['三、国有资本经营预算拨款收入', null, '三、住房保障支出', 25],
        ['四、事业收入', null, null, null],
        ['五、其他收入', null, null, null],
        ['本年收入合计', 500, '本年支出合计', 500],
        ['上年结转', null, '结转下年', null],
        ['收入总计', 500, '支出总计', 500],
      ],
      merges: ['A1:D1', 'A3:B3', 'C3:D3'],
    },
    {
      name: '表二',
      rows: [
        ...titled('2025年部门收入总表', 8),
        ['科目编码', null, null, '科目名称', '合计', '一般公共预算拨款收入', '事业收入', '其他收入'],
        ['类', '款', '项'],
        ...FUNC.map(([c, n, t]) => [...split(c), n, t, t]),
        [null, null, null, '合计', 500, 500],
      ],
      merges: ['A1:H1', 'A3:C3', 'D3:D4', 'E3:E4', 'F3:F4', 'G3:G4', 'H3:H4'],
    },
    expenditureSheet('表三', '2025年部门支出总表', '本年支出'),
    {
      name: '表四',
      rows: [
        ...titled('2025年财政拨款收支总表', 7),
        ['收入', null, '支出'],
        ['项目', '预算数', '项目', '合计', '一般公共预算', '政府性基金预算', '国有资本经营预算'],
        ['一、一般公共预算', 500, '一、一般公共服务支出', 430, 430],
        ['二、政府性基金预算', null, '二、社会保障和就业支出', 45, 45],
        ['三、国有资本经营预算', null, '三、住房保障支出', 25, 25],
        ['本年收入合计', 500, '本年支出合计', 500, 500],
        ['收入总计', 500, '支出总计', 500, 500],
      ],
      merges: ['A1:G1', 'A3:B3', 'C3:G3'],
    },
    expenditureSheet('表五', '2025年一般公共预算支出表', '一般公共预算支出'),
    {
      name: '表六',
      rows: [
        ...titled('2025年一般公共预算基本支出表', 6),
        ['经济分类科目编码', null, '经济分类科目名称', '合计', '人员经费', '公用经费'],
        ['类', '款'],
        ['301', null, '工资福利支出', 270, 270, null],
        ['301', '01', '基本工资', 270, 270, null],
        ['302', null, '商品和服务支出', 40, null, 40],
        ['302', '01', '办公费', 40, null, 40],
        ['303', null, '对个人和家庭的补助', 10, 10, null],
        ['303', '05', '生活补助', 10, 10, null],
        [null, null, '合计', 320, 280, 40],
      ],
      merges: ['A1:F1', 'A3:B3', 'C3:C4', 'D3:D4', 'E3:E4', 'F3:F4'],
    },
    {
      name: '表七',
      rows: [
        ...titled('2025年一般公共预算基本支出表（按政府预算经济分类）', 4),
        ['政府预算经济分类科目编码', '科目名称', '合计'],
        ...govEcon.map(([c, n, a]) => [c, n, a]),
        [null, '合计', 320],
      ],
      merges: ['A1:C1'],
    },
    {
      name: '表八',
      rows: [
        ...titled('2025年一般公共预算“三公”经费支出表', 6),
        ['合计', '因公出国（境）费', '公务接待费', '公务用车购置及运行费'],
        [null, null, null, '小计', '公务用车购置费', '公务用车运行费'],
        [6, 0, 1, 5, 0, 5],
      ],
      merges: ['A1:F1', 'A3:A4', 'B3:B4', 'C3:C4', 'D3:F3'],
    },
    emptyFund('政府性基金', '2025年政府性基金预算支出表', fundNote),
    emptyFund('国有资本经营', '2025年国有资本经营预算支出表', '注：本部门2025年没有国有资本经营预算拨款安排的支出，故本表为空表。'),
    {
      name: '表十一',
      rows: [
        ...titled('2025年项目支出表', 4),
        ['项目名称', '合计', '一般公共预算拨款', '其他资金'],
        ['合计', 180, 180, null],
        ...PROJECTS.map(([p, a]) => [p, a, a, null]),
      ],
      merges: ['A1:D1'],
    },
    ...(forms.length ? [{
      name: '绩效目标表',
      rows: forms.flatMap(([p, a], i) => form(p, a, o.formUnit ?? DEPT, i === 0 ? o.indicators ?? INDICATORS : [['档案馆安全巡查次数', '≥365次'], ['安防系统正常运行率', '≥99%']])),
    }] : []),
  ];
}

/** The clean 说明, one statement a line (line numbers are the test's coordinates). */
export const NARRATIVE = [
  `${DEPT}2025年部门预算公开说明`,
  '一、部门主要职能',
  '负责全县档案事业的统筹规划和组织协调，集中统一管理党和国家的档案。',
  '二、机构设置',
  '本部门下设办公室、业务股两个内设机构，所属事业单位1个。',
  '三、收支预算总体情况',
  '2025年收入、支出预算总计500.00万元，较上年457.83万元增加42.17万元（9.21%），主要原因是档案数字化加工项目增加。',
  '四、收入预算情况',
  '2025年收入预算500.00万元，其中：一般公共预算拨款收入500.00万元，占100%。',
  '五、支出预算情况',
  '2025年支出预算500.00万元，其中：基本支出320.00万元，占64%；项目支出180.00万元，占36%。',
  '六、财政拨款收支预算情况',
  '2025年财政拨款收支总预算500.00万元，全部为一般公共预算拨款。',
  '七、一般公共预算支出预算情况',
  '2025年一般公共预算支出500.00万元，主要用于：一般公共服务（类）支出430.00万元，社会保障和就业（类）支出45.00万元，住房保障（类）支出25.00万元。',
  '八、一般公共预算基本支出预算情况',
  '2025年一般公共预算基本支出320.00万元，其中：人员经费280.00万元，公用经费40.00万元。',
  '按政府预算经济分类，机关工资福利支出200.00万元，机关商品和服务支出30.00万元，对事业单位经常性补助80.00万元，对个人和家庭的补助10.00万元。',
  '按部门预算经济分类，工资福利支出270.00万元，商品和服务支出40.00万元。',
  '九、“三公”经费预算情况',
  '2025年“三公”经费预算6.00万元，其中：因公出国（境）费0万元，公务接待费1.00万元，公务用车购置及运行费5.00万元，与上年持平。',
  '十、政府性基金预算支出情况',
  '本部门2025年没有使用政府性基金预算拨款安排的支出，政府性基金预算支出表为空表。',
  '十一、国有资本经营预算支出情况',
  '本部门2025年没有国有资本经营预算拨款安排的支出，国有资本经营预算支出表为空表。',
  '十二、机关运行经费',
  '2025年本部门机关运行经费预算30.00万元，与上年持平。',
  '十三、政府采购情况',
  '2025年本部门未安排政府采购预算。',
  '十四、国有资产占用情况',
  '截至上年末，本部门共有车辆1辆，无单价50万元以上设备。',
  '十五、预算绩效情况',
  '2025年本部门实行绩效目标管理的项目2个，涉及资金180.00万元。',
  '十六、名词解释',
  '机关运行经费：指为保障行政单位运行用于购买货物和服务的各项资金。',
].join('\n');
