/**
 * 永登 F9: 「2024 年基本支出 137.05 万元，比 2023 年预算减少 1 万元，减少 0.7%，减少的主要原因是项目
 * 支出减少。」 — the rate recomputed from the table figure (1/90.05 = 1.11%), and a change explained
 * by another budget subject (口径不符); variants of the sentence against the real 永登 workbook.
 */
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../../src/engine';
import { loadWorkbook } from '../../src/cli/load';
import type { Finding } from '../../src/findings';
import type { BudgetModel } from '../../src/model/types';
import { buildModel } from '../../src/model';
import { checkNarrative } from '../../src/narrative';
import { FIXTURE_NAMES, fixturePath } from '../fixtures';
import { describeIfShared, sharedPath } from '../shared-corpus';

let yongdeng: BudgetModel;
beforeAll(async () => {
  yongdeng = analyze((await loadWorkbook(fixturePath('yongdeng-2024'))).sheets).model;
});

const rule = (fs_: Finding[], r: string) => fs_.filter((f) => f.rule === `narrative.${r}`);

describe('a rate whose amount the tables contradict', () => {
  it('gives the rate the table figure implies (永登 第97行: 1/90.05 = 1.11%, not 0.7%)', () => {
    const text = fs.readFileSync(fixturePath('yongdeng-2024', '.narrative.txt'), 'utf8');
    const [f] = rule(checkNarrative(text, yongdeng), 'rate_vs_table');
    expect([f.line, f.severity, f.expected, f.actual]).toEqual([97, 'warning', '1.11%（1/90.05=1.1105%）', '0.7%']);
    expect(f.message).toContain('按表列数89.05万元计算');
  });

  it('takes a rate that is right for the table figure as right (the amount is the error)', () => {
    const found = checkNarrative('2024 年基本支出 137.05 万元，比 2023 年预算减少 1 万元，下降 1.11%。', yongdeng);
    expect(found.map((f) => f.rule)).toEqual(['narrative.amount_mismatch']);
  });

  it('still reports a rate that fits neither figure as an error, and says nothing when the amount is right', () => {
    expect(rule(checkNarrative('2024 年基本支出 137.05 万元，比 2023 年预算减少 1 万元，下降 5%。', yongdeng), 'rate_mismatch')).toHaveLength(1);
    expect(checkNarrative('2024 年基本支出 89.05 万元，比 2023 年预算减少 1 万元，下降 1.11%。', yongdeng)).toEqual([]);
  });
});

describe('a change explained by another budget subject (口径)', () => {
  const scope = (text: string) => rule(checkNarrative(text, buildModel([])), 'reason_scope');

  it('warns when 基本支出 is explained by 项目支出 (永登 F9), in the same sentence or the next', () => {
    const [f] = scope('2024 年基本支出 137.05 万元，比 2023 年预算减少 1 万元，减少 0.7%，减少的主要原因是项目支出减少。');
    expect([f.severity, f.actual]).toEqual(['warning', '原因：项目支出']);
    expect(f.message).toContain('口径不符');
    expect(scope('基本支出 89.05 万元，比上年减少 1 万元。主要原因是项目支出减少。')).toHaveLength(1);
    expect(scope('公务接待费 2 万元，比上年增加 1 万元，主要原因是公务用车运行费增加。')).toHaveLength(1);
  });

  it('accepts a reason naming the subject itself or one of its parts', () => {
    expect(scope('基本支出 89.05 万元，比上年减少 1 万元，主要原因是人员经费减少。')).toEqual([]);
    expect(scope('"三公"经费 5 万元，比上年减少 1 万元，主要原因是公务接待费减少。')).toEqual([]);
    expect(scope('基本支出 89.05 万元，比上年增加 1 万元，主要原因是部分项目支出调整为基本支出。')).toEqual([]);
    expect(scope('支出预算 137.05 万元，比上年减少 6 万元，主要原因是项目支出减少。')).toEqual([]);
  });

  it('leaves alone what it cannot tell: a parts-of-another-branch reason, an unclear subject, another clause', () => {
    expect(scope('项目支出 48 万元，比上年增加 5 万元，主要原因是编外人员经费增加。')).toEqual([]);
    expect(scope('项目支出 20 万元，基本支出 80 万元。比上年增加 5 万元，主要原因是项目支出增加。')).toEqual([]);
    expect(scope('基本支出 80 万元，比上年增加 5 万元，主要原因是人员增加；项目支出 20 万元，比上年减少 3 万元，主要原因是项目支出减少。')).toEqual([]);
  });
});

describeIfShared('口径 reasons over the Shanghai corpus', ['corpus'], () => {
  const scope = (text: string) => rule(checkNarrative(text, buildModel([])), 'reason_scope');
  it('finds nothing of the kind in the Shanghai corpus and the fixtures but 永登 第97行', () => {
    const dir = sharedPath('corpus', 'shanghai-putuo');
    const files = [
      ...fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => path.join(dir, f)),
      ...FIXTURE_NAMES.map((n) => fixturePath(n, '.narrative.txt')),
    ];
    const hits = files.flatMap((file) => scope(fs.readFileSync(file, 'utf8')).map((f) => `${path.basename(file)}:${f.line}`));
    expect(hits).toEqual(['yongdeng-2024.narrative.txt:97']);
  });
});
