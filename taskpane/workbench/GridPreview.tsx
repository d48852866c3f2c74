/**
 * A small read-only view of one sheet in the workbench, standing in for Excel's grid: the cells the
 * pane selected are outlined, the marked cells filled, so navigation and marking can be seen.
 * Cell contents are rendered as text.
 */
import { Dropdown, Field, Option, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useMemo, useRef, useState } from 'react';
import { a1, columnLetters } from '../../src/grid/address';
import { cellAt, gridColCount, isCellError, textAt, type CellValue, type SheetGrid } from '../../src/grid/types';
import type { ObservableSource, WorkbenchView } from './observable-source';

const MAX_ROWS = 400;
const MAX_COLS = 30;

const useStyles = makeStyles({
  wrap: { display: 'flex', flexDirection: 'column', gap: '6px', minWidth: 0 },
  scroller: { overflow: 'auto', maxHeight: '70vh', border: `1px solid ${tokens.colorNeutralStroke2}` },
  table: { borderCollapse: 'collapse', fontSize: '12px' },
  // zIndex: cells scrolled under the sticky header must not paint over it.
  th: { position: 'sticky', top: 0, zIndex: 2, backgroundColor: tokens.colorNeutralBackground3, border: `1px solid ${tokens.colorNeutralStroke2}`, padding: '1px 4px', fontWeight: 'normal' },
  rh: { backgroundColor: tokens.colorNeutralBackground3, border: `1px solid ${tokens.colorNeutralStroke2}`, padding: '1px 4px', textAlign: 'right', color: tokens.colorNeutralForeground3 },
  td: { border: `1px solid ${tokens.colorNeutralStroke3}`, padding: '1px 4px', whiteSpace: 'nowrap', maxWidth: '220px', overflow: 'hidden', textOverflow: 'ellipsis' },
  marked: { backgroundColor: '#FFE08A' },
  selected: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: '-2px', backgroundColor: tokens.colorBrandBackground2 },
});

function show(v: CellValue, text: string | null): string {
  if (text !== null && text !== '') return text;
  if (v === null) return '';
  if (isCellError(v)) return v.error;
  return String(v);
}

export function GridPreview({ source }: { source: ObservableSource }) {
  const s = useStyles();
  const [grids, setGrids] = useState<SheetGrid[]>([]);
  const [view, setView] = useState<WorkbenchView>({ selection: [], marked: [], activeSheet: null });
  const [sheet, setSheet] = useState<string | null>(null);
  const firstSelected = useRef<HTMLTableCellElement | null>(null);

  useEffect(() => {
    let live = true;
    void source.previewGrids().then((g) => live && (setGrids(g), setSheet(g[0]?.name ?? null)));
    const off = source.subscribe((v) => {
      setView(v);
      if (v.activeSheet) setSheet(v.activeSheet);
    });
    return () => {
      live = false;
      off();
    };
  }, [source]);

  const grid = grids.find((g) => g.name === sheet) ?? null;
  const sel = useMemo(() => new Set(view.selection.filter((c) => c.sheet === sheet).map((c) => `${c.row},${c.col}`)), [view, sheet]);
  const marked = useMemo(() => new Set(view.marked.filter((c) => c.sheet === sheet).map((c) => `${c.row},${c.col}`)), [view, sheet]);
  useEffect(() => {
    firstSelected.current?.scrollIntoView({ block: 'center', inline: 'nearest' });
  }, [view.selection, sheet]);

  if (!grid) return <Text>正在读取工作表…</Text>;
  const rows = Math.min(grid.values.length, MAX_ROWS);
  const cols = Math.min(gridColCount(grid), MAX_COLS);
  let firstAssigned = false;
  firstSelected.current = null;
  const selText = view.selection.length ? `${view.selection[0].sheet}!${a1(view.selection[0].row, view.selection[0].col)}${view.selection.length > 1 ? ` 等 ${view.selection.length} 个单元格` : ''}` : '无';

  return (
    <section className={s.wrap} aria-label="工作表预览" data-testid="grid-preview">
      <Field label="工作表">
        <Dropdown value={sheet ?? ''} selectedOptions={sheet ? [sheet] : []} onOptionSelect={(_, d) => setSheet(d.optionValue ?? null)}>
          {grids.map((g) => (
            <Option key={g.name} value={g.name}>{g.name}</Option>
          ))}
        </Dropdown>
      </Field>
      <Text size={200} data-testid="preview-status">
        选中：<span data-testid="preview-selection">{selText}</span>；已标记 <span data-testid="preview-marked">{view.marked.length}</span> 个单元格
      </Text>
      <div className={s.scroller}>
        <table className={s.table}>
          <thead>
            <tr>
              <th className={s.th} />
              {Array.from({ length: cols }, (_, c) => (
                <th key={c} className={s.th} scope="col">{columnLetters(grid.left + c)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: rows }, (_, r) => {
              const row = grid.top + r;
              return (
                <tr key={r}>
                  <th className={s.rh} scope="row">{row + 1}</th>
                  {Array.from({ length: cols }, (_, c) => {
                    const col = grid.left + c;
                    const key = `${row},${col}`;
                    const isSel = sel.has(key);
                    const cls = [s.td, marked.has(key) ? s.marked : '', isSel ? s.selected : ''].join(' ');
                    const ref = isSel && !firstAssigned ? ((firstAssigned = true), (el: HTMLTableCellElement | null) => { if (el) firstSelected.current = el; }) : undefined;
                    return (
                      <td key={c} ref={ref} className={cls} data-cell={a1(row, col)} data-selected={isSel || undefined} data-marked={marked.has(key) || undefined}>
                        {show(cellAt(grid, row, col), textAt(grid, row, col))}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
