/**
 * What a figure in the 说明 is about: phrases of the published documents → fact names
 * (src/narrative/fact-sources.ts). DATA: the first listed pattern is not preferred — the match
 * that ends nearest to the figure wins, and among those the longest ("一般公共预算基本支出" over
 * "基本支出").
 */
import { FUNCTION_CLASSES } from '../../vocabulary/function-classes';
import { loneClass } from './class-subject';

export interface SubjectDef {
  fact: string;
  pattern: RegExp;
}

const Q = '[“”"‘’\']?';

export const SUBJECTS: SubjectDef[] = [
  { fact: '财政拨款收支总计', pattern: /财政拨款收入支出总计|财政拨款收、?支总(计|预算)|财政拨款收支(预算)?总(计|额)/ },
  { fact: '收支总计', pattern: /收入支出总计|收、?支总(计|预算)|收支预算总(计|额)/ },
  // 「2025年财政拨款收入510万元」 (一般公共预算/政府性基金 before it name a source: longer matches win)
  { fact: '财政拨款收入', pattern: /财政拨款收入(预算)?(合计|总额)?/ },
  { fact: '财政拨款支出', pattern: /财政拨款支出(预算|决算)?(总额|合计)?/ },
  { fact: '收入总计', pattern: /收入总(计|额)|收入预算总计/ },
  // 「云溪县档案局2025年预算510万元」「本部门预算…」: the budget of a body, with no 收入/支出 word — the
  // 收支总计 (fact-sources.ts) when the body is the department; a unit's is not compared (against-model.ts)
  { fact: '预算总额', pattern: /(?<=(局|委|办|院|中心|所|站|队|室|厅|处|社|馆|校|会|部门|单位))((19|20)\d{2}年度?)?(部门|单位)?预算(总额|总计|合计|总数|数)?(?=(为|是|共|安排)?$)/ },
  { fact: '收入合计', pattern: /收入合计|收入预算(?!情况)|本年收入/ },
  { fact: '支出总计', pattern: /支出总(计|额)|支出预算总计/ },
  { fact: '支出合计', pattern: /支出合计|(?<!一般公共预算|基本|项目)支出预算(?!情况)|本年支出/ },
  { fact: '一般公共预算拨款收入', pattern: /一般公共预算(财政)?拨款(收入)?|一般公共预算收入|一般公共预算$/ },
  { fact: '政府性基金预算拨款收入', pattern: /政府性基金预算(财政)?(拨款)?收入|政府性基金(预算)?(拨款)?$/ },
  { fact: '国有资本经营预算拨款收入', pattern: /国有资本经营预算(财政)?(拨款)?收入/ },
  { fact: '一般公共预算收支', pattern: /一般公共预算收支(预算)?/ },
  { fact: '政府性基金收支', pattern: /政府性基金收支(预算)?/ },
  { fact: '国有资本经营收支', pattern: /国有资本经营(预算)?收支(预算)?/ },
  { fact: '一般公共预算支出', pattern: /一般公共预算(当年|财政拨款)?(拨款)?支出(年初)?(预算)?|一般公共预算当年拨款/ },
  { fact: '一般公共预算基本支出', pattern: /一般公共预算(财政拨款)?基本支出/ },
  { fact: '一般公共预算项目支出', pattern: /一般公共预算(财政拨款)?项目支出/ },
  { fact: '政府性基金支出', pattern: /政府性基金(预算)?(拨款)?(安排的?)?支出/ },
  { fact: '国有资本经营支出', pattern: /国有资本经营预算(拨款)?(安排的?)?支出/ },
  { fact: '事业收入', pattern: /(?<!经营)事业收入/ },
  { fact: '事业单位经营收入', pattern: /(事业单位)?经营收入/ },
  { fact: '上级补助收入', pattern: /上级补助收入/ },
  { fact: '附属单位上缴收入', pattern: /附属单位上缴收入/ },
  { fact: '其他收入', pattern: /其他收入/ },
  { fact: '上年结转', pattern: /上年结转(结余|收入|资金)?|财政性结转(资金)?|上年结余/ },
  { fact: '基本支出', pattern: /基本支出/ },
  { fact: '项目支出', pattern: /项目支出/ },
  { fact: '人员经费', pattern: /人员经费(支出)?/ },
  { fact: '公用经费', pattern: /(日常)?公用经费(支出)?/ },
  { fact: '三公经费', pattern: new RegExp(`${Q}三公${Q}经费(支出)?(预算)?(数)?`) },
  { fact: '因公出国费', pattern: /因公出国\s*[（(]\s*境\s*[)）]\s*费(用)?/ },
  { fact: '公务接待费', pattern: /公务接待费/ },
  { fact: '公务用车购置及运行费', pattern: /公务用车购置(及|和)运行(维护)?费/ },
  { fact: '公务用车购置费', pattern: /公务用车购置(费)?(?!及|和)/ },
  { fact: '公务用车运行费', pattern: /公务用车运行(维护)?费/ },
  { fact: '会议费', pattern: /会议费/ },
  { fact: '培训费', pattern: /培训费/ },
  { fact: '机关运行经费', pattern: /机关运行经费|机构运[转行]经费/ },
  { fact: '政府采购', pattern: /(?<!预留|预留给)政府采购(?!项目)(预算)?(总额)?(安排)?/ },
  { fact: '政府采购货物', pattern: /政府采购货物(预算)?/ },
  { fact: '政府采购工程', pattern: /政府采购工程(预算)?/ },
  { fact: '政府采购服务', pattern: /政府采购服务(预算)?/ },
  // 经济分类 类: econ:<codes> — 政府预算经济分类 (501 …) and 部门预算经济分类 (301 …); a name both
  // classifications use (对个人和家庭的补助 = 303 / 509) takes either code.
  { fact: 'econ:501', pattern: /机关工资福利(支出)?/ },
  { fact: 'econ:502', pattern: /机关商品和服务(支出)?/ },
  { fact: 'econ:503', pattern: /机关资本性支出[（(]一[)）]/ },
  { fact: 'econ:504', pattern: /机关资本性支出[（(]二[)）]/ },
  { fact: 'econ:505', pattern: /对事业单位经常性补助/ },
  { fact: 'econ:506', pattern: /对事业单位资本性补助/ },
  { fact: 'econ:301', pattern: /(?<!机关)工资福利(支出)?/ },
  { fact: 'econ:302', pattern: /(?<!机关)商品和服务(支出)?/ },
  { fact: 'econ:303|509', pattern: /对个人和家庭的?补助(支出)?/ },
  ...FUNCTION_CLASSES.map((c) => ({
    fact: `class:${c.code}`,
    pattern: new RegExp(`(${[c.name, ...c.aliases].map((n) => (n.replace(/支出$/, '').length >= 3 ? n.replace(/支出$/, '') : n)).join('|')})(支出)?(?![（(]类)`),
  })),
];

