/**
 * Charts for the 说明 where officers put them: 图1 收入构成 (after 收入), 图2 支出构成 (基本/项目,
 * after 支出), 图3 一般公共预算支出按功能分类 (after 一般公共预算), 图4 “三公”经费与上年比较 (after
 * 三公, only with last year's figures). Drawn from the same facts as the text; each image's caption
 * carries its numbers (万元, 2 decimals; 占比 from the printed figures, src/format/figures.ts), so
 * the chart can be read — and checked — without looking at pixels. A chart with fewer than two
 * non-zero parts is left out (a one-slice pie says nothing).
 */
import Decimal from 'decimal.js';
import { fixed } from '../../grid/decimal';
import { percentText, sharePercent } from '../../format/figures';
import type { BudgetModel } from '../../model/types';
import { buildFacts, type Facts } from '../facts';
import { bars, PALETTE, pie, type Raster } from './draw';
import { encodePng } from './png';

export interface NarrativeChart {
  id: 'income' | 'expenditure' | 'general_budget' | 'three_public';
  /** The 说明 section the chart follows (NarrativeDoc section id). */
  section: string;
  title: string;
  /** The figures, as printed: 「蓝：一般公共预算拨款收入137.05万元，占100.00%」 … */
  caption: string;
  png: Uint8Array;
  width: number;
  height: number;
}

interface Part { name: string; value: Decimal }

const printed = (v: Decimal) => new Decimal(fixed(v, 2));

function pieChart(id: NarrativeChart['id'], section: string, title: string, parts: Part[]): NarrativeChart | null {
  const shown = parts.map((p) => ({ name: p.name, value: printed(p.value) })).filter((p) => p.value.gt(0));
  if (shown.length < 2) return null;
  const top = shown.slice(0, PALETTE.length - 1);
  const rest = shown.slice(PALETTE.length - 1);
  if (rest.length) top.push({ name: '其他', value: rest.reduce((s, p) => s.plus(p.value), new Decimal(0)) });
  const total = top.reduce((s, p) => s.plus(p.value), new Decimal(0));
  const raster = pie(top.map((p) => p.value.div(total).toNumber()));
  const caption = top.map((p, i) => `${PALETTE[i].name}：${p.name}${fixed(p.value, 2)}万元，占${percentText(sharePercent(p.value, total)!)}`).join('；');
  return finish(id, section, title, caption, raster);
}

function finish(id: NarrativeChart['id'], section: string, title: string, caption: string, raster: Raster): NarrativeChart {
  return { id, section, title, caption, png: encodePng(raster.width, raster.height, raster.rgb), width: raster.width, height: raster.height };
}

const THREE = ['因公出国费', '公务接待费', '公务用车购置及运行费'];

export function chartsFor(model: BudgetModel, prior?: BudgetModel, facts: Facts = buildFacts(model, prior)): NarrativeChart[] {
  const charts: (NarrativeChart | null)[] = [
    pieChart('income', 'income', '图1 收入构成', facts.list('收入来源')),
    pieChart('expenditure', 'expenditure', '图2 支出构成', ['基本支出', '项目支出'].map((n) => ({ name: n, value: facts.get(n)?.value ?? new Decimal(0) }))),
    pieChart('general_budget', 'general_budget', '图3 一般公共预算支出按功能分类', facts.list('支出功能类')),
  ];
  const pairs = THREE.map((n) => ({ name: n === '因公出国费' ? '因公出国（境）费' : n, cur: facts.get(n)?.value, prev: facts.prior(n) }));
  if (pairs.every((p) => p.cur !== undefined && p.prev !== undefined) && pairs.some((p) => !p.cur!.isZero() || !p.prev!.isZero())) {
    const raster = bars(pairs.map((p) => [printed(p.cur!).toNumber(), printed(p.prev!).toNumber()]));
    const caption = `${PALETTE[0].name}色为本年，${PALETTE[7].name}色为上年：${pairs.map((p) => `${p.name}${fixed(p.cur!, 2)}万元（上年${fixed(p.prev!, 2)}万元）`).join('；')}`;
    charts.push(finish('three_public', 'three_public', '图4 “三公”经费与上年比较', caption, raster));
  }
  return charts.filter((c): c is NarrativeChart => c !== null);
}
