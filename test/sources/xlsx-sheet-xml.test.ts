/** The linear pass over a sheet's XML (src/sources/xlsx-sheet-xml.ts). */
import { scanSheetXml } from '../../src/sources/xlsx-sheet-xml';

const DATA = '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1"><v>1</v></c></row><row r="3"><c r="B3"><v>2</v></c></row></sheetData>';

describe('scanSheetXml', () => {
  it('cuts merges, validations, conditional formats, hyperlinks, extLst; reads the merges clipped', () => {
    const xml = `<worksheet>${DATA}<mergeCells count="3"><mergeCell ref="A1:XFD1048576"/><mergeCell ref="B2:C2"/><mergeCell ref="E9:F9"/></mergeCells>`
      + '<conditionalFormatting sqref="A1:XFD1048576"><cfRule type="expression"/></conditionalFormatting><dataValidations count="1"><dataValidation sqref="A1:XFD1048576"/></dataValidations>'
      + '<hyperlinks><hyperlink ref="A1" r:id="rId1"/></hyperlinks><extLst><ext><x14:dataValidations/></ext></extLst></worksheet>';
    const s = scanSheetXml(xml);
    expect(s.xml).toBe(`<worksheet>${DATA}</worksheet>`);
    expect(s.merges).toEqual([{ r0: 0, c0: 0, r1: 2, c1: 2 }, { r0: 1, c0: 1, r1: 1, c1: 2 }]);
    expect(s.mergeCount).toBe(3);
    expect(s.mergedCells).toBe(9 + 2);
    expect(s.cells).toBe(3);
    expect(s.gridCells).toBe(3 + 2 + 3); // row widths 3 and 2, plus one per row up to row 3
  });

  it('elements placed before <sheetData> are cut too, and 20,000 of them stay one pass', () => {
    const many = '<conditionalFormatting sqref="A1"><cfRule/></conditionalFormatting>'.repeat(20000);
    const xml = `<worksheet><mergeCells><mergeCell ref="A1:B1"/></mergeCells>${DATA}${many}</worksheet>`;
    const t0 = Date.now();
    const s = scanSheetXml(xml);
    expect(Date.now() - t0).toBeLessThan(5000);
    expect(s.xml).toBe(`<worksheet>${DATA}</worksheet>`);
    expect(s.merges).toEqual([{ r0: 0, c0: 0, r1: 0, c1: 1 }]);
  });

  it('tells formulas without any <v> from formulas whose result is "" (<v></v>, <v/>)', () => {
    const cells = '<row r="1"><c r="A1" t="str"><f>IF(1=1,"","x")</f><v></v></c><c r="B1" t="str"><f>X</f><v/></c><c r="C1"><f>SUM(1,2)</f></c><c r="D1" s="1"/><c r="E1"><v>1</v></c><c r="F1"><f>1+1</f><v>2</v></c></row><row r="2"><c r="A2"><f>A1</f></c></row>';
    const s = scanSheetXml(`<worksheet><sheetData>${cells}</sheetData></worksheet>`);
    expect([...s.uncached].sort((a, b) => a - b)).toEqual([2, 16384]);
  });

  it('does not take <mergeCellsX> or <row…> lookalikes for the real elements', () => {
    const s = scanSheetXml(`<worksheet>${DATA}<mergeCellsX/><rowBreaks><brk id="1"/></rowBreaks></worksheet>`);
    expect(s.xml).toContain('<mergeCellsX/>');
    expect(s.cells).toBe(3);
  });
});