/** Words that name a figure only when nothing more specific stands right before them. */
const GENERIC = new Set(['支出合计', '收入合计']);

export interface SubjectMatch {
  fact: string;
  start: number;
  end: number;
}

/** A 科目 of an item-by-item list (「…（类）…（款）…（项）」, 「一般公共服务支出-…-行政运行」科目): not a subject. */
const ITEM_CONTEXT = /[(（][类款项][)）]|科目|[\u4e00-\u9fff)）]-[\u4e00-\u9fff(（]/;

const CLASS_GOES_ON = /^[\u4e00-\u9fff]/;
const CLASS_THEN = /^(支出|预算|决算|为|是|共|合计|安排|方面|类|拨款|资金|[0-9]|年)/;

function allMatches(text: string): SubjectMatch[] {
  const all: SubjectMatch[] = [];
  for (const s of SUBJECTS) {
    const re = new RegExp(s.pattern.source, 'g');
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      all.push({ fact: s.fact, start: m.index, end: m.index + m[0].length });
    }
  }
  return all;
}

/** Every subject named in `text`, in order, leaving out those inside a longer one (基本支出 in 一般公共预算基本支出). */
export function subjectsIn(text: string): SubjectMatch[] {
  const all = allMatches(text);
  const inside = (a: SubjectMatch, b: SubjectMatch) => a !== b && b.start <= a.start && a.end <= b.end && b.end - b.start > a.end - a.start;
  return all.filter((a) => !all.some((b) => inside(a, b))).sort((a, b) => a.start - b.start);
}

/** A 款/项 code after a name (「其他社会保障和就业支出(2089999)」): the name is no 类. */
const ITEM_CODE = /^[(（]\d{5,7}[)）]/;
const ECON_CODE = /^[(（](\d{3})[)）]/;

/**
 * A 类 or 经济分类 name as the 说明 qualifies it: 「其他…支出」 and a name followed by a 款/项 code are
 * a 款/项, not the 类; 「商品和服务支出(502)」 is the 经济分类 the printed code names.
 */
function classified(c: SubjectMatch, context: string): SubjectMatch[] {
  if (!c.fact.startsWith('class:') && !c.fact.startsWith('econ:')) return [c];
  const after = context.slice(c.end);
  if (ITEM_CODE.test(after) || /其他$/.test(context.slice(0, c.start))) return [];
  // a bare short name inside a longer word (「环境宣传教育583.38万元」) names a project, not the 类
  const text = context.slice(c.start, c.end);
  if (c.fact.startsWith('class:') && text.length <= 2 && /[\u4e00-\u9fff]$/.test(context.slice(0, c.start)) && !/[年的为是及和与门位级中]$/.test(context.slice(0, c.start))) return [];
  const code = ECON_CODE.exec(after);
  if (c.fact.startsWith('econ:') && code && !c.fact.slice(5).split('|').includes(code[1])) return [{ ...c, fact: `econ:${code[1]}` }];
  return [c];
}

/** The subject nearest to the end of `context` (longest on ties), or null. */
export function findSubject(context: string): SubjectMatch | null {
  if (ITEM_CONTEXT.test(context)) return loneClass(context);
  let best: SubjectMatch | null = null;
  // a 类 name going on into a 款/项 name (「城乡社区管理事务行政运行」) does not name the 类
  const all = allMatches(context)
    .filter((c) => !c.fact.startsWith('class:') || !CLASS_GOES_ON.test(context.slice(c.end)) || CLASS_THEN.test(context.slice(c.end)))
    .flatMap((c) => classified(c, context));
  for (const cand of all) if (!best || cand.end > best.end || (cand.end === best.end && cand.start < best.start)) best = cand;
  // 「人员经费：①行政运行（2013201）1641.18万元」: a 科目 named with its code right before the figure owns it
  const code = /[（(]\d{3,7}[)）]$/.exec(context);
  if (best && code && best.end < code.index) return null;
  // 「机构运转经费支出预算」: a generic word right after a specific subject belongs to it.
  if (best && GENERIC.has(best.fact)) {
    const b = best;
    const modifier = all.filter((c) => !GENERIC.has(c.fact) && c.start < b.start && c.end >= b.start - 1 && c.end <= b.end).sort((x, y) => y.end - x.end)[0];
    if (modifier) best = { ...modifier, end: b.end };
  }
  return best;
}
