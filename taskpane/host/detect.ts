/**
 * Which host are we in? Excel (office.js loaded and Office.onReady reports Excel) or none (a plain
 * browser: the workbench). office.js comes from the CDN and cannot load offline, so when `Office`
 * is undefined we decide at once; when it is defined but never becomes ready we give up after a
 * short timeout instead of leaving the user in front of a blank pane.
 */
export type HostKind = 'excel' | 'none';

export function detectHost(timeoutMs = 4000): Promise<HostKind> {
  const office = (globalThis as { Office?: typeof Office }).Office;
  if (!office || typeof office.onReady !== 'function') return Promise.resolve('none');
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve('none'), timeoutMs);
    office
      .onReady((info) => {
        clearTimeout(timer);
        resolve(info && info.host === office.HostType.Excel ? 'excel' : 'none');
      })
      .catch(() => {
        clearTimeout(timer);
        resolve('none');
      });
  });
}
