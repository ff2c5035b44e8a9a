import type { Meta, StoryObj } from '@storybook/react-vite';
import { ReactFlow, ReactFlowProvider } from '@xyflow/react';
import { expect, within } from 'storybook/test';
import type { ServiceId } from '../../core/pathway/types.ts';
import { serviceAriaLabel } from './describe.ts';
import type { ServiceFlowNode, ServiceNodeData } from './flowTypes.ts';
import { layout } from './layout.ts';
import { ServiceNode } from './ServiceNode.tsx';

const nodeTypes = { service: ServiceNode };

interface PreviewProps {
  data: ServiceNodeData;
  selected?: boolean;
}

/** One service node on its own small map, as React Flow draws it (wrapper, focus and accessible name). */
function ServiceNodePreview({ data, selected = false }: PreviewProps) {
  const node: ServiceFlowNode = {
    id: data.serviceId,
    type: 'service',
    position: { x: 0, y: 0 },
    width: layout.nodeWidth,
    height: layout.nodeHeight,
    selected,
    ariaLabel: serviceAriaLabel(data, { label: data.levelLabel }),
    data,
  };
  return (
    <ReactFlowProvider>
      <div style={{ width: '320px', height: '200px' }}>
        <ReactFlow nodes={[node]} nodeTypes={nodeTypes} fitView maxZoom={1} nodesDraggable={false} proOptions={{ hideAttribution: true }} />
      </div>
    </ReactFlowProvider>
  );
}

const data = (over: Partial<ServiceNodeData>): ServiceNodeData => ({
  serviceId: 'school' as ServiceId,
  label: 'School',
  agency: 'Education',
  levelLabel: 'Universal',
  tags: [],
  earlyIntervention: false,
  crisis: false,
  ...over,
});

const meta = {
  title: 'Map/ServiceNode',
  component: ServiceNodePreview,
  parameters: { layout: 'centered' },
  args: { data: data({}) },
} satisfies Meta<typeof ServiceNodePreview>;
export default meta;
type Story = StoryObj<typeof meta>;

export const EarlyIntervention: Story = {
  args: { data: data({ tags: ['early-intervention', 'education'], earlyIntervention: true }) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const node = await canvas.findByRole('group', { name: 'School — Universal — early intervention' });
    await expect(within(node).getByText('Early intervention')).toBeVisible();
    await expect(node).toHaveAttribute('tabindex', '0');
  },
};

export const Crisis: Story = {
  args: {
    data: data({
      serviceId: 'ed' as ServiceId,
      label: 'Emergency department (UHCW)',
      agency: 'UHCW',
      levelLabel: 'Crisis',
      tags: ['crisis', 'nhs', 'hospital'],
      crisis: true,
    }),
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const node = await canvas.findByRole('group', { name: 'Emergency department (UHCW) — Crisis — crisis' });
    await expect(within(node).getByText('Crisis')).toBeVisible();
  },
};

export const Plain: Story = {
  args: {
    data: data({
      serviceId: 'mash' as ServiceId,
      label: 'MASH (multi-agency safeguarding hub)',
      agency: 'Coventry City Council',
      levelLabel: 'Safeguarding',
      tags: ['safeguarding'],
    }),
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const node = await canvas.findByRole('group', { name: 'MASH (multi-agency safeguarding hub) — Safeguarding' });
    await expect(within(node).queryByText('Early intervention')).toBeNull();
    await expect(within(node).queryByText('Crisis')).toBeNull();
  },
};

export const Selected: Story = {
  args: { data: data({ tags: ['early-intervention'], earlyIntervention: true }), selected: true },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const node = await canvas.findByRole('group', { name: /^School/ });
    await expect(node).toHaveClass('selected');
    await expect(node.querySelector('.service-node')).toHaveClass('is-selected');
  },
};
