/**
 * One chart in the 说明 tab: the PNG the .docx embeds, scaled to the pane's width, with
 * 「图N 标题」 and its figures beneath as text (the numbers are readable and copyable; the alt text
 * is the same caption, so a screen reader gets the figures, not 「图片」).
 */
import { Text, makeStyles, tokens } from '@fluentui/react-components';
import type { PaneChart } from './chart-images';

const useStyles = makeStyles({
  figure: { margin: '4px 0 12px 0', display: 'flex', flexDirection: 'column', alignItems: 'center', gap: '4px' },
  img: { maxWidth: '100%', height: 'auto', border: `1px solid ${tokens.colorNeutralStroke2}` },
  caption: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, textAlign: 'left', alignSelf: 'stretch' },
});

export function ChartFigure({ chart }: { chart: PaneChart }) {
  const s = useStyles();
  return (
    <figure className={s.figure} data-testid="narrative-chart" data-chart={chart.id}>
      <img className={s.img} src={chart.src} width={chart.width} height={chart.height} alt={`${chart.title}：${chart.caption}`} />
      <figcaption className={s.caption}>
        <Text weight="semibold" size={200}>{chart.title}</Text>
        <Text size={200} block>{chart.caption}</Text>
      </figcaption>
    </figure>
  );
}
