import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState, type ComponentProps } from 'react';
import { expect, fireEvent, fn, userEvent, waitFor, within } from 'storybook/test';
import { coventryPathway } from '../testing/pathways.ts';
import { FiltersPanel, type FiltersValue } from './FiltersPanel.tsx';

const start: FiltersValue = {
  concerns: [],
  attributes: {},
  reachedCrisis: null,
  withMissedPoints: null,
  windowDays: 28,
  horizonDays: 365,
};

/** The panel with its values held in state, as the screen holds them in the view state. */
function Stateful(props: ComponentProps<typeof FiltersPanel>) {
  const [value, setValue] = useState(props.value);
  return (
    <div style={{ padding: '8px', minHeight: '420px' }}>
      <FiltersPanel
        {...props}
        value={value}
        onConcernsChange={(concerns) => {
          setValue((v) => ({ ...v, concerns }));
          props.onConcernsChange(concerns);
        }}
        onAttributeChange={(name, values) => {
          setValue((v) => ({ ...v, attributes: { ...v.attributes, [name]: values } }));
          props.onAttributeChange(name, values);
        }}
        onOutcomeChange={(change) => {
          setValue((v) => ({ ...v, ...change }));
          props.onOutcomeChange(change);
        }}
        onParametersChange={(change) => {
          setValue((v) => ({ ...v, ...change }));
          props.onParametersChange(change);
        }}
        onReset={() => {
          setValue((v) => ({ ...start, windowDays: v.windowDays, horizonDays: v.horizonDays }));
          props.onReset();
        }}
      />
    </div>
  );
}

const meta = {
  title: 'Explorer/FiltersPanel',
  component: FiltersPanel,
  parameters: { layout: 'fullscreen' },
  render: (args) => <Stateful {...args} />,
  args: {
    value: start,
    concernOptions: coventryPathway.concerns.slice(0, 8).map((c) => ({ value: c.id, label: c.label })),
    attributeOptions: [{ name: 'age_band', values: ['16-17', '14-15', '11-13'] }],
    onConcernsChange: fn(),
    onAttributeChange: fn(),
    onOutcomeChange: fn(),
    onParametersChange: fn(),
    onReset: fn(),
  },
} satisfies Meta<typeof FiltersPanel>;
export default meta;
type Story = StoryObj<typeof meta>;

export const ChooseFilters: Story = {
  play: async ({ canvasElement, args, step }) => {
    const canvas = within(canvasElement);
    await step('concerns: a menu of checkboxes, opened from the keyboard', async () => {
      const button = canvas.getByText('Concerns:').closest('summary');
      if (!button) throw new Error('no concerns menu');
      button.focus();
      await userEvent.keyboard('{Enter}');
      await userEvent.click(canvas.getByRole('checkbox', { name: 'Self-harm' }));
      await userEvent.click(canvas.getByRole('checkbox', { name: 'Anxiety' }));
      await expect(args.onConcernsChange).toHaveBeenLastCalledWith(['self_harm', 'anxiety']);
      await expect(button).toHaveTextContent('Concerns: 2 chosen');
      await userEvent.keyboard('{Escape}');
      await expect(button).toHaveFocus();
    });
    await step('an extra column of the cohort, its values in natural order', async () => {
      await userEvent.click(canvas.getByText('Age band:'));
      const boxes = canvas.getAllByRole('checkbox').map((b) => b.getAttribute('id') ?? '');
      await expect(boxes.length).toBe(3 + 8);
      await userEvent.click(canvas.getByRole('checkbox', { name: '14-15' }));
      await expect(args.onAttributeChange).toHaveBeenLastCalledWith('age_band', ['14-15']);
    });
    await step('crisis reached and missed points', async () => {
      await userEvent.selectOptions(canvas.getByRole('combobox', { name: 'Reached crisis' }), 'no');
      await expect(args.onOutcomeChange).toHaveBeenLastCalledWith({ reachedCrisis: false });
      await userEvent.selectOptions(canvas.getByRole('combobox', { name: 'Missed points' }), 'yes');
      await expect(args.onOutcomeChange).toHaveBeenLastCalledWith({ withMissedPoints: true });
      await userEvent.click(canvas.getByRole('button', { name: 'Clear filters' }));
      await expect(args.onReset).toHaveBeenCalled();
    });
  },
};

export const RuleParameters: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const w = canvas.getByRole('spinbutton', { name: /Response window/ });
    await userEvent.clear(w);
    await userEvent.type(w, '14');
    await expect(args.onParametersChange).toHaveBeenLastCalledWith({ windowDays: 14, windowUnit: 'days' });
    // Beyond the limit: a message in words; nothing is sent.
    await userEvent.type(w, '00');
    await waitFor(() =>
      expect(canvas.getByRole('alert')).toHaveTextContent(
        'window must be a whole number of days from 0 to 365, not 1400.',
      ),
    );
    await expect(w).toHaveAttribute('aria-invalid', 'true');
    await expect(args.onParametersChange).not.toHaveBeenCalledWith({ windowDays: 1400, windowUnit: 'days' });
    // The slider sets H too.
    await fireEvent.change(canvas.getByRole('slider', { name: /Crisis horizon/ }), {
      target: { value: '180' },
    });
    await expect(args.onParametersChange).toHaveBeenLastCalledWith({ horizonDays: 180, horizonUnit: 'days' });
    await expect(canvas.getByRole('spinbutton', { name: /Crisis horizon/ })).toHaveValue(180);
  },
};

/** An acute pathway: W and H in hours, chosen from the keyboard; whole days stay the default. */
export const ParametersInHours: Story = {
  play: async ({ canvasElement, args, step }) => {
    const canvas = within(canvasElement);
    const w = canvas.getByRole('spinbutton', { name: /Response window/ });
    const unit = canvas.getByRole('combobox', { name: 'Response window: unit' });
    await expect(unit).toHaveValue('days');
    await step('switching to hours keeps the same span: 28 days are 672 hours', async () => {
      await userEvent.selectOptions(unit, 'hours');
      await expect(args.onParametersChange).toHaveBeenLastCalledWith({ windowDays: 28, windowUnit: 'hours' });
      await expect(w).toHaveValue(672);
    });
    await step('6 hours is sent as a quarter of a day, in hours', async () => {
      await userEvent.clear(w);
      await userEvent.type(w, '6');
      await expect(args.onParametersChange).toHaveBeenLastCalledWith({
        windowDays: 0.25,
        windowUnit: 'hours',
      });
      await expect(canvas.getByText('From 0 to 8760 hours.')).toBeInTheDocument();
    });
    await step('H of less than an hour is refused in words', async () => {
      const hUnit = canvas.getByRole('combobox', { name: 'Crisis horizon: unit' });
      await userEvent.selectOptions(hUnit, 'hours');
      const h = canvas.getByRole('spinbutton', { name: /Crisis horizon/ });
      await userEvent.clear(h);
      await userEvent.type(h, '0');
      await waitFor(() =>
        expect(canvas.getByRole('alert')).toHaveTextContent(
          'horizon must be a whole number of hours from 1 to 87600 (e.g. 6h), not 0.',
        ),
      );
    });
    await step('back to days: 6 hours round to the nearest whole day', async () => {
      await userEvent.selectOptions(unit, 'days');
      await expect(args.onParametersChange).toHaveBeenLastCalledWith({ windowDays: 0, windowUnit: 'days' });
    });
  },
};
