/**
 * 「插入到新工作表」: writes the 说明 text, one paragraph per row, into a new sheet (Excel only).
 * The sheet is new, so no user cell is touched; deleting the sheet restores the workbook.
 * The cells are formatted as text (「@」) before the values are written, in the same batch, so a
 * line starting with =, +, - or @ stays the text it is instead of becoming a formula.
 */
type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export async function insertTextSheet(
  baseName: string,
  lines: string[],
  run: ExcelRun = (batch) => Excel.run(batch),
): Promise<string> {
  return run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load('items/name');
    await context.sync();
    const taken = new Set(sheets.items.map((s) => s.name));
    let name = baseName;
    for (let i = 2; taken.has(name); i++) name = `${baseName}${i}`;
    const ws = sheets.add(name);
    if (lines.length > 0) {
      const range = ws.getRange(`A1:A${lines.length}`);
      range.numberFormat = lines.map(() => ['@']);
      range.values = lines.map((l) => [l]);
      range.format.wrapText = false;
    }
    ws.getRange('A:A').format.columnWidth = 600;
    ws.activate();
    await context.sync();
    return name;
  });
}
