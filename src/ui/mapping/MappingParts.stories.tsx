import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent, within } from 'storybook/test';
import camhs from '../../../tests/fixtures/profiles/camhs-export.csv?raw';
import { DROP } from '../../core/profile/preview/mappingDraft.ts';
import { previewExport, type ExportPreview } from '../../core/profile/preview/previewExport.ts';
import { coventryPathway } from '../testing/pathways.ts';
import { ColumnRoles } from './ColumnRoles.tsx';
import { TimeFormat } from './TimeFormat.tsx';
import { ValueMap } from './ValueMap.tsx';
import './mapping.css';

const preview: ExportPreview = (() => {
  const r = previewExport('camhs-export.csv', camhs);
  if (!r.ok) throw new Error('the CAMHS fixture has no preview');
  return r.value;
})();

const services = coventryPathway.services.map((s) => ({ id: s.id, label: s.label }));

/** The parts of the mapping dialog, each held in state as the dialog holds them. */
function Parts(props: { onMap: (map: Record<string, string>) => void; onFormats: (f: string[]) => void }) {
  const [roles, setRoles] = useState<Record<string, string>>({ 'Pseudo ID': 'journey', Team: 'service' });
  const [map, setMap] = useState<Record<string, string>>({ School: 'school' });
  const [formats, setFormats] = useState<string[]>(['iso']);
  return (
    <div className="mapping" style={{ padding: '8px', display: 'grid', gap: '16px' }}>
      <ColumnRoles
        preview={preview}
        roleOf={(c) => roles[c] as never}
        onRole={(c, role) => {
          setRoles((r) => ({ ...r, [c]: role ?? '' }));
        }}
      />
      <TimeFormat
        preview={preview}
        column="Event date"
        formats={formats}
        zone="Europe/London"
        onChange={(change) => {
          if (change.formats) {
            setFormats(change.formats);
            props.onFormats(change.formats);
          }
        }}
      />
      <ValueMap
        title="Service"
        preview={preview}
        column="Team"
        map={map}
        targets={services}
        onChange={(next) => {
          setMap(next);
          props.onMap(next);
        }}
      />
    </div>
  );
}

const meta = {
  title: 'Data/Mapping dialog parts',
  component: Parts,
  parameters: { layout: 'fullscreen' },
  args: { onMap: fn(), onFormats: fn() },
} satisfies Meta<typeof Parts>;
export default meta;
type Story = StoryObj<typeof meta>;

/** The columns: the first rows under a role choice per column. */
export const Columns: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText(/23 rows, header on row 3/)).toBeInTheDocument();
    const team = canvas.getByRole('combobox', { name: 'Role of column “Team”' });
    await expect(team).toHaveValue('service');
    await userEvent.selectOptions(
      canvas.getByRole('combobox', { name: 'Role of column “Event”' }),
      'activity',
    );
    await expect(canvas.getByRole('combobox', { name: 'Role of column “Event”' })).toHaveValue('activity');
    await expect(canvas.getByRole('cell', { name: 'Rise Crisis Line' })).toBeInTheDocument();
  },
};

/** Day-first dates: ISO reads none; the UK formats read them all, previewed as they are read. */
export const TimeFormatPreview: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText(/distinct values are not read/)).toBeInTheDocument();
    const box = canvas.getByRole('combobox', { name: /Format/ });
    await userEvent.clear(box);
    await userEvent.type(box, 'dd/MM/yyyy HH:mm | dd/MM/yyyy | excel');
    await expect(args.onFormats).toHaveBeenLastCalledWith(['dd/MM/yyyy HH:mm', 'dd/MM/yyyy', 'excel']);
    await expect(canvas.getByText(/Every one of \d+ distinct values is read/)).toBeInTheDocument();
    await expect(canvas.getByRole('cell', { name: '2020-01-14T09:30:00Z' })).toBeInTheDocument();
  },
};

/** Team names onto services: one by one, searched, and all remaining dropped. */
export const ServiceValues: Story = {
  play: async ({ canvasElement, args, step }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText(/values are not mapped yet/)).toBeInTheDocument();
    await step('one value, chosen from the list', async () => {
      await userEvent.selectOptions(canvas.getByRole('combobox', { name: 'Service for “GP surgery”' }), 'gp');
      await expect(args.onMap).toHaveBeenLastCalledWith({ School: 'school', 'GP surgery': 'gp' });
    });
    await step('search narrows the values', async () => {
      await userEvent.type(canvas.getByRole('searchbox', { name: 'Search service values' }), 'uhcw');
      await expect(canvas.getByRole('combobox', { name: 'Service for “UHCW A&E”' })).toBeInTheDocument();
      await expect(canvas.queryByRole('combobox', { name: 'Service for “School”' })).toBeNull();
    });
    await step('all remaining, dropped', async () => {
      await userEvent.click(canvas.getByRole('button', { name: /^Map \d+ remaining$/ }));
      const last = (args.onMap as unknown as { mock: { lastCall: [Record<string, string>] } }).mock
        .lastCall[0];
      await expect(last['Admin']).toBe(DROP);
      await expect(last['GP surgery']).toBe('gp');
      await expect(canvas.getByText(/^All \d+ values are mapped\.$/)).toBeInTheDocument();
    });
  },
};
