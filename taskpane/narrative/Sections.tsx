/** The generated sections, each editable as plain text (one paragraph a line), each chart after its section. */
import { Field, Text, makeStyles, tokens } from '@fluentui/react-components';
import { Fragment } from 'react';
import type { NarrativeDoc } from '../../src/narrative/types';
import { placeFigures } from '../../src/narrative/render/place-figures';
import { AutoTextarea } from '../common/AutoTextarea';
import type { PaneChart } from './chart-images';
import { ChartFigure } from './ChartFigure';
import { sectionText } from './edit';

const useStyles = makeStyles({
  section: { marginBottom: '8px' },
  notes: { display: 'block', color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五', '十六'];

export function Sections({ doc, edits, onEdit, charts = [] }: { doc: NarrativeDoc; edits: Map<number, string>; onEdit: (i: number, text: string) => void; charts?: PaneChart[] }) {
  const s = useStyles();
  const placed = placeFigures(doc, charts);
  let top = 0;
  return (
    <div data-testid="narrative-sections">
      {doc.title && <Text as="h3" weight="semibold" block>{doc.title}</Text>}
      {doc.sections.map((sec, i) => {
        const label = sec.level === 1 ? `${NUMERALS[top++] ?? top}、${sec.heading}` : sec.heading;
        return (
          <Fragment key={`${sec.id}-${i}`}>
            <Field className={s.section} label={label}>
              <AutoTextarea value={edits.get(i) ?? sectionText(doc, i)} onChange={(_, d) => onEdit(i, d.value)}
                data-testid="section-text" />
            </Field>
            {placed[i].map((c) => <ChartFigure key={c.id} chart={c} />)}
          </Fragment>
        );
      })}
      {doc.notes.map((n, i) => (
        <Text key={i} className={s.notes}>注意：{n}</Text>
      ))}
    </div>
  );
}
