/** Entry of taskpane.html: decide the host, then render the pane (Fluent v9, light theme). */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { detectHost } from './host/detect';

const container = document.getElementById('root');
if (container) {
  void detectHost().then((host) => {
    document.documentElement.dataset.host = host;
    createRoot(container).render(
      <FluentProvider theme={webLightTheme} style={{ height: '100%' }}>
        <App host={host} />
      </FluentProvider>,
    );
  });
}
