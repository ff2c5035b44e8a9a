import type { Preview } from '@storybook/react-vite';
import '../src/ui/styles.css';
import '@xyflow/react/dist/style.css';

const preview: Preview = {
  parameters: {
    // Accessibility violations fail the story tests, so a11y is part of done.
    a11y: { test: 'error' },
    layout: 'fullscreen',
  },
};
export default preview;
