/**
 * Recognition throughput on a generated consolidated package (a 部门 with 200 units, ~1 M cells):
 * grids → tables → model figures. Target ≥ 2 M cells/s and < 1 s. Prints cells/s and peak memory.
 */
import type { CellValue, SheetGrid } from '../src/grid/types';
import { recognizeWorkbook } from '../src/recognize';
import { buildModel } from '../src/model';

const UNITS = 200;
let units = UNITS;

function sheet(name: string, index: number, title: string, header: CellValue[][], body: CellValue[][]): SheetGrid {
  const width = header[0].length;
  const values: CellValue[][] = [[title, ...new Array(width - 1).fill(null)], ['部门名称：某某市教育局', ...new Array(width - 2).fill(null), '单位：元'], ...header, ...body];
  return { name, index, top: 0, left: 0, values, merges: [{ r0: 0, c0: 0, r1: 0, c1: width - 1 }], hiddenRows: [], hiddenCols: [] };
}

/** A by-unit 功能分类 table: per unit a unit row, then 类/款/项 lines with amounts in `amountCols` columns. */
function byUnitBody(linesPerUnit: number, amountCols: number, labelCols: (u: number, i: number) => CellValue[]): CellValue[][] {
  const rows: CellValue[][] = [];
  const total: CellValue[] = [...labelCols(-1, -1).map(() => null), ...new Array(amountCols).fill(0)];
  total[labelCols(-1, -1).length - 1] = '合计';
  rows.push(total);
  for (let u = 0; u < units; u++) {
    const unitRow: CellValue[] = labelCols(-1, -1).map(() => null);
    unitRow[0] = String(100 + u);
    unitRow[unitRow.length - 1] = `某某市第${u + 1}中学`;
    rows.push([...unitRow, ...Array.from({ length: amountCols }, (_, k) => (k + 1) * 1000.5)]);
    for (let i = 0; i < linesPerUnit; i++) rows.push([...labelCols(u, i), ...Array.from({ length: amountCols }, (_, k) => Math.round((u + i + k) * 137.13) / 100)]);
  }
  return rows;
}

function functionCode(u: number, i: number): CellValue[] {
  if (u < 0) return [null, null, null, null];
  return ['205', String(1 + (i % 9)).padStart(2, '0'), String(1 + (i % 60)).padStart(2, '0'), `教育支出项目${i}`];
}

export function buildPackage(): SheetGrid[] {
  const expHeader: CellValue[][] = [
    ['科目编码', null, null, '科目名称', '合计', '基本支出', null, null, null, null, '项目支出', null, null, null],
    ['类', '款', '项', null, null, '小计', '工资福利支出', '商品和服务支出', '对个人和家庭的补助', '资本性支出', '小计', '其他运转类', '特定目标类', '上年结转'],
  ];
  const econHeader: CellValue[][] = [
    ['部门预算经济分类', null, '科目名称', '政府预算经济分类', null, '科目名称', '总计', '一般公共预算', null, '政府性基金', '国有资本经营预算', '上年结转结余', '财政专户管理资金收入', '事业收入', '事业单位经营收入', '上级补助收入', '附属单位上缴收入', '其他收入'],
    ['类', '款', null, '类', '款', null, null, '小计', '其中：财政拨款', null, null, null, null, null, null, null, null, null],
  ];
  const projHeader: CellValue[][] = [
    ['类型', '项目名称', '项目单位', '合计', '本年拨款', null, null, '财政拨款结转结余', null, null, '财政专户管理资金', '单位资金'],
    [null, null, null, null, '一般公共预算', '政府性基金预算', '国有资本经营预算', '一般公共预算', '政府性基金预算', '国有资本经营', null, null],
  ];
  return [
    sheet('部门支出预算表', 0, '2025年部门支出预算表', expHeader, byUnitBody(88, 10, functionCode)),
    sheet('一般公共预算支出表', 1, '2025年一般公共预算支出预算表', expHeader, byUnitBody(88, 10, functionCode)),
    sheet('支出经济分类汇总表', 2, '2025年支出经济分类汇总表', econHeader, byUnitBody(68, 12, (u, i) => (u < 0 ? [null, null, null, null, null, null] : ['302', String(1 + (i % 30)).padStart(2, '0'), `商品和服务${i}`, '505', '02', '商品和服务支出']))),
    sheet('项目支出预算表', 3, '2025年项目支出预算表', projHeader, byUnitBody(98, 9, (u, i) => (u < 0 ? [null, null, null] : ['特定目标类', `项目${u}-${i}`, `某某市第${u + 1}中学`]))),
  ];
}

export function run(): void {
  // warm the JIT on a small package first (the add-in runs the engine again and again)
  units = 20;
  for (let i = 0; i < 3; i++) buildModel(recognizeWorkbook(buildPackage()));
  units = UNITS;
  const sheets = buildPackage();
  let cells = 0;
  for (const g of sheets) for (const r of g.values) cells += r.length;
  global.gc?.();
  const before = process.memoryUsage();
  let peak = before.heapUsed;
  const cpu0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  const tables = recognizeWorkbook(sheets);
  peak = Math.max(peak, process.memoryUsage().heapUsed);
  const model = buildModel(tables);
  let figures = 0;
  for (const t of tables) figures += model.figures(t).length;
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const cpu = process.cpuUsage(cpu0);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  peak = Math.max(peak, process.memoryUsage().heapUsed);
  const lines = tables.reduce((n, t) => n + t.lists.reduce((m, l) => m + l.lines.length, 0), 0);
  const rate = cells / (ms / 1000);
  // on a shared machine wall time includes other processes: CPU time is this run's own cost
  const cpuRate = cells / (cpuMs / 1000);
  process.stdout.write(
    `recognition (200 units, after warm-up): ${cells.toLocaleString('en')} cells, ${tables.length} tables, ${lines.toLocaleString('en')} lines, ${figures} figures in ${ms.toFixed(0)} ms wall, ${cpuMs.toFixed(0)} ms CPU\n` +
      `  throughput ${(rate / 1e6).toFixed(2)} M cells/s wall, ${(cpuRate / 1e6).toFixed(2)} M cells/s CPU (target ≥ 2 M cells/s, < 1000 ms): ${cpuRate >= 2e6 && cpuMs < 1000 ? 'OK' : 'BELOW TARGET'}\n` +
      `  peak heap ${(peak / 1048576).toFixed(0)} MB, rss ${(process.memoryUsage().rss / 1048576).toFixed(0)} MB\n`,
  );
}

if (require.main === module) run();
