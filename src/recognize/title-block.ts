/**
 * The title block above a table's header: title, 表号, unit (「单位：万元」 anywhere in the block or
 * in a header cell), year, department (「部门名称：」「编制单位：」「编制部门：」), stage (预算/决算).
 */
import type { CellRef } from '../grid/types';
import { titleForm } from '../vocabulary/labels';
import { toHalfWidth } from '../vocabulary/fold';
import type { Stage, Unit } from './types';

export interface TitleInfo {
  title: string;
  titleCell?: CellRef;
  unit: Unit | null;
  unitCell?: CellRef;
  /** 「单位：」 was written but names no unit we know (empty, 千元 …). */
  unitUnreadable?: string;
  /** The unit text exactly as written (「单位：万」, 「金额单位：元」). */
  unitLabel?: string;
  /** The stage was read only from header cells (「预算数」), not from the title or the title block. */
  stageFromHeader?: boolean;
  year: number | null;
  department: string | null;
  stage: Stage | null;
}

const UNIT_RE = /(?:金额)?单位\s*[:：]\s*(人民币)?\s*(万元|万|元|千元|亿元)?/;
const DEPT_RE = /(?:部门名称|编制单位|编制部门|填报部门|单位名称|填报单位|预算单位|部门（单位）名称|部门\(单位\)名称|单位（部门）名称|部门|(?<!金额)单位(?=\s*[:：]\s*(?!人民币|万|元|千元|亿元|$)[^\s]{3}))\s*(?:[（(](?:盖章|公章|章)[）)])?\s*[:：]\s*([^\s:：][^:：]*?)\s*(?=(?:金额)?单位\s*[:：]|$)/;

