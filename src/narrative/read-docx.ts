/**
 * The text of a .docx 说明, one paragraph per line (so that findings can name lines), for checking
 * an existing Word document. Reads word/document.xml: paragraphs <w:p>, runs <w:t>, tabs and breaks.
 */
import JSZip from 'jszip';

function decodeXml(s: string): string {
  return s.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (_, e: string) => {
    if (e === 'lt') return '<';
    if (e === 'gt') return '>';
    if (e === 'amp') return '&';
    if (e === 'quot') return '"';
    if (e === 'apos') return "'";
    return String.fromCodePoint(e.startsWith('#x') ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
  });
}

/** Paragraph texts of document.xml. */
export function documentXmlText(xml: string): string[] {
  const out: string[] = [];
  const paragraphs = xml.match(/<w:p[ >][\s\S]*?<\/w:p>|<w:p\/>/g) ?? [];
  for (const p of paragraphs) {
    let text = '';
    const tokens = p.match(/<w:t(?: [^>]*)?>[^<]*<\/w:t>|<w:tab\/>|<w:br\/>/g) ?? [];
    for (const t of tokens) {
      if (t === '<w:tab/>') text += '\t';
      else if (t === '<w:br/>') text += ' ';
      else text += decodeXml(t.replace(/^<w:t(?: [^>]*)?>/, '').replace(/<\/w:t>$/, ''));
    }
    out.push(text);
  }
  return out;
}

export async function readDocxText(bytes: Uint8Array | ArrayBuffer): Promise<string> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new Error('无法读取该 Word 文件：不是有效的 .docx（如为 .doc，请在 Word 中另存为 .docx）');
  }
  const file = zip.file('word/document.xml');
  if (!file) throw new Error('无法读取该 Word 文件：缺少 word/document.xml');
  return documentXmlText(await file.async('string')).join('\n');
}
