/**
 * 「插入到新工作表」: writes the 说明 text, one paragraph per row, into a new sheet (Excel only).
 * The sheet is new, so no user cell is touched; deleting the sheet restores the workbook.
 */
export async function insertTextSheet(baseName: string, lines: string[]): Promise<string> {
  return Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load('items/name');
    await context.sync();
    const taken = new Set(sheets.items.map((s) => s.name));
    let name = baseName;
    for (let i = 2; taken.has(name); i++) name = `${baseName}${i}`;
    const ws = sheets.add(name);
    if (lines.length > 0) {
      const range = ws.getRange(`A1:A${lines.length}`);
      range.values = lines.map((l) => [l]);
      range.format.wrapText = false;
    }
    ws.getRange('A:A').format.columnWidth = 600;
    ws.activate();
    await context.sync();
    return name;
  });
}
