/**
 * The workbench: the real pane in a plain browser, against an .xlsx file (picked, or the bundled
 * sample) or a published PDF package, with a preview of the sheet standing in for Excel's grid.
 */
import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { describeError } from '../common/errors';
import { isPdfName, openPdf } from '../common/open-pdf';
import { OpenCancelled, openXlsx, openXlsxFile } from '../common/open-xlsx';
import { Pane } from '../Pane';
import { GridPreview } from './GridPreview';
import { ObservableSource } from './observable-source';
import { installWorkbenchHook } from './test-hook';

const SAMPLE = 'samples/yongdeng-2024.xlsx';

const useStyles = makeStyles({
  page: { display: 'flex', flexWrap: 'wrap', gap: '16px', padding: '8px', alignItems: 'flex-start', minHeight: '100vh', boxSizing: 'border-box', backgroundColor: tokens.colorNeutralBackground3 },
  // 400 px like a wide Excel pane; narrower windows (the 350 px screenshot) get the pane alone.
  pane: { width: 'min(400px, calc(100vw - 16px))', minWidth: '320px', maxWidth: '450px', height: 'calc(100vh - 16px)', backgroundColor: tokens.colorNeutralBackground1, boxShadow: tokens.shadow4, display: 'flex', flexDirection: 'column' },
  bar: { display: 'flex', flexWrap: 'wrap', gap: '6px', alignItems: 'center', padding: '8px 12px', borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  preview: { flex: '1 1 400px', minWidth: 0, backgroundColor: tokens.colorNeutralBackground1, padding: '8px', boxShadow: tokens.shadow4 },
  hidden: { display: 'none' },
  muted: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

interface Opened {
  source: ObservableSource;
  /** What the reading of a PDF says the user should know. */
  notes?: string[];
}

export function Workbench() {
  const s = useStyles();
  const [source, setSource] = useState<ObservableSource | null>(null);
  const [busy, setBusy] = useState(false);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [notes, setNotes] = useState<string[]>([]);
  const [pageRead, setPageRead] = useState(0);
  const fileRef = useRef<HTMLInputElement>(null);
  useEffect(() => installWorkbenchHook(source), [source]);

  // the read runs in a worker (open-xlsx.ts): 取消 terminates it
  const reading = useRef<AbortController | null>(null);
  const load = async (what: string, open: (signal: AbortSignal) => Promise<Opened>) => {
    const ctrl = new AbortController();
    reading.current = ctrl;
    setBusy(true);
    setLoadError(null);
    setPageRead(0);
    try {
      const opened = await open(ctrl.signal);
      setNotes(opened.notes ?? []);
      setSource(opened.source);
    } catch (e) {
      if (!(e instanceof OpenCancelled)) setLoadError(describeError(what, e));
    } finally {
      if (reading.current === ctrl) reading.current = null;
      setBusy(false);
    }
  };
  const openSample = () => load('打开示例工作簿', async (signal) => {
    const res = await fetch(SAMPLE);
    if (!res.ok) throw new Error(`示例工作簿不可用（HTTP ${res.status}）`);
    return { source: new ObservableSource(await openXlsx('yongdeng-2024.xlsx', await res.arrayBuffer(), signal)) };
  });
  const openFile = (f: File) => {
    if (!isPdfName(f.name)) return load(`打开「${f.name}」`, async (signal) => ({ source: new ObservableSource(await openXlsxFile(f, signal)) }));
    // a published package: its tables as sheets, its 说明 checked with them, findings with pages
    return load(`打开「${f.name}」`, async (signal) => {
      const pdf = await openPdf(f.name, await f.arrayBuffer(), signal, setPageRead);
      return { source: new ObservableSource(pdf.source, pdf.source), notes: pdf.notes };
    });
  };

  const bar = (
    <div className={s.bar} data-testid="workbench-bar">
      <Text weight="semibold">工作台</Text>
      <Button size="small" onClick={() => fileRef.current?.click()} disabled={busy}>打开工作簿或 PDF…</Button>
      <Button size="small" onClick={() => void openSample()} disabled={busy}>打开示例工作簿</Button>
      {busy && <Button size="small" onClick={() => reading.current?.abort()} data-testid="cancel-open">取消</Button>}
      {busy && pageRead > 0 && <Text className={s.muted} data-testid="pdf-progress">已读 {pageRead} 页</Text>}
      <input ref={fileRef} className={s.hidden} type="file" accept=".xlsx,.pdf" aria-label="选择 .xlsx 工作簿或公开的 PDF" data-testid="workbook-file"
        onChange={(e) => { const f = e.target.files?.[0]; if (f) void openFile(f); e.target.value = ''; }} />
      <Text className={s.muted}>未检测到 Excel：在浏览器中对 .xlsx 工作簿或已公开的 PDF 运行，文件不会上传。</Text>
      {source?.pdf && <Text className={s.muted} data-testid="pdf-notes">PDF：表格按页读出，说明与表格一并检查{notes.length ? `；${notes.join('；')}` : ''}。</Text>}
    </div>
  );

  return (
    <div className={s.page}>
      <div className={s.pane}>
        <Pane source={source} host="none" header={bar} loadError={loadError} busy={busy} />
      </div>
      <div className={s.preview}>
        {source ? <GridPreview source={source} /> : <Text className={s.muted}>打开工作簿后，这里显示工作表，问题单元格会被选中和标记。</Text>}
      </div>
    </div>
  );
}
