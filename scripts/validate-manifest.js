#!/usr/bin/env node
/**
 * `npm run validate`: offline check of manifest.xml (office-addin-manifest's validate calls a web
 * service that cannot be reached here).
 *   1. well-formed XML (saxes, the strict XML 1.0 parser exceljs already brings);
 *   2. required elements present and in schema order for OfficeApp, VersionOverrides and the parts
 *      of it we use; every resid resolves to a resource of the right kind; string lengths; the
 *      <Version> equals package.json's version;
 *   3. every resource URL maps to a file the build emitted in dist/web/, and each icon file is a
 *      PNG of the size the manifest declares.
 * Usage: node scripts/validate-manifest.js [manifest.xml] [--structure-only] [--dist <dir>] [--sync-version]
 *   --dist <dir>    check the URLs against another build output (default dist/web)
 *   --sync-version  write package.json's version into <Version> (x.y.z → x.y.z.0) and exit; the
 *                   package's npm "version" hook runs it so `npm version` bumps both.
 * Exit code: 0 valid, 1 invalid, 2 dist/web missing (build first) or unreadable input.
 */
const fs = require('fs');
const path = require('path');

const NS = {
  app: 'http://schemas.microsoft.com/office/appforoffice/1.1',
  vo: 'http://schemas.microsoft.com/office/taskpaneappversionoverrides',
};

