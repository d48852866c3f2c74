/**
 * What is wrong with a list of table corrections (a --corrections file, the workbook's settings),
 * entry by entry, with the valid choices: a correction that silently does nothing is worse than
 * none, because the user believes the table was corrected. recognize() itself skips such entries.
 */
import { editDistance } from '../edit-distance';
import { ALL_TABLE_KINDS, kindName } from '../vocabulary/tables';

export interface CorrectionTarget {
  /** Sheet names of the workbook, in order. */
  sheets: string[];
  /** How many tables were recognized on each sheet. */
  tablesOn: (sheet: string) => number;
}

const UNITS = ['元', '万元'];

function list(xs: string[], max = 12): string {
  return xs.length > max ? `${xs.slice(0, max).join('、')} 等 ${xs.length} 个` : xs.join('、');
}

/** The nearest valid choice for a typo (edit distance ≤ 2, or one contains the other). */
function nearest(typed: string, choices: string[]): string | undefined {
  const scored = choices.map((c) => ({ c, d: editDistance(typed, c) })).sort((x, y) => x.d - y.d);
  if (scored[0] && scored[0].d <= 2) return scored[0].c;
  const within = choices.filter((c) => typed.length >= 2 && (c.includes(typed) || typed.includes(c)));
  return within.length === 1 ? within[0] : undefined;
}

/** A kind written by its Chinese name (「三公经费表」) → its id, when that is unambiguous. */
function kindByName(typed: string): string | undefined {
  const plain = (s: string) => s.replace(/[“”"（）()\s]/g, '');
  const hits = ALL_TABLE_KINDS.filter((k) => plain(kindName(k)) === plain(typed));
  return hits.length === 1 ? hits[0] : undefined;
}

/**
 * Problems of a correction list, in Chinese, one per entry and field ("更正第 2 条：…"). A value
 * that is not a list at all is one problem (the caller may treat it as unusable input).
 */
export function correctionProblems(raw: unknown, target: CorrectionTarget): string[] {
  if (!Array.isArray(raw)) return [`更正应为 JSON 数组（[{"sheet": "…", "kind": "…"}]），而给出的是${raw === null ? ' null' : typeof raw === 'object' ? '一个对象' : `${typeof raw === 'string' ? '一个字符串' : '一个数值或布尔值'}`}`];
  const out: string[] = [];
  raw.forEach((c: unknown, i) => {
    const at = `更正第 ${i + 1} 条`;
    if (!c || typeof c !== 'object' || Array.isArray(c)) {
      out.push(`${at}不是对象（应写成 {"sheet": "工作表名", "kind": "表格种类", "unit": "万元"}），已忽略`);
      return;
    }
    const e = c as Record<string, unknown>;
    const known = ['sheet', 'index', 'kind', 'unit'];
    for (const k of Object.keys(e)) {
      if (!known.includes(k)) {
        const near = nearest(k, known);
        out.push(`${at}：不认识的字段「${k}」${near ? `，是否是「${near}」？` : ''}（可用字段：${known.join('、')}），已忽略`);
      }
    }
    if (typeof e.sheet !== 'string') {
      out.push(`${at}缺少工作表名（"sheet"），已忽略`);
      return;
    }
    if (!target.sheets.includes(e.sheet)) {
      const near = nearest(e.sheet, target.sheets);
      out.push(`${at}：工作簿中没有工作表「${e.sheet}」${near ? `，是否是「${near}」？` : ''}（现有工作表：${list(target.sheets)}），已忽略`);
      return;
    }
    const n = target.tablesOn(e.sheet);
    if (e.index !== undefined) {
      if (typeof e.index !== 'number' || !Number.isInteger(e.index) || e.index < 0) {
        out.push(`${at}：表格序号「${String(e.index)}」无效，应为 0 起的整数（0 表示工作表上的第一个表格），已忽略`);
        return;
      }
      if (e.index >= n) {
        out.push(`${at}：工作表「${e.sheet}」上只识别出 ${n} 个表格，序号「${e.index}」超出范围（可用 ${n > 0 ? `0–${n - 1}` : '无'}），已忽略`);
        return;
      }
    } else if (n === 0) {
      out.push(`${at}：工作表「${e.sheet}」上没有识别出表格，无从更正，已忽略`);
      return;
    }
    if (e.kind !== undefined && !(ALL_TABLE_KINDS as string[]).includes(String(e.kind))) {
      const byName = kindByName(String(e.kind));
      const near = byName ?? nearest(String(e.kind), ALL_TABLE_KINDS);
      out.push(
        `${at}：表格种类「${String(e.kind)}」不存在${near ? `，是否是「${near}」（${kindName(near as never)}）？` : ''}（可用种类：${ALL_TABLE_KINDS.filter((k) => k !== 'unknown').map((k) => `${k}（${kindName(k)}）`).join('、')}），已忽略`,
      );
    }
    if (e.unit !== undefined && e.unit !== null && !UNITS.includes(String(e.unit))) {
      out.push(`${at}：单位「${String(e.unit)}」无法识别（应为「元」或「万元」，或 null 表示不指定），已忽略`);
    }
  });
  return out;
}
