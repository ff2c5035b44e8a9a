import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState, type ComponentProps } from 'react';
import { expect, fn, userEvent, within } from 'storybook/test';
import type { Variant } from '../../core/analysis/journeyVariants.ts';
import { coventryFixture } from '../testing/cohortFixture.ts';
import { variantKey } from './variantModel.ts';
import { VariantList } from './VariantList.tsx';

function VariantListWithSelection(props: ComponentProps<typeof VariantList>) {
  const [selected, setSelected] = useState(props.selectedKey);
  return (
    <VariantList
      {...props}
      selectedKey={selected}
      onSelect={(v) => {
        setSelected(variantKey(v));
        props.onSelect(v);
      }}
    />
  );
}

/** Routes shared by several journeys, as a larger cohort would have them (ten synthetic journeys all differ). */
const shared: Variant[] = [
  { services: ['school', 'gp', 'ed', 'ward14'], journeys: 3, journeyIndices: [0, 4, 7] },
  {
    services: ['school', 'crisis_line', 'ed', 'acute_liaison', 'ward14'],
    journeys: 2,
    journeyIndices: [1, 5],
  },
  { services: ['gp', 'rise_community'], journeys: 1, journeyIndices: [2] },
];

const meta = {
  title: 'Journeys/VariantList',
  component: VariantList,
  parameters: { layout: 'padded' },
  decorators: [
    (Story) => (
      <div style={{ maxWidth: '760px' }}>
        <Story />
      </div>
    ),
  ],
  render: (args) => <VariantListWithSelection {...args} />,
  args: {
    variants: shared,
    pathway: coventryFixture.pathway,
    selectedKey: null,
    onSelect: fn(),
    synthetic: true,
  },
} satisfies Meta<typeof VariantList>;
export default meta;
type Story = StoryObj<typeof meta>;

export const SelectOne: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const first = canvas.getByRole('button', {
      name: "School then GP (primary care) then Emergency department (UHCW) then Ward 14 (UHCW children's ward) — 3 journeys",
    });
    await expect(first).toHaveAttribute('aria-pressed', 'false');
    const second = canvas.getByRole('button', {
      name: /^School then Rise 24-hour crisis line .*2 journeys$/,
    });
    await userEvent.click(second);
    await expect(args.onSelect).toHaveBeenCalledWith(shared[1]);
    await expect(second).toHaveAttribute('aria-pressed', 'true');
    await expect(first).toHaveAttribute('aria-pressed', 'false');
  },
};

/** The ten journeys of the shipped synthetic cohort: every route differs. */
export const SyntheticCohort: Story = {
  args: { variants: coventryFixture.variants },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getAllByRole('button')).toHaveLength(10);
    await expect(canvas.getByRole('heading', { name: /Most common routes/ })).toHaveTextContent('Synthetic');
  },
};
