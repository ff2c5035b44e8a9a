import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { PathwayScreen } from './PathwayScreen.tsx';
import { ViewStoreProvider } from './state/ViewStore.tsx';
import { coventryPathway, minimalPathway } from './testing/pathways.ts';
import { PathwayMap } from './map/PathwayMap.tsx';

/** The map inside the whole screen, so that selecting a service can be checked in the side panel. */
const meta = {
  title: 'Map/PathwayMap',
  component: PathwayMap,
  args: { pathway: coventryPathway },
  render: (args) => (
    <ViewStoreProvider>
      <div style={{ height: '800px', width: '100%' }}>
        <PathwayScreen pathway={args.pathway} />
      </div>
    </ViewStoreProvider>
  ),
} satisfies Meta<typeof PathwayMap>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Coventry: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    // Every service of the pathway is drawn, named with its lane and key tags.
    for (const s of coventryPathway.services) {
      const named = (name: string) => name.startsWith(`${s.label} — `);
      await expect(await canvas.findByRole('group', { name: named })).toBeInTheDocument();
    }
    await expect(canvas.getByRole('heading', { level: 1, name: coventryPathway.title })).toBeInTheDocument();
  },
};

export const SelectByClick: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('group', { name: /^CAMHS acute liaison team — / }));
    const panel = await canvas.findByTestId('service-panel');
    await expect(
      within(panel).getByRole('heading', { level: 2, name: 'CAMHS acute liaison team' }),
    ).toBeInTheDocument();
    await expect(within(panel).getByText('Assessed within 48 hours of referral')).toBeInTheDocument();
    await expect(within(panel).getByRole('heading', { name: 'What is working well' })).toBeInTheDocument();
    // A route button in the panel selects the service at its other end.
    const out = within(panel).getByRole('region', { name: 'Routes out' });
    await userEvent.click(within(out).getByRole('button', { name: /^Ward 14 .* admission$/ }));
    await waitFor(() =>
      expect(within(panel).getByRole('heading', { level: 2 })).toHaveTextContent('Ward 14'),
    );
  },
};

export const Minimal: Story = {
  args: { pathway: minimalPathway },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const school = await canvas.findByRole('group', { name: 'School — Universal — early intervention' });
    school.focus();
    await userEvent.keyboard('{Enter}');
    const panel = await canvas.findByTestId('service-panel');
    await expect(within(panel).getByRole('heading', { level: 2, name: 'School' })).toBeInTheDocument();
    await expect(within(panel).getByRole('button', { name: /GP/ })).toBeInTheDocument();
    // Enter took the keyboard to the details; Escape there brings it back to the service…
    await waitFor(() => expect(document.activeElement?.id).toBe('panel-title'));
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(document.activeElement).toBe(school));
    // …and Escape on the selected node clears the selection.
    await userEvent.keyboard('{Escape}');
    await expect(await canvas.findByTestId('service-panel-empty')).toBeInTheDocument();
  },
};
