/**
 * Every 科目 code–name pair printed in the real documents of ../shared (reference texts,
 * corpus texts, fixture workbooks) resolves in the catalog: by code, with the catalog's name
 * for that year or an alias — except the documented deviations, which must still occur.
 */
import * as fs from 'fs';
import { harvestAll, type HarvestedPair } from '../../src/catalog/tools/harvest';
import { evidenceSource, EVIDENCE_FILE } from '../../src/catalog/tools/evidence';
import { compareName, getEntry, isSure } from '../../src/catalog';
import { DEVIATIONS } from './deviations';
import { describeIfShared, SHARED, sharedAvailable } from '../shared-corpus';

let pairs: HarvestedPair[] = [];
beforeAll(async () => {
  if (sharedAvailable('reference', 'corpus', 'fixtures')) pairs = await harvestAll(SHARED);
});

const key = (p: { source: string; code: string; name: string }) => `${p.source}|${p.code}|${p.name}`;

describeIfShared('harvested code–name pairs from ../shared', ['reference', 'corpus', 'fixtures'], () => {
  test('hundreds of pairs are found in every kind of source', () => {
    expect(pairs.length).toBeGreaterThan(1000);
    for (const where of ['reference/', 'corpus/', 'fixtures/']) {
      expect(pairs.filter((p) => p.source.startsWith(where)).length).toBeGreaterThan(40);
    }
    // split codes in cells (伊川 201|03|06), bracketed codes (永登 [30201]), joined codes
    expect(pairs).toContainEqual(expect.objectContaining({ code: '2010306', name: '政务公开审批' }));
    expect(pairs).toContainEqual(expect.objectContaining({ code: '30201', name: '办公费' }));
    expect(pairs).toContainEqual(expect.objectContaining({ code: '50501', name: '工资福利支出' }));
    // a wrapped PDF cell is read whole
    expect(pairs).toContainEqual(
      expect.objectContaining({ code: '2080505', name: '机关事业单位基本养老保险缴费支出', source: expect.stringContaining('11_sh-putuo') }),
    );
  });

  test('every pair resolves by code and its name matches the catalog name or an alias for that year', () => {
    const deviations = new Set(DEVIATIONS.map(key));
    const failures = pairs
      .filter((p) => !deviations.has(key(p)))
      .map((p) => ({ p, c: compareName(p.code, p.name, p.year) }))
      .filter(({ c }) => c.status !== 'ok' && c.status !== 'alias')
      .map(({ p, c }) => `${p.source} ${p.code} ${p.name} → ${c.status} ${c.catalogName ?? ''}`);
    expect(failures).toEqual([]);
  });

  test('documented deviations still occur and are reported against a sure entry', () => {
    const seen = new Set(pairs.map(key));
    expect(DEVIATIONS.filter((d) => !seen.has(key(d)))).toEqual([]);
    // e.g. the welfare home's 「30202 咨询费」: the check names 印刷费
    const c = compareName('30202', '咨询费', 2024);
    expect(c).toMatchObject({ status: 'mismatch', catalogName: '印刷费', severity: 'warning' });
  });

  test('every code seen in a document is a sure entry with document evidence', () => {
    const codes = new Set(pairs.filter((p) => compareName(p.code, p.name, p.year).status === 'ok').map((p) => p.code));
    for (const code of codes) {
      const e = getEntry(code)!;
      expect(e.evidence.some((x) => x.kind === 'document')).toBe(true);
      expect(isSure(e)).toBe(true);
    }
  });

  test('the committed evidence file is what the harvest produces (reproducible)', () => {
    expect(fs.readFileSync(EVIDENCE_FILE, 'utf8')).toBe(evidenceSource(pairs));
  });
});