/** Schema order of children (xsd sequences); `required` must appear. Anything else is an error. */
const ORDER = {
  OfficeApp: {
    seq: ['Id', 'AlternateId', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl', 'HighResolutionIconUrl', 'SupportUrl', 'AppDomains', 'Hosts', 'Requirements', 'DefaultSettings', 'Permissions', 'Dictionary', 'VersionOverrides'],
    required: ['Id', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl', 'HighResolutionIconUrl', 'Hosts', 'DefaultSettings', 'Permissions'],
  },
  VersionOverrides: { seq: ['Description', 'Requirements', 'Hosts', 'Resources', 'WebApplicationInfo', 'EquivalentAddins'], required: ['Hosts', 'Resources'] },
  'VersionOverrides/Hosts/Host': { seq: ['Runtimes', 'AllFormFactors', 'DesktopFormFactor'], required: ['DesktopFormFactor'] },
  DesktopFormFactor: { seq: ['GetStarted', 'FunctionFile', 'ExtensionPoint'], required: ['FunctionFile', 'ExtensionPoint'] },
  'ExtensionPoint[CustomFunctions]': { seq: ['Script', 'Page', 'Metadata', 'Namespace'], required: ['Script', 'Page', 'Metadata', 'Namespace'] },
  Resources: { seq: ['Images', 'Urls', 'ShortStrings', 'LongStrings'], required: ['Images', 'Urls', 'ShortStrings'] },
  Control: { seq: ['Label', 'Supertip', 'Icon', 'Action'], required: ['Label', 'Supertip', 'Icon', 'Action'] },
  Group: { seq: ['Label', 'Icon', 'Control'], required: ['Label', 'Icon', 'Control'] },
};

/** Which resource table a resid on an element of this name must come from. */
const RESID_KIND = { Image: 'Images', SourceLocation: 'Urls', FunctionFile: 'Urls', Runtime: 'Urls', LearnMoreUrl: 'Urls', Label: 'ShortStrings', Title: 'ShortStrings', Namespace: 'ShortStrings', Description: 'LongStrings' };
const MAX_LEN = { ShortStrings: 125, LongStrings: 250 };
const PERMISSIONS = ['Restricted', 'ReadDocument', 'ReadAllDocument', 'WriteDocument', 'ReadWriteDocument'];

/** Parse into {name (local), uri, attrs, children, line}; throws on malformed XML. */
function parseXml(text) {
  let SaxesParser;
  try {
    ({ SaxesParser } = require('saxes'));
  } catch {
    throw new Error('缺少 XML 解析器 saxes（随 exceljs 安装）：请先运行 npm install');
  }
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack = [];
  let root = null;
  parser.on('error', (e) => {
    throw new Error(`XML 格式错误（not well-formed）：${e.message}`);
  });
  parser.on('opentag', (t) => {
    const attrs = {};
    for (const a of Object.values(t.attributes)) attrs[a.name] = a.value;
    const el = { name: t.local, uri: t.uri, attrs, children: [], text: '', line: parser.line };
    if (stack.length) stack[stack.length - 1].children.push(el);
    else root = el;
    stack.push(el);
  });
  parser.on('text', (s) => {
    if (stack.length) stack[stack.length - 1].text += s;
  });
  parser.on('closetag', () => stack.pop());
  parser.write(text).close();
  if (!root) throw new Error('XML 为空（empty document）');
  return root;
}

const kids = (el, name) => el.children.filter((c) => c.name === name);
const kid = (el, name) => kids(el, name)[0];
const type = (el) => (el.attrs['xsi:type'] || '').replace(/^.*:/, '');

function walk(el, fn, trail = []) {
  fn(el, trail);
  for (const c of el.children) walk(c, fn, [...trail, el]);
}

function checkOrder(el, rule, label, errors) {
  let last = -1;
  const seen = new Set();
  for (const c of el.children) {
    const i = rule.seq.indexOf(c.name);
    if (i < 0) errors.push(`${label}: 不认识的子元素 <${c.name}>（第 ${c.line} 行）`);
    else if (i < last) errors.push(`${label}: <${c.name}> 的位置不符合架构顺序（第 ${c.line} 行，应在 <${rule.seq[last]}> 之前）`);
    else last = i;
    seen.add(c.name);
  }
  for (const r of rule.required) if (!seen.has(r)) errors.push(`${label}: 缺少必需元素 <${r}>`);
}

/** The manifest's structure (no files needed). Returns a list of Chinese error messages. */
function validateStructure(xml, opts = {}) {
  const errors = [];
  let root;
  try {
    root = parseXml(xml);
  } catch (e) {
    return [e.message];
  }
  if (root.name !== 'OfficeApp' || root.uri !== NS.app) return [`根元素必须是 ${NS.app} 命名空间中的 <OfficeApp>`];
  if (type(root) !== 'TaskPaneApp') errors.push('OfficeApp 的 xsi:type 必须是 TaskPaneApp');
  checkOrder(root, ORDER.OfficeApp, 'OfficeApp', errors);
  const text = (n) => (kid(root, n)?.text || '').trim();
  if (!/^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/.test(text('Id'))) errors.push('<Id> 必须是 GUID');
  if (!/^\d{1,5}(\.\d{1,5}){0,3}$/.test(text('Version'))) errors.push('<Version> 格式应为 n.n.n.n');
  if (opts.packageVersion && text('Version') !== `${opts.packageVersion}.0`) errors.push(`<Version> ${text('Version')} 与 package.json 的版本 ${opts.packageVersion} 不一致（运行 node scripts/validate-manifest.js --sync-version）`);
  if (!/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(text('DefaultLocale'))) errors.push('<DefaultLocale> 不是有效的区域代码');
  for (const [n, max] of [['DisplayName', 125], ['Description', 250]]) {
    const v = kid(root, n)?.attrs.DefaultValue || '';
    if (!v || v.length > max) errors.push(`<${n}> 的 DefaultValue 必须非空且不超过 ${max} 个字符`);
  }
  if (!PERMISSIONS.includes(text('Permissions'))) errors.push(`<Permissions> 必须是 ${PERMISSIONS.join(' / ')} 之一`);
  if (!kids(kid(root, 'Hosts') || { children: [] }, 'Host').some((h) => h.attrs.Name === 'Workbook')) errors.push('<Hosts> 中缺少 <Host Name="Workbook"/>');
  if (!kid(kid(root, 'DefaultSettings') || { children: [] }, 'SourceLocation')) errors.push('<DefaultSettings> 缺少 <SourceLocation>');
  const vo = kid(root, 'VersionOverrides');
  if (vo) checkVersionOverrides(vo, errors);
  return errors;
}

function checkVersionOverrides(vo, errors) {
  if (vo.uri !== NS.vo || type(vo) !== 'VersionOverridesV1_0') errors.push('VersionOverrides 必须是 VersionOverridesV1_0（taskpaneappversionoverrides 命名空间）');
  checkOrder(vo, ORDER.VersionOverrides, 'VersionOverrides', errors);
  const resources = kid(vo, 'Resources');
  const tables = {};
  if (resources) {
    checkOrder(resources, ORDER.Resources, 'Resources', errors);
    for (const t of resources.children) {
      tables[t.name] = new Map();
      for (const r of t.children) {
        const id = r.attrs.id;
        if (!id || id.length > 32) errors.push(`${t.name}: 资源 id「${id || ''}」为空或超过 32 个字符（第 ${r.line} 行）`);
        else if (tables[t.name].has(id)) errors.push(`${t.name}: 资源 id「${id}」重复`);
        const v = r.attrs.DefaultValue || '';
        if (!v) errors.push(`${t.name}: 资源「${id}」缺少 DefaultValue`);
        if (MAX_LEN[t.name] && v.length > MAX_LEN[t.name]) errors.push(`${t.name}: 「${id}」超过 ${MAX_LEN[t.name]} 个字符`);
        tables[t.name].set(id, r);
      }
    }
  }
  walk(vo, (el, trail) => {
    const parent = trail[trail.length - 1];
    if (el.name === 'Host' && parent?.name === 'Hosts') checkOrder(el, ORDER['VersionOverrides/Hosts/Host'], `Host[${type(el)}]`, errors);
    if (el.name === 'DesktopFormFactor') checkOrder(el, ORDER.DesktopFormFactor, 'DesktopFormFactor', errors);
    if (el.name === 'ExtensionPoint' && type(el) === 'CustomFunctions') checkOrder(el, ORDER['ExtensionPoint[CustomFunctions]'], 'ExtensionPoint[CustomFunctions]', errors);
    if (el.name === 'Control' || el.name === 'Group') checkOrder(el, ORDER[el.name], `${el.name}#${el.attrs.id || ''}`, errors);
    if (el.name === 'Runtime' && !['long', 'short'].includes(el.attrs.lifetime || 'short')) errors.push('Runtime 的 lifetime 只能是 short 或 long');
    const resid = el.attrs.resid;
    if (resid === undefined || trail.some((t) => t.name === 'Resources')) return;
    const kind = RESID_KIND[el.name];
    if (!kind) errors.push(`<${el.name}> 不应带 resid（第 ${el.line} 行）`);
    else if (!tables[kind]?.has(resid)) errors.push(`<${el.name} resid="${resid}">: 在 Resources/${kind} 中找不到（第 ${el.line} 行）`);
  });
}

/** Every URL the manifest names: [url, declared square size or null, where]. */
function manifestUrls(xml) {
  const root = parseXml(xml);
  const out = [];
  walk(root, (el, trail) => {
    const inImages = trail.some((t) => t.name === 'Images');
    const size = { IconUrl: null, HighResolutionIconUrl: null, SupportUrl: null };
    if (el.name in size || (el.name === 'SourceLocation' && trail.some((t) => t.name === 'DefaultSettings'))) out.push([el.attrs.DefaultValue, null, `<${el.name}>`]);
    if (trail.some((t) => t.name === 'Urls') && el.name === 'Url') out.push([el.attrs.DefaultValue, null, `Url#${el.attrs.id}`]);
    if (inImages && el.name === 'Image') out.push([el.attrs.DefaultValue, null, `Image#${el.attrs.id}`]);
    if (el.name === 'Override' && el.attrs.Value) out.push([el.attrs.Value, null, `Override[${el.attrs.Locale}]`]);
  });
  // Declared icon sizes: bt:Image size="16" resid="…" → that image's URL must be 16×16.
  const sizes = new Map();
  walk(root, (el, trail) => {
    if (el.name === 'Image' && el.attrs.size && el.attrs.resid && !trail.some((t) => t.name === 'Resources')) sizes.set(el.attrs.resid, Number(el.attrs.size));
  });
  walk(root, (el, trail) => {
    if (el.name === 'Image' && trail.some((t) => t.name === 'Images') && sizes.has(el.attrs.id)) {
      const hit = out.find((u) => u[2] === `Image#${el.attrs.id}`);
      if (hit) hit[1] = sizes.get(el.attrs.id);
    }
  });
  return out;
}

function pngSize(file) {
  const b = fs.readFileSync(file);
  if (b.length < 24 || b.toString('latin1', 1, 4) !== 'PNG') return null;
  return [b.readUInt32BE(16), b.readUInt32BE(20)];
}

/**
 * The built files: every URL must be https, lie under the add-in's base (the folder of the task
 * pane page, so a production origin with a path prefix works) and map to a file under distDir.
 */
function validateBuild(xml, distDir) {
  const errors = [];
  const urls = manifestUrls(xml);
  const page = urls.find((u) => u[2] === '<SourceLocation>');
  let base;
  try {
    base = new URL('.', page[0]);
  } catch {
    return ['<DefaultSettings><SourceLocation> 不是有效的 URL，无法确定加载项根地址'];
  }
  for (const [url, size, where] of urls) {
    let u;
    try {
      u = new URL(url);
    } catch {
      errors.push(`${where}: 不是有效的 URL「${url}」`);
      continue;
    }
    if (u.protocol !== 'https:') errors.push(`${where}: Office 只接受 https 地址「${url}」`);
    if (u.origin !== base.origin || !u.pathname.startsWith(base.pathname)) {
      errors.push(`${where}: ${url} 不在加载项根地址 ${base.href} 之下`);
      continue;
    }
    const file = path.join(distDir, decodeURIComponent(u.pathname.slice(base.pathname.length)));
    if (!fs.existsSync(file) || !fs.statSync(file).isFile()) {
      errors.push(`${where}: ${url} → 构建产物中没有 ${path.relative(process.cwd(), file)}`);
      continue;
    }
    if (/\.png$/i.test(file)) {
      const dims = pngSize(file);
      if (!dims) errors.push(`${where}: ${file} 不是 PNG 文件`);
      else if (size && (dims[0] !== size || dims[1] !== size)) errors.push(`${where}: 图标应为 ${size}×${size}，实际 ${dims[0]}×${dims[1]}`);
    }
  }
  return errors;
}

function syncVersion(manifestPath, version) {
  const xml = fs.readFileSync(manifestPath, 'utf8');
  const next = xml.replace(/<Version>[^<]*<\/Version>/, `<Version>${version}.0</Version>`);
  fs.writeFileSync(manifestPath, next);
  process.stdout.write(`manifest.xml <Version> → ${version}.0\n`);
}

function main(argv) {
  const root = path.resolve(__dirname, '..');
  const distAt = argv.indexOf('--dist');
  const dist = distAt >= 0 ? path.resolve(argv[distAt + 1]) : path.join(root, 'dist', 'web');
  const positional = argv.filter((a, i) => !a.startsWith('--') && !(distAt >= 0 && i === distAt + 1));
  const file = path.resolve(positional[0] || path.join(root, 'manifest.xml'));
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  if (argv.includes('--sync-version')) return syncVersion(file, pkg.version), 0;
  if (!fs.existsSync(file)) {
    process.stderr.write(`找不到清单文件 ${file}（manifest not found）\n`);
    return 2;
  }
  const xml = fs.readFileSync(file, 'utf8');
  const errors = validateStructure(xml, { packageVersion: pkg.version });
  let code = errors.length ? 1 : 0;
  if (!argv.includes('--structure-only') && errors.length === 0) {
    if (!fs.existsSync(dist)) {
      process.stderr.write(`未找到构建目录 ${dist}：请先运行 npm run build，再校验清单中的资源地址。\n(${dist} not found: run \`npm run build\` first, then \`npm run validate\`.)\n`);
      return 2;
    }
    errors.push(...validateBuild(xml, dist));
    code = errors.length ? 1 : 0;
  }
  for (const e of errors) process.stderr.write(`✗ ${e}\n`);
  if (code === 0) process.stdout.write(`✓ ${path.relative(process.cwd(), file) || file} 校验通过（manifest is valid${argv.includes('--structure-only') ? ', structure only' : ', all resources found in dist/web'}）\n`);
  else process.stderr.write(`清单校验失败：${errors.length} 个问题（manifest is invalid）\n`);
  return code;
}

module.exports = { validateStructure, validateBuild, manifestUrls, parseXml };

if (require.main === module) process.exitCode = main(process.argv.slice(2));
