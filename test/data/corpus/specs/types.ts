/**
 * Specs of workbooks rebuilt from the Shanghai disclosures in ../shared/corpus (text → cells).
 * Header cells: '<' merges with the cell on the left, '^' with the cell above. Amounts are
 * written as in the document ("91,016,775.35"); the builder stores them as numbers unless the
 * workbook asks for text amounts (a PDF converted to Excel).
 */
export type SpecCell = string | number | null;

export interface TableSpec {
  /** Sheet name when one table per sheet. */
  sheet?: string;
  kind: string;
  title: string;
  /** Lines between title and header, e.g. ['编制部门：上海市普陀区人民政府办公室', '单位：元'] on one row. */
  meta: SpecCell[];
  header: SpecCell[][];
  rows: SpecCell[][];
  notes?: string[];
  unit: '元' | '万元' | null;
  empty: boolean;
}

export interface WorkbookSpec {
  file: string;
  source: string;
  department: string;
  year: number;
  unit: '元' | '万元';
  stage: '预算' | '决算';
  /** All tables on one sheet (this name) instead of one sheet per table. */
  stackedSheet?: string;
  /** Amounts as text with 千分位, as a PDF conversion leaves them. */
  textAmounts?: boolean;
  /** A heading line above the first title (「某某部门2024年度部门决算表」). */
  heading?: string;
  tables: TableSpec[];
}
