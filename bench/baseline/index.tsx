/**
 * The benchmark baseline: the smallest React + Fluent UI page, built by the same webpack
 * config as the task pane (production, esbuild-loader) and measured the same way.
 */
import { createRoot } from 'react-dom/client';
import { Button, FluentProvider, Text, webLightTheme } from '@fluentui/react-components';

function Baseline() {
  return (
    <FluentProvider theme={webLightTheme}>
      <main>
        <Text as="h1" size={500}>Baseline</Text>
        <Button appearance="primary">OK</Button>
      </main>
    </FluentProvider>
  );
}

createRoot(document.getElementById('root')!).render(<Baseline />);
requestAnimationFrame(() => {
  document.documentElement.dataset.paneReady = 'baseline';
  performance.mark('pane-interactive');
});
