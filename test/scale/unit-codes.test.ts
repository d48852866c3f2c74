/**
 * Issue 15: a consolidated workbook whose units are coded 101, 201, 301 … (codes of 类 201
 * 一般公共服务支出, 经济分类 301 …). The unit's name and position say what the line is: no false
 * finding, on every by-unit layout, and a real error next to such a unit is still reported.
 */
import { layout, toGrids, unitCode, type Layout } from '../../bench/layouts';
import { analyze } from '../../src/engine';
import { isUnitCodedLikeClass } from '../../src/recognize/unit-codes';

const UNITS = 12; // 101 … 901, 102, 202, 302: 201, 301, 501 among them

describe('unit codes that look like 类 codes', () => {
  it('the generator really gives units 类-like codes', () => {
    const codes = Array.from({ length: UNITS }, (_, u) => unitCode(u, 'short'));
    expect(codes).toEqual(expect.arrayContaining(['201', '301', '501']));
  });

  for (const kind of ['consolidated', 'grouped'] as Layout[]) {
    it(`${kind}: every unit line is a unit, no error and no warning`, () => {
      const a = analyze(toGrids(layout(kind, { units: UNITS, lines: 60, unitCodes: 'short' })));
      for (const t of a.tables) {
        const units = t.lists[0].lines.filter((l) => l.kind === 'unit');
        expect(units.map((l) => l.name)).toHaveLength(UNITS);
        expect(t.lists[0].lines.find((l) => l.name === '某某市第2中学')?.code).toBeUndefined();
      }
      expect(a.findings.filter((f) => f.severity !== 'info').map((f) => f.message)).toEqual([]);
    });

    it(`${kind}: a wrong line under unit 201 is still an error`, () => {
      const specs = layout(kind, { units: UNITS, lines: 60, unitCodes: 'short' });
      const sheet = specs[0];
      const unitRow = sheet.rows.findIndex((r) => r[0] === '201');
      sheet.rows[unitRow + 3][4] = (sheet.rows[unitRow + 3][4] as number) + 100; // 人员经费 of a line under 201
      const a = analyze(toGrids(specs));
      const errors = a.findings.filter((f) => f.severity === 'error');
      expect(errors.length).toBeGreaterThan(0);
      expect(errors.some((f) => f.cells.some((c) => c.row === unitRow + 3))).toBe(true);
    });
  }

  it('tells a unit from a 类 by its name', () => {
    expect(isUnitCodedLikeClass('201', '某某市第2中学')).toBe(true);
    expect(isUnitCodedLikeClass('301', '某某县财政局本级')).toBe(true);
    expect(isUnitCodedLikeClass('205', '某某区教育委员会（机关）')).toBe(true);
    expect(isUnitCodedLikeClass('201', '一般公共服务支出')).toBe(false);
    expect(isUnitCodedLikeClass('201', '一般公共服务')).toBe(false);
    expect(isUnitCodedLikeClass('301', '工资福利支出')).toBe(false);
    expect(isUnitCodedLikeClass('2010101', '某某局')).toBe(false); // 项 codes are not unit-like
  });
});
