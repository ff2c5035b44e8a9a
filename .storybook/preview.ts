import type { Preview } from '@storybook/react-vite';
import '../src/ui/styles.css';
import '@xyflow/react/dist/style.css';

const preview: Preview = {
  parameters: {
    // Accessibility violations fail the story tests, so a11y is part of done.
    // In the story tests only the violations are gathered in full (what fails a test): the same rules,
    // less work per story; Storybook's own accessibility panel still lists passes and incomplete checks.
    a11y: {
      test: 'error',
      ...(import.meta.env.MODE === 'test' ? { options: { resultTypes: ['violations'] } } : {}),
    },
    layout: 'fullscreen',
  },
};
export default preview;
