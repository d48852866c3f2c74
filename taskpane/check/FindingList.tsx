/** Findings in groups (by table or by rule), each group a labelled list. */
import { Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Finding } from '../../src/findings';
import { findingKey } from '../state/diff';
import type { FindingGroup } from './filter';
import { FindingItem } from './FindingItem';

const useStyles = makeStyles({
  group: { margin: '8px 0' },
  heading: { display: 'block', margin: '4px 0', fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase300 },
  list: { listStyle: 'none', margin: 0, padding: 0 },
});

export interface FindingListProps {
  groups: FindingGroup[];
  newKeys: Set<string>;
  currentKey: string | null;
  onOpen: (f: Finding) => void;
}

export function FindingList({ groups, newKeys, currentKey, onOpen }: FindingListProps) {
  const s = useStyles();
  return (
    <div data-testid="finding-list">
      {groups.map((g) => (
        <section key={g.key} className={s.group} aria-label={g.label}>
          <Text as="h3" className={s.heading}>{g.label}（{g.findings.length}）</Text>
          <ul className={s.list}>
            {g.findings.map((f, i) => {
              const k = findingKey(f);
              return (
                <li key={`${k}#${i}`}>
                  <FindingItem finding={f} isNew={newKeys.has(k)} current={k === currentKey} onOpen={onOpen} />
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}
