/** Severity and table filters, a search box, and the grouping switch (by table / by rule). */
import { Dropdown, Field, Option, SearchBox, makeStyles } from '@fluentui/react-components';
import type { RecognizedTable } from '../../src/recognize/types';
import { tableLabel, type FindingFilter } from './filter';

const useStyles = makeStyles({
  grid: { display: 'grid', gridTemplateColumns: '1fr 1fr', gap: '6px' },
  wide: { gridColumn: '1 / span 2' },
  dd: { minWidth: '0' },
});

const SEVERITIES: [FindingFilter['severity'], string][] = [
  ['all', '全部级别'],
  ['error', '错误'],
  ['warning', '提示'],
  ['info', '信息'],
];

export interface FiltersProps {
  filter: FindingFilter;
  onChange: (f: FindingFilter) => void;
  groupBy: 'table' | 'rule';
  onGroupBy: (g: 'table' | 'rule') => void;
  tables: RecognizedTable[];
  tableIds: string[];
}

export function Filters({ filter, onChange, groupBy, onGroupBy, tables, tableIds }: FiltersProps) {
  const s = useStyles();
  const sevText = SEVERITIES.find(([k]) => k === filter.severity)?.[1] ?? '';
  const tableText = filter.table === 'all' ? '全部表格' : tableLabel(filter.table, tables);
  return (
    <div className={s.grid} role="group" aria-label="筛选问题">
      <Field label="级别">
        <Dropdown className={s.dd} value={sevText} selectedOptions={[filter.severity]}
          onOptionSelect={(_, d) => onChange({ ...filter, severity: d.optionValue as FindingFilter['severity'] })}>
          {SEVERITIES.map(([k, t]) => (
            <Option key={k} value={k}>{t}</Option>
          ))}
        </Dropdown>
      </Field>
      <Field label="分组">
        <Dropdown className={s.dd} value={groupBy === 'table' ? '按表格' : '按规则'} selectedOptions={[groupBy]}
          onOptionSelect={(_, d) => onGroupBy(d.optionValue as 'table' | 'rule')}>
          <Option value="table">按表格</Option>
          <Option value="rule">按规则</Option>
        </Dropdown>
      </Field>
      <Field label="表格" className={s.wide}>
        <Dropdown className={s.dd} value={tableText} selectedOptions={[filter.table]}
          onOptionSelect={(_, d) => onChange({ ...filter, table: d.optionValue ?? 'all' })}>
          <Option value="all">全部表格</Option>
          {tableIds.map((id) => (
            <Option key={id} value={id} text={tableLabel(id, tables)}>{tableLabel(id, tables)}</Option>
          ))}
        </Dropdown>
      </Field>
      <Field label="搜索" className={s.wide}>
        <SearchBox placeholder="按文字、单元格或规则搜索" value={filter.search}
          onChange={(_, d) => onChange({ ...filter, search: d.value })} />
      </Field>
    </div>
  );
}
