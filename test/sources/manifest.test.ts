/**
 * manifest.xml: the structural half of `npm run validate` (no build needed), the project's own
 * requirements on the manifest, and proof that the validator rejects broken copies.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

interface Validator {
  validateStructure(xml: string, opts?: { packageVersion?: string }): string[];
  validateBuild(xml: string, distDir: string): string[];
  parseXml(xml: string): { name: string; attrs: Record<string, string>; children: unknown[] };
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const validator = require('../../scripts/validate-manifest') as Validator;

const root = path.resolve(__dirname, '../..');
const xml = fs.readFileSync(path.join(root, 'manifest.xml'), 'utf8');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };

describe('manifest.xml', () => {
  test('passes the structural validation, version in step with package.json', () => {
    expect(validator.validateStructure(xml, { packageVersion: pkg.version })).toEqual([]);
  });

  test('says what the project needs: zh-CN, Workbook, shared runtime, YS functions, 预算检查 on Home', () => {
    expect(xml).toContain('<DefaultLocale>zh-CN</DefaultLocale>');
    expect(xml).toContain('<DisplayName DefaultValue="预算公开助手"/>');
    expect(xml).toMatch(/<Set Name="SharedRuntime" MinVersion="1\.1"\/>/);
    expect(xml).toMatch(/<Runtime resid="Taskpane\.Url" lifetime="long"\/>/);
    expect(xml).toMatch(/<bt:String id="Functions\.Namespace" DefaultValue="YS"\/>/);
    expect(xml).toMatch(/<bt:Override Locale="zh-CN" Value="https:\/\/localhost:3000\/functions\.zh-CN\.json"\/>/);
    expect(xml).toMatch(/<OfficeTab id="TabHome">[\s\S]*<Action xsi:type="ShowTaskpane">/);
    expect(xml).toContain('DefaultValue="预算检查"');
    for (const size of [16, 32, 80]) expect(xml).toContain(`<bt:Image size="${size}" resid="Icon.${size}x${size}"/>`);
  });

  test('the icons it names exist in assets/ at their sizes', () => {
    const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'yusuan-manifest-'));
    fs.cpSync(path.join(root, 'assets'), path.join(dist, 'assets'), { recursive: true });
    for (const f of ['taskpane.html', 'functions.js', 'functions.json', 'functions.zh-CN.json']) fs.writeFileSync(path.join(dist, f), '');
    expect(validator.validateBuild(xml, dist)).toEqual([]);
    fs.rmSync(path.join(dist, 'functions.zh-CN.json'));
    fs.writeFileSync(path.join(dist, 'assets', 'icon-16.png'), fs.readFileSync(path.join(root, 'assets', 'icon-32.png')));
    const errors = validator.validateBuild(xml, dist);
    expect(errors.join('\n')).toMatch(/functions\.zh-CN\.json/);
    expect(errors.join('\n')).toMatch(/图标应为 16×16，实际 32×32/);
    fs.rmSync(dist, { recursive: true, force: true });
  });
});

describe('the validator rejects broken manifests', () => {
  const broken: [string, (s: string) => string, RegExp][] = [
    ['not well-formed', (s) => s.replace('</DefaultLocale>', '</DefaultLocal>'), /XML 格式错误/],
    ['elements out of schema order', (s) => s.replace(/(<Version>[^<]*<\/Version>)\s*(<ProviderName>[^<]*<\/ProviderName>)/, '$2$1'), /<Version> 的位置不符合架构顺序/],
    ['a required element missing', (s) => s.replace(/<Permissions>[^<]*<\/Permissions>/, ''), /缺少必需元素 <Permissions>/],
    ['a resid without resource', (s) => s.replace('<Label resid="CheckButton.Label"/>', '<Label resid="Nope.Label"/>'), /resid="Nope.Label".*找不到/],
    ['CustomFunctions children reordered', (s) => s.replace(/(<Page>[\s\S]*?<\/Page>)(\s*)(<Metadata>[\s\S]*?<\/Metadata>)/, '$3$2$1'), /<Page> 的位置不符合架构顺序/],
    ['a bad GUID', (s) => s.replace(/<Id>[^<]*<\/Id>/, '<Id>not-a-guid</Id>'), /<Id> 必须是 GUID/],
    ['a string over 125 characters', (s) => s.replace('DefaultValue="预算检查"', `DefaultValue="${'长'.repeat(130)}"`), /超过 125 个字符/],
  ];
  test.each(broken)('%s', (_name, breakIt, message) => {
    const copy = breakIt(xml);
    expect(copy).not.toBe(xml);
    expect(validator.validateStructure(copy).join('\n')).toMatch(message);
  });

  test('a version out of step with package.json', () => {
    expect(validator.validateStructure(xml, { packageVersion: '9.9.9' }).join('\n')).toMatch(/与 package.json 的版本 9\.9\.9 不一致/);
  });
});

describe('production URLs', () => {
  test('an origin with a path prefix maps onto the same dist/web layout', () => {
    const prod = xml.replace(/https:\/\/localhost:3000\//g, 'https://addin.example.gov.cn/yusuan/');
    const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'yusuan-manifest-'));
    fs.cpSync(path.join(root, 'assets'), path.join(dist, 'assets'), { recursive: true });
    for (const f of ['taskpane.html', 'functions.js', 'functions.json', 'functions.zh-CN.json']) fs.writeFileSync(path.join(dist, f), '');
    expect(validator.validateStructure(prod)).toEqual([]);
    expect(validator.validateBuild(prod, dist)).toEqual([]);
    const stray = prod.replace('https://addin.example.gov.cn/yusuan/functions.js', 'https://cdn.example.com/functions.js');
    expect(validator.validateBuild(stray, dist).join('\n')).toMatch(/不在加载项根地址/);
    fs.rmSync(dist, { recursive: true, force: true });
  });
});
