import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { execFileSync } from 'child_process';
import { generateCustomFunctionsMetadata, type ICustomFunctionsMetadata } from 'custom-functions-metadata';
import * as exported from '../../functions/functions';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const zhCn = require('../../scripts/functions-zh-cn.js') as {
  zhNamesFromSource(text: string): Record<string, { name: string; params: Record<string, string> }>;
  buildZhCn(m: ICustomFunctionsMetadata, z: ReturnType<typeof zhCn.zhNamesFromSource>): ICustomFunctionsMetadata;
};

const SOURCE = path.join(__dirname, '..', '..', 'functions', 'functions.ts');
const IDS = ['PCT', 'PCTTEXT', 'CHANGE', 'RATE', 'WAN', 'SUMCODE', 'CODENAME', 'AMOUNT', 'CHECK', 'TEXT'];
const CJK = /[\u4e00-\u9fff]/;

let metadata: ICustomFunctionsMetadata;
let associate: { functionName: string; id: string }[];

beforeAll(async () => {
  const r = await generateCustomFunctionsMetadata(SOURCE);
  expect(r.errors).toEqual([]);
  metadata = JSON.parse(r.metadataJson) as ICustomFunctionsMetadata;
  associate = r.associate;
});

describe('functions.json generated from functions/functions.ts', () => {
  test('lists every YS function, each bound to an exported function', () => {
    expect(metadata.functions.map((f) => f.id)).toEqual(IDS);
    const exports = exported as unknown as Record<string, unknown>;
    for (const a of associate) expect(typeof exports[a.functionName]).toBe('function');
    expect(associate.map((a) => a.id)).toEqual(IDS);
  });

  test('Chinese descriptions and parameter help for every function and parameter', () => {
    for (const f of metadata.functions) {
      expect(f.description).toMatch(CJK);
      for (const p of f.parameters) expect(`${f.id}.${p.name}: ${p.description}`).toMatch(CJK);
    }
  });

  test('amounts accept ranges; workbook readers are live (streaming); optional arguments are optional', () => {
    const byId = Object.fromEntries(metadata.functions.map((f) => [f.id, f]));
    expect(byId.PCT.parameters.map((p) => p.dimensionality ?? 'scalar')).toEqual(['matrix', 'matrix', 'scalar']);
    expect(byId.PCT.parameters[2].optional).toBe(true);
    expect(byId.PCT.result?.type).toBe('number');
    expect(byId.WAN.result?.dimensionality).toBe('matrix');
    for (const id of ['AMOUNT', 'CHECK', 'TEXT']) expect(byId[id].options?.stream).toBe(true);
    for (const id of ['PCT', 'CHANGE', 'SUMCODE', 'CODENAME']) expect(byId[id].options?.stream).toBeUndefined();
    expect(byId.AMOUNT.parameters.map((p) => p.name)).toEqual(['table', 'item', 'column', 'unit']);
  });
});

describe('functions.zh-CN.json', () => {
  test('Chinese function and parameter names from the same JSDoc, ids unchanged', () => {
    const zh = zhCn.buildZhCn(metadata, zhCn.zhNamesFromSource(fs.readFileSync(SOURCE, 'utf8')));
    expect(zh.functions.map((f) => f.id)).toEqual(IDS);
    const names = zh.functions.map((f) => f.name);
    expect(new Set(names).size).toBe(IDS.length);
    for (const n of names) expect([...n].length).toBeGreaterThanOrEqual(3);
    const byId = Object.fromEntries(zh.functions.map((f) => [f.id, f]));
    expect(byId.PCT.name).toBe('占比值');
    expect(byId.WAN.name).toBe('元转万元');
    expect(byId.CHANGE.parameters.map((p) => p.name)).toEqual(['本年数', '上年数', '单位', '小数位数']);
    expect(byId.PCT.description).toBe(metadata.functions[0].description);
  });

  test('a function without @zhname fails the build with a Chinese message', () => {
    const text = fs.readFileSync(SOURCE, 'utf8').replace('@zhname 增减率', '');
    expect(() => zhCn.buildZhCn(metadata, zhCn.zhNamesFromSource(text))).toThrow('RATE: 缺少 @zhname');
  });

  test('the build script writes functions.zh-CN.json beside functions.json', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ys-zh-'));
    fs.writeFileSync(path.join(dir, 'functions.json'), JSON.stringify(metadata));
    const script = path.join(__dirname, '..', '..', 'scripts', 'functions-zh-cn.js');
    const out = execFileSync('node', [script], { env: { ...process.env, YUSUAN_WEB_DIR: dir }, encoding: 'utf8' });
    expect(out).toContain('YS.占比值');
    const written = JSON.parse(fs.readFileSync(path.join(dir, 'functions.zh-CN.json'), 'utf8')) as ICustomFunctionsMetadata;
    expect(written.functions.find((f) => f.id === 'TEXT')?.name).toBe('说明文字');
    fs.rmSync(dir, { recursive: true });
  });
});
