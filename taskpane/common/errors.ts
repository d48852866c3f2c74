/**
 * Any failure (Office.js, file reading, the engine) becomes one Chinese sentence for a MessageBar.
 * Office.js errors carry an English message and a code; the code says more to a finance officer
 * once translated.
 */
const OFFICE_CODES: Record<string, string> = {
  AccessDenied: '没有权限执行此操作（工作簿可能处于只读或受保护状态）',
  GeneralException: 'Excel 处理请求时出错',
  InvalidArgument: '参数无效',
  InvalidReference: '引用的单元格或工作表不存在（可能已被删除或重命名）',
  InvalidOperation: '当前无法执行此操作',
  ItemNotFound: '找不到对应的工作表或单元格（可能已被删除或重命名）',
  RequestPayloadSizeLimitExceeded: '一次读取的数据过多，超出 Excel 的限制',
  Unauthenticated: '身份验证失败',
  Conflict: '工作簿正在被编辑（例如单元格处于编辑状态），请按 Esc 后重试',
  ApiNotFound: '当前 Excel 版本不支持此功能',
};

function hasChinese(s: string): boolean {
  return /[\u4e00-\u9fff]/.test(s);
}

export function describeError(action: string, e: unknown): string {
  const err = e as { code?: string; message?: string } | undefined;
  const code = err && typeof err.code === 'string' ? err.code : undefined;
  const message = err && typeof err.message === 'string' ? err.message : String(e);
  if (code && OFFICE_CODES[code]) return `${action}失败：${OFFICE_CODES[code]}。`;
  if (hasChinese(message)) return `${action}失败：${message}`;
  return `${action}失败：发生意外错误（${message}）。`;
}
