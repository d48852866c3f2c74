/**
 * The reviewer's report as one .xlsx any Excel opens: 「汇总」 (one line per department) and
 * 「问题清单」 (one line per finding), each with a frozen, filterable header row. Every value is
 * written as a plain value (text stays text: a message starting with 「=」 is never a formula).
 */
import ExcelJS from 'exceljs';
import { FINDING_HEADERS, findingRows, findingValues, SUMMARY_HEADERS, summaryRows, summaryValues, type ReviewInput } from './review-report';

const SUMMARY_WIDTHS = [28, 28, 8, 8, 8, 8, 80, 10];
const FINDING_WIDTHS = [28, 24, 20, 24, 22, 8, 16, 16, 16, 90];

function sheet(wb: ExcelJS.Workbook, name: string, headers: string[], widths: number[], rows: (string | number)[][]): void {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = headers.map((header, i) => ({ header, width: widths[i] }));
  ws.getRow(1).font = { bold: true };
  for (const r of rows) ws.addRow(r);
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1 + rows.length, column: headers.length } };
  // long texts (the first errors, messages) wrap inside their column
  for (const c of [headers.length - 1, headers.length]) ws.getColumn(c).alignment = { wrapText: true, vertical: 'top' };
}

export async function reviewWorkbook(inputs: ReviewInput[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '预算公开助手';
  sheet(wb, '汇总', SUMMARY_HEADERS, SUMMARY_WIDTHS, summaryRows(inputs).map(summaryValues));
  sheet(wb, '问题清单', FINDING_HEADERS, FINDING_WIDTHS, findingRows(inputs).map(findingValues));
  return Buffer.from(await wb.xlsx.writeBuffer());
}
