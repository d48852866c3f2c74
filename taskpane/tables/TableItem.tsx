/** One recognized table: where it is, what it is; 「转到」 and the kind / unit correction. */
import { Badge, Button, Dropdown, Field, Option, Text, makeStyles, tokens } from '@fluentui/react-components';
import { rangeA1 } from '../../src/grid/address';
import { ALL_TABLE_KINDS, kindName, type TableKind } from '../../src/vocabulary/tables';
import type { RecognizedTable, Unit } from '../../src/recognize/types';

const useStyles = makeStyles({
  card: { border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium, padding: '8px', marginBottom: '8px' },
  head: { display: 'flex', alignItems: 'center', gap: '6px', flexWrap: 'wrap' },
  title: { fontWeight: tokens.fontWeightSemibold, wordBreak: 'break-word' },
  meta: { display: 'block', color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, margin: '2px 0 6px' },
  grid: { display: 'grid', gridTemplateColumns: '2fr 1fr', gap: '6px', alignItems: 'end' },
  dd: { minWidth: '0' },
});

const UNITS: [string, string][] = [['万元', '万元'], ['元', '元'], ['none', '未注明']];

export interface TableItemProps {
  table: RecognizedTable;
  onGo: () => void;
  onCorrect: (change: { kind?: TableKind; unit?: Unit | null }) => void;
}

export function TableItem({ table: t, onGo, onCorrect }: TableItemProps) {
  const s = useStyles();
  const unitValue = t.unit ?? 'none';
  return (
    <li className={s.card} data-testid="table-item" data-sheet={t.sheet} data-kind={t.kind}>
      <div className={s.head}>
        <Text className={s.title}>{kindName(t.kind)}</Text>
        {t.empty && <Badge appearance="outline" color="informative">空表</Badge>}
        {t.corrected && <Badge appearance="tint" color="brand">已手工更正</Badge>}
      </div>
      <Text className={s.meta}>
        {t.sheet} · {rangeA1(t.range)} · 单位：{t.unit ?? '未注明'}{t.title ? ` · ${t.title}` : ''}
      </Text>
      <div className={s.grid}>
        <Field label="表格类型">
          <Dropdown className={s.dd} aria-label={`${t.sheet} 的表格类型`} value={kindName(t.kind)} selectedOptions={[t.kind]}
            onOptionSelect={(_, d) => d.optionValue && d.optionValue !== t.kind && onCorrect({ kind: d.optionValue as TableKind })}>
            {ALL_TABLE_KINDS.map((k) => (
              <Option key={k} value={k}>{kindName(k)}</Option>
            ))}
          </Dropdown>
        </Field>
        <Field label="单位">
          <Dropdown className={s.dd} aria-label={`${t.sheet} 的金额单位`} value={t.unit ?? '未注明'} selectedOptions={[unitValue]}
            onOptionSelect={(_, d) => d.optionValue && d.optionValue !== unitValue &&
              onCorrect({ unit: d.optionValue === 'none' ? null : (d.optionValue as Unit) })}>
            {UNITS.map(([v, label]) => (
              <Option key={v} value={v}>{label}</Option>
            ))}
          </Dropdown>
        </Field>
      </div>
      <Button size="small" appearance="subtle" onClick={onGo} style={{ marginTop: 6 }}
        aria-label={`转到此表：${kindName(t.kind)}（${t.sheet} ${rangeA1(t.range)}）`}>转到此表</Button>
    </li>
  );
}
