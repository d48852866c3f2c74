/** Excel host → the pane on the workbook; no Excel → the workbench (a file in the browser). */
import { makeStyles, Spinner } from '@fluentui/react-components';
import { lazy, Suspense, useMemo } from 'react';
import type { WorkbookSource } from '../src/source';
import { describeError } from './common/errors';
import type { HostKind } from './host/detect';
import { openExcelSource } from './host/excel';
import { Pane } from './Pane';

// Only the browser needs the workbench (file picker, grid preview): never loaded inside Excel.
const Workbench = lazy(() => import(/* webpackChunkName: "workbench" */ './workbench/Workbench').then((m) => ({ default: m.Workbench })));

const useStyles = makeStyles({ excel: { height: '100vh' } });

function ExcelPane() {
  const s = useStyles();
  const opened = useMemo((): { source: WorkbookSource | null; error: string | null } => {
    try {
      return { source: openExcelSource(), error: null };
    } catch (e) {
      return { source: null, error: describeError('连接 Excel', e) };
    }
  }, []);
  return (
    <div className={s.excel}>
      <Pane source={opened.source} host="excel" loadError={opened.error} />
    </div>
  );
}

export function App({ host }: { host: HostKind }) {
  if (host === 'excel') return <ExcelPane />;
  return (
    <Suspense fallback={<Spinner label="正在加载工作台…" />}>
      <Workbench />
    </Suspense>
  );
}
