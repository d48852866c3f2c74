/**
 * A 科目 described with another 科目's purpose (issue 14 §10): 「教育支出（类）普通教育（款）小学教育
 * （项）100万元，主要用于卫生健康服务…」 — a paragraph copied from another 科目 and not rewritten. The
 * 科目 is read from its 「…（类）…（款）…（项）」 or 「类-款-项」 name (the 类 via the 功能分类 catalog,
 * src/catalog); the purpose is the text after 「用于」 up to the end of its sentence or the next 科目.
 * The purpose names another 科目 when it names another 类 of the catalog (full name, or its name
 * without 「支出」 when that stem cannot be an ordinary word: DATA below).
 *
 * A warning, never an error: a purpose may legitimately touch another field (a 教育 item 「用于学校
 * 卫生健康教育」). To stay quiet on such text the purpose is not flagged when it also names the
 * 科目's own 类, or when the other 类's name is part of a 款/项 name under the 科目's own 类, or
 * when a bare stem is neither right after 「用于」 nor followed by words that make it a field
 * (支出/事业/事务/工作/方面/领域/服务/项目), or when the other 类 is the department's own field (its
 * name, the tables' titles, the 说明's title: a 卫生健康委's 一般公共服务 item 「用于卫生健康系统党建」).
 */
import { allEntries, lookupName, nameKey } from '../../../catalog';
import { normalize } from '../../../vocabulary/labels';

import type { Finding } from '../../../findings';
import type { BudgetModel } from '../../../model/types';
import { paraFinding, type Para } from './util';

/** A paragraph half-width (every full-width character), parentheses full-width. */
const folded = (s: string) => normalize(s, { fold: 'ascii', parens: 'full' });

/** DATA: 类 whose names are not a purpose (funds, reserves, debt, transfers) — never looked for. */
const NOT_A_PURPOSE = new Set(['209', '223', '227', '229', '230', '231', '232', '233', '234']);
/** DATA: stems (name without 支出) too common as ordinary words to name a 类 alone (「城乡社区养老服务」). */
const COMMON_STEMS = new Set(['外交', '国防', '教育', '金融', '公共安全', '城乡社区']);
/** After a bare stem: words that make it a field of spending, not an ordinary word. */
const FIELD_AFTER = /^(支出|事业|事务|工作|方面|领域|服务|项目|类)/;

/** 「教育支出（类）普通教育（款）小学教育（项）」 or 「教育（类）」 alone; 「教育支出-普通教育-小学教育」. */
const BRACKETED = /([\u4e00-\u9fff、]{2,20}?)\s*[（(]类[)）]((?:[^（(。；]{1,30}?[（(][款项][)）]){0,2})/g;
const DASHED = /([\u4e00-\u9fff]{2,14}支出)\s*[-－—–]\s*([\u4e00-\u9fff（）()]{2,24}?)\s*[-－—–]\s*([\u4e00-\u9fff（）()]{2,24}?)(?=[\d支预为：:\s，,])/g;
const PURPOSE = /(主要)?用于/;

interface ClassName {
  code: string;
  /** Full names (current and former) and the stem when it may stand alone. */
  full: string[];
  stems: string[];
}

let classNames: ClassName[] | null = null;
function classes(): ClassName[] {
  if (classNames) return classNames;
  classNames = allEntries()
    .filter((e) => e.classification === 'function' && e.level === 'class' && !NOT_A_PURPOSE.has(e.code))
    .map((e) => {
      const full = [e.name, ...(e.aliases ?? []).map((a) => a.name)].map(nameKey);
      const stems = full.map((n) => n.replace(/支出$/, '')).filter((s) => s.length >= 3 && !COMMON_STEMS.has(s) && !full.includes(s));
      return { code: e.code, full, stems: [...new Set(stems)] };
    });
  return classNames;
}

/** Every 款/项 name under a 类 (a purpose naming one of them names this 类's own business). */
const ownNamesCache = new Map<string, string[]>();
function ownNames(code: string): string[] {
  let names = ownNamesCache.get(code);
  if (!names) {
    names = allEntries()
      .filter((e) => e.classification === 'function' && e.code.startsWith(code) && e.code !== code)
      .flatMap((e) => [e.name, ...(e.aliases ?? []).map((a) => a.name)].map(nameKey));
    ownNamesCache.set(code, names);
  }
  return names;
}

/** The 类 a name ends with (「一般公共预算支出中教育支出」 → 205): its longest suffix the catalog knows. */
function classOf(name: string): { code: string; at: number } | undefined {
  for (let i = 0; i <= name.length - 2; i++) {
    const hits = lookupName(name.slice(i), { classification: 'function', level: 'class' });
    if (hits.length === 1) return { code: hits[0].code, at: i };
  }
  return undefined;
}

interface Item { start: number; end: number; code: string; label: string }

function itemsOf(text: string): Item[] {
  const out: Item[] = [];
  for (const re of [BRACKETED, DASHED]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const cls = classOf(m[1]);
      if (cls) out.push({ start: m.index + cls.at, end: m.index + m[0].length, code: cls.code, label: m[0].slice(cls.at).trim() });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The other 类 a purpose names, or null. `body`: the department's name and the 说明's title. */
function otherClassNamed(purpose: string, own: string, body: string): ClassName | null {
  const p = nameKey(purpose);
  const mine = classes().find((c) => c.code === own);
  if (mine && [...mine.full, ...mine.stems].some((n) => p.includes(n))) return null;
  const inOwn = ownNames(own);
  for (const c of classes()) {
    if (c.code === own) continue;
    for (const name of [...c.full, ...c.stems]) {
      const at = p.indexOf(name);
      if (at < 0) continue;
      if (inOwn.some((n) => n.includes(name))) continue;
      // the department's own field (「卫生健康委」's 一般公共服务 item 「用于卫生健康系统党建」)
      if (body.includes(name.replace(/支出$/, ''))) continue;
      const bare = !c.full.includes(name);
      if (bare && at > 0 && !FIELD_AFTER.test(p.slice(at + name.length))) continue;
      return c;
    }
  }
  return null;
}

export function purposeFindings(paras: Para[], model: Pick<BudgetModel, 'department' | 'tables'>): Finding[] {
  const out: Finding[] = [];
  // the 说明's title: its first line up to the first 科目 (a title line may be joined with the next)
  const first = folded(paras.find((p) => p.text.trim())?.text ?? '');
  const title = first.slice(0, Math.min(80, itemsOf(first)[0]?.start ?? first.length));
  const body = nameKey([model.department ?? '', ...model.tables.map((t) => t.title ?? ''), title].join(''));
  for (const para of paras) {
    const text = folded(para.text);
    const items = itemsOf(text);
    items.forEach((item, i) => {
      const until = i + 1 < items.length ? items[i + 1].start : text.length;
      const segment = text.slice(item.end, until);
      const m = PURPOSE.exec(segment);
      if (!m) return;
      const rest = segment.slice(m.index + m[0].length);
      const purpose = rest.slice(0, rest.search(/[。；;]|$/));
      const other = otherClassNamed(purpose, item.code, body);
      if (!other) return;
      const own = classes().find((c) => c.code === item.code);
      out.push(paraFinding('purpose_other_item', 'warning', para, item.start,
        `科目「${item.label}」的用途写作「${m[0]}${purpose.trim().slice(0, 30)}」，所述是${other.full[0]}（${other.code}）的用途，而该科目属于${own?.full[0] ?? item.code}（${item.code}）：请核对是否沿用了其他科目的说明`,
        { expected: `${own?.full[0] ?? item.code}的用途`, actual: `${other.full[0]}的用途` }));
    });
  }
  return out;
}
