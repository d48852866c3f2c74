/**
 * What a file handed in as a workbook is, when it is not one: an encrypted workbook or an old .xls
 * (OLE compound files), a PDF, an .ods/.docx/.pptx renamed — each with a Chinese reason.
 */
export const ENCRYPTED_REASON = '文件已加密，请先在 Excel 中取消密码保护后另存为 .xlsx';
export const NOT_WORKBOOK = '不是 Excel 工作簿（.xlsx）';

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(b: Uint8Array, sig: number[]): boolean {
  return b.length >= sig.length && sig.every((x, i) => b[i] === x);
}

/** Does the byte string occur (as UTF-16LE, as OLE directory names are stored)? */
function hasUtf16(b: Uint8Array, text: string): boolean {
  const first = text.charCodeAt(0);
  outer: for (let i = 0; i + text.length * 2 <= b.length; i++) {
    if (b[i] !== first || b[i + 1] !== 0) continue;
    for (let k = 1; k < text.length; k++) if (b[i + 2 * k] !== text.charCodeAt(k) || b[i + 2 * k + 1] !== 0) continue outer;
    return true;
  }
  return false;
}

/** The reason a non-zip file is not a workbook (encrypted .xlsx and .xls are OLE files). */
export function notZipReason(b: Uint8Array): string {
  if (startsWith(b, OLE)) {
    if (hasUtf16(b, 'EncryptionInfo') || hasUtf16(b, 'EncryptedPackage')) return ENCRYPTED_REASON;
    if (hasUtf16(b, 'Workbook') || hasUtf16(b, 'Book')) return '文件是旧版 .xls 格式，请在 Excel 中另存为 .xlsx 后再检查';
    return `文件是 Word/PowerPoint 等其他 Office 旧版文件，${NOT_WORKBOOK}`;
  }
  if (b.length === 0) return `文件是空的（0 字节），${NOT_WORKBOOK}`;
  if (b[0] === 0x25 && b[1] === 0x50 && b[2] === 0x44 && b[3] === 0x46) return `文件是 PDF，${NOT_WORKBOOK}`;
  return `文件${NOT_WORKBOOK}：内容不是 .xlsx 的压缩包格式（可能已损坏，或是改了扩展名的其他文件）`;
}

/** A zip that is some other document: say which. */
export function otherPackageReason(names: Set<string>, mimetype: string | null): string | null {
  if (mimetype?.includes('opendocument.spreadsheet')) return `文件是 OpenDocument 表格（.ods，WPS/LibreOffice 格式），${NOT_WORKBOOK}；请在 Excel 或 WPS 中另存为 .xlsx`;
  if (mimetype?.includes('opendocument') || names.has('content.xml')) return `文件是 OpenDocument 文档（.odt/.ods 等），${NOT_WORKBOOK}`;
  if (names.has('word/document.xml')) return `文件是 Word 文档（.docx），${NOT_WORKBOOK}`;
  if (names.has('ppt/presentation.xml')) return `文件是 PowerPoint 演示文稿（.pptx），${NOT_WORKBOOK}`;
  if (!names.has('xl/workbook.xml')) return `文件中没有工作簿内容（缺少 xl/workbook.xml），${NOT_WORKBOOK}`;
  return null;
}

