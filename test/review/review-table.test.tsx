/** The pane's 公开质量 table (taskpane/check/ReviewTable.tsx) renders the engine's reviewer summary. */
import { renderToString } from 'react-dom/server';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { ReviewTable } from '../../taskpane/check/ReviewTable';
import { analyze } from '../../src/engine';
import { loadWorkbook } from '../../src/cli/load';
import { fixturePath } from '../fixtures';

test('永登 (real balance errors, no 说明): 准确性 需改进, 说明质量 未检查', async () => {
  const a = analyze((await loadWorkbook(fixturePath('yongdeng-2024'))).sheets);
  const html = renderToString(<FluentProvider theme={webLightTheme}><ReviewTable analysis={a} /></FluentProvider>);
  expect(html).toMatch(/review-准确性.*?需改进.*?<\/tr>/);
  expect(html).toMatch(/review-说明质量.*?未检查/);
  expect(html).toContain('公开质量：准确性需改进');
});
