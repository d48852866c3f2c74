/**
 * Builds corrected copies of the fixture workbooks: every error the truth lists (scope
 * intra/inter) fixed by hand, as data below, so that the rules must report zero errors on them.
 * Run: npx ts-node --transpile-only -P tsconfig.json test/data/corrected/build.ts
 */
import ExcelJS from 'exceljs';
import * as path from 'path';
import { fixturePath } from '../../fixtures';

type Fix = [sheet: string, cell: string, value: number | string | null, why: string];

export const FIXES: Record<string, Fix[]> = {
  'yongdeng-2024': [
    ['表五 财政拨款支出表', 'B6', 137.05, 'F1 总计行 = 单位行'],
    ['表五 财政拨款支出表', 'C6', 137.05, 'F1'],
    ['表五 财政拨款支出表', 'D6', 89.05, 'F1'],
    ['表五 财政拨款支出表', 'E6', 48, 'F1'],
    ['表八 三公经费会议费培训费', 'B7', 0.04, 'F3 总计行 = 单位行'],
    ['表八 三公经费会议费培训费', 'D7', 0.04, 'F3'],
    ...(['5:3.37', '6:0.15', '9:0.09', '10:0.17', '11:2.06', '13:0.27', '17:0.63'].map((s) => {
      const [row, v] = s.split(':');
      return ['表九 机关运行经费表', `D${row}`, Number(v), 'F4 机关运行经费属基本支出：基本支出 = 合计'] as Fix;
    })),
    ['整体支出绩效目标表', 'F8', 137.05, 'F7 当年财政拨款 = 表四本年收入'],
    ['整体支出绩效目标表', 'F11', 137.05, 'F5 收入预算合计 = 各来源之和'],
    ['整体支出绩效目标表', 'D12', 137.05, 'F6 支出预算合计 = 基本支出 + 项目支出'],
  ],
  'luanchuan-2023': [
    ...(['D', 'E', 'F'].flatMap((c) => [
      ['表4', `${c}6`, 595.94, 'F2 本年支出含上年结转安排的支出'] as Fix,
      ['表4', `${c}7`, 595.94, 'F2 一般公共服务支出'] as Fix,
      ['表4', `${c}37`, null, 'F1 年终结转结余 = 收支总表 0'] as Fix,
    ])),
    ['Sheet13', 'C30', null, 'F3 跨页续行不另列金额'],
    ['Sheet13', 'D30', null, 'F3'],
    ['Sheet13', 'G8', '结转结余资金2.61万', 'F4 成本指标与项目金额一致'],
    ['Sheet13', 'H8', '2.61万', 'F4'],
    ['Sheet13', 'G37', '拨付指标65万', 'F5'],
    ['Sheet13', 'H37', '65万', 'F5'],
    ['Sheet13', 'G20', '预算指标100元', 'F6'],
    ['Sheet13', 'H20', '100元', 'F6'],
    ['表2', 'T2', '单位：万元', 'F7 计量单位'],
    ['表7', 'R2', '单位：万元', 'F7'],
    ['表11', 'L2', '单位：万元', 'F7'],
  ],
  'yichuan-2024': [
    ...[14, 15, 16, 17, 18, 19, 20].map(
      (r) => ['项目绩效目标汇总表', `H${r}`, '办公经费51万，水电费50万，保安保洁费用80万，免费复印6万，业务培训10万，服装费10万', 'F2 成本指标分项之和 = 207'] as Fix,
    ),
  ],
};

export const CORRECTED_DIR = __dirname;

export function correctedPath(name: string): string {
  return path.join(CORRECTED_DIR, `${name}.corrected.xlsx`);
}

async function build(name: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(fixturePath(name));
  for (const [sheet, cell, value] of FIXES[name]) {
    const ws = wb.getWorksheet(sheet);
    if (!ws) throw new Error(`${name}: no sheet ${sheet}`);
    ws.getCell(cell).value = value;
  }
  await wb.xlsx.writeFile(correctedPath(name));
}

if (require.main === module) {
  Promise.all(Object.keys(FIXES).map(build)).then(
    () => console.log(`corrected copies written to ${CORRECTED_DIR}`),
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}
