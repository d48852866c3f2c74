/**
 * The workbook's own parts read with plain string scans: the sheets xl/workbook.xml lists, its
 * relationships, and where a relationship's target lies in the zip.
 */
export const utf8 = new TextDecoder('utf-8');

function xmlUnescape(s: string): string {
  return s.replace(/&(lt|gt|amp|quot|apos|#x[0-9a-fA-F]+|#[0-9]+);/g, (_m, e: string) => {
    if (e === 'lt') return '<';
    if (e === 'gt') return '>';
    if (e === 'amp') return '&';
    if (e === 'quot') return '"';
    if (e === 'apos') return "'";
    const code = e.startsWith('#x') ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : '';
  });
}

function attr(tag: string, name: string): string | undefined {
  const m = new RegExp(`(?:^|\\s)${name}="([^"]*)"`).exec(tag);
  return m ? xmlUnescape(m[1]) : undefined;
}

/** <sheet name=… r:id=…/> elements of workbook.xml (the r: prefix may be any). */
export function listedSheets(workbookXml: string): { name: string; rid: string }[] {
  const out: { name: string; rid: string }[] = [];
  const re = /<(?:\w+:)?sheet(?=[\s/>])([^>]*)>/g;
  for (let m = re.exec(workbookXml); m; m = re.exec(workbookXml)) {
    const name = attr(m[1], 'name');
    const rid = /\s[\w]+:id="([^"]*)"/.exec(m[1])?.[1];
    if (name !== undefined) out.push({ name, rid: rid ?? '' });
  }
  return out;
}

export interface Rel {
  id: string;
  type: string;
  target: string;
}

export function relationships(relsXml: string): Rel[] {
  const out: Rel[] = [];
  const re = /<(?:\w+:)?Relationship(?=[\s/>])([^>]*)>/g;
  for (let m = re.exec(relsXml); m; m = re.exec(relsXml)) {
    out.push({ id: attr(m[1], 'Id') ?? '', type: attr(m[1], 'Type') ?? '', target: attr(m[1], 'Target') ?? '' });
  }
  return out;
}

/** A relationship target of xl/workbook.xml as a zip path. */
export function partPath(target: string): string {
  const t = target.trim().replace(/\\/g, '/');
  const abs = t.startsWith('/') ? t.slice(1) : `xl/${t}`;
  const parts: string[] = [];
  for (const p of abs.split('/')) {
    if (p === '..') parts.pop();
    else if (p !== '.' && p !== '') parts.push(p);
  }
  return parts.join('/');
}

