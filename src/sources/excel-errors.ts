/**
 * Office.js failures turned into Errors whose message a finance officer can read (Chinese), with
 * the original error kept as `cause` for the developer console.
 */

/** Chinese explanations of OfficeExtension.Error codes we can meet while reading or marking. */
const CODE_MESSAGES: Record<string, string> = {
  ItemNotFound: '找不到指定的工作表或单元格（可能已被重命名或删除）',
  InvalidArgument: '参数无效（单元格地址或格式不被 Excel 接受）',
  InvalidReference: '引用无效（单元格地址超出工作表范围）',
  AccessDenied: '无权修改（工作簿可能处于只读、受保护或共享编辑状态）',
  InvalidOperation: 'Excel 当前不允许此操作（例如正在编辑单元格，请先按 Enter 或 Esc）',
  InvalidOperationInCellEditMode: 'Excel 正处于单元格编辑状态，请先按 Enter 或 Esc 退出编辑后重试',
  ApiNotFound: '当前 Excel 版本不支持所需的功能，请升级到 Microsoft 365 版 Excel',
  RequestPayloadSizeLimitExceeded: '一次请求的数据量超过 Excel 的 5 MB 限制',
  ResponsePayloadSizeLimitExceeded: '一次返回的数据量超过 Excel 的 5 MB 限制',
  GeneralException: 'Excel 内部错误',
  Conflict: '工作簿正被其他操作修改，请稍后重试',
  Unauthenticated: '未登录或登录已过期',
  SaveFailed: '设置未能保存到工作簿（工作簿可能是只读的）',
};

/** The OfficeExtension.Error code of a failure, if it has one. */
export function officeErrorCode(e: unknown): string | undefined {
  if (e && typeof e === 'object' && 'code' in e) {
    const code = (e as { code: unknown }).code;
    if (typeof code === 'string') return code;
  }
  return undefined;
}

/** True when Excel refused a batch because its request or response was too big. */
export function isPayloadLimitError(e: unknown): boolean {
  const code = officeErrorCode(e);
  return code === 'RequestPayloadSizeLimitExceeded' || code === 'ResponsePayloadSizeLimitExceeded';
}

/**
 * "<what we were doing>失败：<why>". `action` is Chinese (e.g. 「读取工作表」); the reason comes from
 * the error code when we know it, else from the error's own message.
 */
export function officeError(action: string, e: unknown): Error {
  const code = officeErrorCode(e);
  const known = code ? CODE_MESSAGES[code] : undefined;
  const raw = e instanceof Error ? e.message : typeof e === 'string' ? e : '';
  const reason = known ?? (raw ? `Excel 返回错误：${raw}` : '未知错误');
  const err = new Error(`${action}失败：${reason}${code && !known ? `（${code}）` : ''}`);
  (err as Error & { cause?: unknown }).cause = e;
  return err;
}

/** Run `fn`, turning any failure into officeError(action, …). */
export async function withChineseErrors<T>(action: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    throw officeError(action, e);
  }
}
