import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { coventryPathway, minimalPathway } from '../testing/pathways.ts';
import { serviceDetails, type ServiceDetails } from './serviceDetails.ts';
import { ServicePanel } from './ServicePanel.tsx';

function details(pathway: typeof coventryPathway, id: string): ServiceDetails {
  const d = serviceDetails(pathway, id);
  if (!d) throw new Error(`no service ${id}`);
  return d;
}

const meta = {
  title: 'Panel/ServicePanel',
  component: ServicePanel,
  parameters: { layout: 'padded' },
  decorators: [
    (Story) => (
      <div style={{ maxWidth: '380px' }}>
        <Story />
      </div>
    ),
  ],
  args: { details: details(coventryPathway, 'acute_liaison'), onSelect: fn(), onClose: fn() },
} satisfies Meta<typeof ServicePanel>;
export default meta;
type Story = StoryObj<typeof meta>;

/** A crisis service with a target (assessed within 48 hours) and what the audit found working well. */
export const AcuteLiaison: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(
      canvas.getByRole('heading', { level: 2, name: 'CAMHS acute liaison team' }),
    ).toBeInTheDocument();
    await expect(canvas.getByText('Assessed within 48 hours of referral')).toBeInTheDocument();
    await expect(canvas.getByRole('heading', { level: 4, name: 'What is working well' })).toBeInTheDocument();
    await expect(canvas.queryByRole('heading', { level: 4, name: 'What are we worried about' })).toBeNull();
    const out = canvas.getByRole('region', { name: 'Routes out' });
    await userEvent.click(within(out).getByRole('button', { name: /Ward 14/ }));
    await expect(args.onSelect).toHaveBeenCalledWith('ward14');
    await userEvent.click(canvas.getByRole('button', { name: 'Close service details' }));
    await expect(args.onClose).toHaveBeenCalled();
  },
};

/** An early-intervention service with notes in all three Signs of Safety columns and many routes out. */
export const School: Story = {
  args: { details: details(coventryPathway, 'school') },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    for (const title of ['What is working well', 'What are we worried about', 'What needs to happen']) {
      await expect(canvas.getByRole('heading', { level: 4, name: title })).toBeInTheDocument();
    }
    const out = canvas.getByRole('region', { name: 'Routes out' });
    await expect(
      within(out).getByRole('button', { name: /Mental Health Support Team \(MHST\)\s*referral/ }),
    ).toBeInTheDocument();
  },
};

/** A service the audit said nothing about, with no tags beyond crisis. */
export const WithoutAuditNotes: Story = {
  args: { details: details(minimalPathway, 'ed') },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('The audit recorded no notes for this service.')).toBeInTheDocument();
  },
};
