/**
 * Detection rate of the 说明 checker on planted mistakes (docs/narrative.md, "Detection of planted
 * mistakes"): in each fixture 说明, every nonzero amount and rate on a line of 第二部分 the truth holds
 * as right is changed, one per copy (amount ×1.1 plus one last digit; rate +3), and the finding on
 * that line is classed error / warning / missed. Prints the rate and the lines that are not errors.
 * Run: npx ts-node --transpile-only scripts/narrative-planted.ts [--all]
 */
import { analyze } from '../src/engine';
import { loadWorkbook } from '../src/cli/load';
import { checkNarrative } from '../src/narrative';
import { FIXTURE_NAMES, fixturePath, loadTruth } from '../test/fixtures';
import * as fs from 'fs';

const FIGURE = /(\d[\d,]*(?:\.\d+)?)\s*(万元|%)/g;

function plant(value: string, unit: string): string {
  const plain = value.replace(/,/g, '');
  const decimals = plain.includes('.') ? plain.split('.')[1].length : 0;
  const n = Number(plain);
  const changed = unit === '%' ? n + 3 : n * 1.1 + Math.pow(10, -decimals);
  return changed.toFixed(decimals);
}

async function main(): Promise<void> {
  const showAll = process.argv.includes('--all');
  const tally = { error: 0, warning: 0, missed: 0 };
  for (const name of FIXTURE_NAMES) {
    const model = analyze((await loadWorkbook(fixturePath(name))).sheets).model;
    const text = fs.readFileSync(fixturePath(name, '.narrative.txt'), 'utf8');
    const lines = text.split('\n');
    const wrong = new Set(loadTruth(name).findings.flatMap((f) => f.where).filter((w) => w.startsWith('narrative:')).map((w) => Number(w.slice(10))));
    const base = checkNarrative(text, model);
    const start = Math.max(0, lines.findIndex((l, i) => i > 40 && /万元/.test(l)));
    const end = lines.findIndex((l, i) => i > start && /名词解释|第三部分/.test(l));
    for (let i = start; i < (end < 0 ? lines.length : end) && i < lines.length; i++) {
      const no = i + 1;
      if (wrong.has(no) || base.some((f) => f.line === no && f.severity === 'error')) continue;
      const baseWarnings = base.filter((f) => f.line === no && f.severity === 'warning').length;
      for (const m of lines[i].matchAll(FIGURE)) {
        if (Number(m[1].replace(/,/g, '')) === 0) continue;
        const planted = plant(m[1], m[2]);
        const copy = [...lines];
        copy[i] = lines[i].slice(0, m.index) + planted + lines[i].slice(m.index! + m[1].length);
        const at = checkNarrative(copy.join('\n'), model).filter((f) => f.line === no);
        const cls = at.some((f) => f.severity === 'error') ? 'error' : at.filter((f) => f.severity === 'warning').length > baseWarnings ? 'warning' : 'missed';
        tally[cls]++;
        if (cls !== 'error' || showAll) {
          const ctx = copy[i].slice(Math.max(0, m.index! - 30), m.index! + 20);
          console.log(`${name}:${no} ${cls} ${m[1]}${m[2]}→${planted} …${ctx}… ${at.map((f) => f.message).join(' | ').slice(0, 200)}`);
        }
      }
    }
  }
  console.log(JSON.stringify(tally));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