/** Unit from a text such as 「单位：万元」; undefined when the text names no unit. */
export function unitFromText(s: string): { unit: Unit | null; raw: string } | undefined {
  const m = UNIT_RE.exec(s);
  // 「单位：永登县政务服务中心」 names the unit that reports, not the unit of amounts
  if (m && !m[2] && !m[1] && /^[^\s]{3}/.test(s.slice(m.index + m[0].length).trim()) && !/^(千|亿|人民币)/.test(s.slice(m.index + m[0].length).trim())) return undefined;
  if (!m || /单位名称|单位代码|编制单位|预算单位|单位编码|单位（|单位\(/.test(s.slice(Math.max(0, m.index - 2), m.index + 4))) return undefined;
  const u = m[2];
  if (u === '万元' || u === '万') return { unit: '万元', raw: m[0] };
  if (u === '元') return { unit: '元', raw: m[0] };
  return { unit: null, raw: m[0] };
}

/** 「单位：」 in one cell and 「万元」 in the next: a title-block cell holding only a unit of money. */
function bareUnit(s: string, inBlock: boolean): { unit: Unit | null; raw: string } | undefined {
  const m = inBlock ? /^[（(]?\s*(万元|元)\s*[）)]?$/.exec(s.trim()) : null;
  return m ? { unit: m[1] as Unit, raw: s.trim() } : undefined;
}

/** A unit in parentheses inside a label: 「项目金额（万元）」, 「预算情况(万元)」. */
export function unitInLabel(s: string): Unit | null {
  const m = /[（(](万元|元)[）)]/.exec(s);
  return m ? (m[1] as Unit) : null;
}

export function yearFromText(s: string): number | null {
  const m = /(20\d{2}|19\d{2})\s*年/.exec(toHalfWidth(s));
  return m ? Number(m[1]) : null;
}

export function stageFromText(s: string): Stage | null {
  if (/决算/.test(s)) return '决算';
  // 一般公共预算 / 政府性基金预算 / 国有资本经营预算 name budgets, not the stage of the document
  if (/预算/.test(s.replace(/(一般公共|政府性基金|国有资本经营|社会保险基金)预算/g, ''))) return '预算';
  return null;
}

export function departmentFromText(s: string): string | null {
  const m = DEPT_RE.exec(s.replace(/\s+/g, ' ').trim());
  if (!m) return null;
  const d = m[1].trim();
  return d && !/^(万元|元)$/.test(d) ? d : null;
}

const ORGAN_BEFORE_YEAR = /^(.{2,30}?(?:局|委员会|委|办公室|办|院|中心|所|站|队|会|厅|处|馆|学校|医院|社|部|党校|法院|检察院))(?:19|20)\d{2}年/;

/** Department named before the year in a heading: 「上海市普陀区财政局2024年度部门决算表」 → 上海市普陀区财政局. */
export function departmentFromHeading(s: string): string | null {
  const t = cleanTitle(s).replace(/^第[一二三四五六七八九十]+部分/, '');
  // 「某某局2024年部门预算」, or an organ's name before the year of any title (「某某局2024年收支总表」)
  const m = /^(.{2,40}?)(?:19|20)\d{2}年度?(?:部门|单位)?(?:综合)?(?:预算|决算)/.exec(t) ?? ORGAN_BEFORE_YEAR.exec(t);
  if (!m || /^(附件|附表|表)/.test(m[1])) return null;
  return m[1];
}

const BARE_DEPT_LABEL = /^(部门名称|编制单位|编制部门|填报部门|单位名称|填报单位|预算单位|部门（单位）名称|部门|单位（部门）名称)[:：]?$/;

/** A cell holding only a department label (「部门名称：」), its value in the next cell. */
export function isDepartmentLabel(s: string): boolean {
  return BARE_DEPT_LABEL.test(titleForm(s)) && /[:：]\s*$/.test(s);
}

/** 「部门名称：」 in one cell and the name in the next cell of the row. */
function departmentBeside(t: TitleCellText, all: TitleCellText[]): string | null {
  if (!isDepartmentLabel(t.text)) return null;
  const next = all.filter((x) => x.cell.row === t.cell.row && x.cell.col > t.cell.col).sort((a, b) => a.cell.col - b.cell.col)[0];
  if (!next || unitFromText(next.text) || /^[（(]?\s*(万元|元)\s*[）)]?$/.test(next.text.trim())) return null;
  const d = titleForm(next.text);
  return d.length >= 2 && d.length <= 40 ? d : null;
}

/** Strip 表号 and punctuation from a title: 「表一、部门收支总体情况表」 → 「部门收支总体情况表」. */
export function cleanTitle(s: string): string {
  return titleForm(s)
    .replace(/^(?:(?:部门)?(?:预算|决算)?公开)?(?:附?表[一二三四五六七八九十百零〇\d]+(?:[-—－之][一二三四五六七八九十\d]+)?|\d+表)[、.．:：]?/, '')
    .replace(/[（(](?:(?:部门)?(?:预算|决算)?公开)?\d+表[）)]$/, '');
}

export interface TitleCellText {
  text: string;
  cell: CellRef;
}

/**
 * Read the title block from its texts (title rows first, then the other block rows, then the
 * header cells — which tell unit, year and department, but a stage only when nothing else does).
 */
export function readTitleBlock(titleTexts: TitleCellText[], blockTexts: TitleCellText[], headerTexts: TitleCellText[] = []): TitleInfo {
  const info: TitleInfo = { title: '', unit: null, year: null, department: null, stage: null };
  const titleParts = titleTexts.filter((t) => t.text.trim() !== '');
  if (titleParts.length) {
    // prefer the longest text (a 表号 row beside the title is shorter)
    const main = titleParts.reduce((a, b) => (cleanTitle(b.text).length > cleanTitle(a.text).length ? b : a));
    info.title = main.text.replace(/\s+/g, ' ').trim();
    info.titleCell = main.cell;
  }
  const strong = titleParts.length + blockTexts.length;
  const all = [...titleParts, ...blockTexts, ...headerTexts];
  all.forEach((t, i) => {
    const u = unitFromText(t.text) ?? bareUnit(t.text, i < strong);
    if (u && info.unit === null) {
      if (u.unit) {
        info.unit = u.unit;
        info.unitCell = t.cell;
        info.unitLabel = u.raw.trim();
      } else if (!info.unitUnreadable) info.unitUnreadable = u.raw;
    }
    if (info.year === null) info.year = yearFromText(t.text);
    if (info.department === null) info.department = departmentFromText(t.text) ?? departmentFromHeading(t.text) ?? (i < strong ? departmentBeside(t, all) : null);
    if (info.stage === null) {
      info.stage = stageFromText(t.text);
      if (info.stage && i >= strong) info.stageFromHeader = true;
    }
  });
  return info;
}
