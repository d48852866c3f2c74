/** The generated sections, each editable as plain text (one paragraph a line). */
import { Field, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { NarrativeDoc } from '../../src/narrative/types';
import { AutoTextarea } from '../common/AutoTextarea';
import { sectionText } from './edit';

const useStyles = makeStyles({
  section: { marginBottom: '8px' },
  notes: { display: 'block', color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五', '十六'];

export function Sections({ doc, edits, onEdit }: { doc: NarrativeDoc; edits: Map<number, string>; onEdit: (i: number, text: string) => void }) {
  const s = useStyles();
  let top = 0;
  return (
    <div data-testid="narrative-sections">
      {doc.title && <Text as="h3" weight="semibold" block>{doc.title}</Text>}
      {doc.sections.map((sec, i) => {
        const label = sec.level === 1 ? `${NUMERALS[top++] ?? top}、${sec.heading}` : sec.heading;
        return (
          <Field key={`${sec.id}-${i}`} className={s.section} label={label}>
            <AutoTextarea value={edits.get(i) ?? sectionText(doc, i)} onChange={(_, d) => onEdit(i, d.value)}
              data-testid="section-text" />
          </Field>
        );
      })}
      {doc.notes.map((n, i) => (
        <Text key={i} className={s.notes}>注意：{n}</Text>
      ))}
    </div>
  );
}
