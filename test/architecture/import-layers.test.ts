/** The import structure of src/ stays layered (scripts/import-layers.js holds the layers as data). */
import * as path from 'path';

// eslint-disable-next-line @typescript-eslint/no-var-requires
const layers = require('../../scripts/import-layers.js');

describe('import layers', () => {
  const root = path.resolve(__dirname, '..', '..');

  test('no import runs up a layer or sideways, and no new cycle', () => {
    expect(layers.report(root).added).toEqual([]);
  });

  test('a debt that was paid is taken off the known list', () => {
    expect(layers.report(root).paid).toEqual([]);
  });

  test('the check sees a violation (a model file importing the rules)', () => {
    const fs = require('fs');
    const os = require('os');
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'layers-'));
    fs.mkdirSync(path.join(tmp, 'src', 'model'), { recursive: true });
    fs.mkdirSync(path.join(tmp, 'src', 'rules'), { recursive: true });
    fs.writeFileSync(path.join(tmp, 'src', 'model', 'a.ts'), "import { b } from '../rules/b';\nexport const a = b;\n");
    fs.writeFileSync(path.join(tmp, 'src', 'rules', 'b.ts'), "import { a } from '../model/a';\nexport const b = 1; void a;\n");
    const found: string[] = layers.violations(tmp);
    expect(found).toContain('layer src/model/a.ts -> src/rules/b.ts');
    expect(found).toContain('cycle src/model/a.ts src/rules/b.ts');
  });

  test('the check sees a floor run upward inside the rules (the notation importing a check)', () => {
    const fs = require('fs');
    const os = require('os');
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'floors-'));
    fs.mkdirSync(path.join(tmp, 'src', 'rules', 'notation'), { recursive: true });
    fs.mkdirSync(path.join(tmp, 'src', 'rules', 'checks'), { recursive: true });
    fs.writeFileSync(path.join(tmp, 'src', 'rules', 'notation', 'a.ts'), "import { b } from '../checks/b';\nexport const a = b;\n");
    fs.writeFileSync(path.join(tmp, 'src', 'rules', 'checks', 'b.ts'), 'export const b = 1;\n');
    fs.writeFileSync(path.join(tmp, 'src', 'rules', 'run.ts'), "import { b } from './checks/b';\nexport const r = b;\n");
    const found: string[] = layers.violations(tmp);
    expect(found).toEqual(['floor src/rules/notation/a.ts -> src/rules/checks/b.ts']);
  });
});
