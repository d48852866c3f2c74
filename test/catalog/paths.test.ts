/**
 * 类/款/项 name paths written in the 说明 texts of ../shared resolve to a code; the few that do
 * not are real errors in those documents, which the narrative check should report.
 */
import { findPaths } from '../../src/catalog/tools/paths';
import { compareName, nameKey, phrase, resolvePath, splitPath } from '../../src/catalog';
import { describeIfShared, SHARED, sharedAvailable } from '../shared-corpus';

/** Paths in real documents whose 款 is wrong (the 类 name repeated as the 款). */
const WRONG_IN_DOCUMENT = ['住房保障支出（类）住房保障支出（款）', '卫生健康支出（类）卫生健康支出（款）'];

describeIfShared('类/款/项 paths in the 说明 texts of ../shared', ['reference', 'corpus'], () => {
  const paths = (sharedAvailable('reference', 'corpus') ? findPaths(SHARED) : []).filter((p) => splitPath(p.text)[0].length >= 4); // shorter: a line-wrapped fragment

  test('every path resolves to a code, and phrase() writes it back', () => {
    expect(paths.length).toBeGreaterThan(80);
    const failures: string[] = [];
    for (const p of paths) {
      if (WRONG_IN_DOCUMENT.some((w) => p.text.replace(/\(/g, '（').replace(/\)/g, '）').startsWith(w))) continue;
      const names = splitPath(p.text);
      const code = resolvePath(names);
      if (!code) {
        failures.push(`${p.source} ${p.text}`);
        continue;
      }
      // the phrase of that code in the document's year has the same words, level by level
      const own = phrase(code)!.split(/（[类款项]）/).filter((s) => s);
      names.forEach((n, i) => {
        const ok = compareName(code.slice(0, 3 + 2 * i), n).status;
        if (ok !== 'ok' && ok !== 'alias') failures.push(`${p.source} ${n} ≠ ${own[i]}`);
      });
    }
    expect(failures).toEqual([]);
  });

  test('the documents’ wrong 款 do not resolve (so the check can flag them)', () => {
    expect(resolvePath(['住房保障支出', '住房保障支出', '住房公积金'])).toBeUndefined();
    expect(resolvePath(['住房保障支出', '住房改革支出', '住房公积金'])).toBe('2210201');
    expect(paths.some((p) => p.text.startsWith('住房保障支出（类）住房保障支出（款）'))).toBe(true);
  });

  test('an outdated 类 name in a 2024 document resolves, and is an alias for that year', () => {
    const old = paths.find((p) => p.text.startsWith('医疗卫生与计划生育支出'));
    expect(old?.year).toBe(2024);
    expect(resolvePath(splitPath(old!.text))).toBe('2101102');
    expect(compareName('210', '医疗卫生与计划生育支出', 2024)).toMatchObject({ status: 'alias', catalogName: '卫生健康支出' });
  });

});

describe('类/款/项 paths', () => {
  test('splitPath reads both styles', () => {
    expect(splitPath('一般公共服务(类) 纪检监察事务(款) 派驻派出机构(项)')).toEqual(['一般公共服务', '纪检监察事务', '派驻派出机构']);
    expect(splitPath('住房保障支出-住房改革支出-购房补贴')).toEqual(['住房保障支出', '住房改革支出', '购房补贴']);
    expect(nameKey('行政运行（项）')).toBe('行政运行');
  });
});
