import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ReactNode } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { ViewStoreProvider } from '../state/ViewStore.tsx';
import { coventryPathway } from '../testing/pathways.ts';
import { ConcernsEditor } from './ConcernsEditor.tsx';
import { EditorPanel } from './EditorPanel.tsx';
import { EditorStoreProvider } from './EditorStore.tsx';
import { EditorProblems } from './EditorProblems.tsx';
import { LevelsBoard } from './LevelsBoard.tsx';
import { ServiceEditor } from './ServiceEditor.tsx';
import { RoutesEditor } from './RoutesEditor.tsx';
import './editor.css';

/** A part of the editor with its own view and editor actors, on the Coventry pathway. */
function Editing({ children, service }: { children: ReactNode; service?: string }): ReactNode {
  return (
    <ViewStoreProvider initial={service ? { selectedServiceId: service as never, sideTab: 'edit' } : {}}>
      <EditorStoreProvider pathway={coventryPathway}>
        <div style={{ width: '720px', display: 'flex', flexDirection: 'column' }} className="editor">
          {children}
        </div>
      </EditorStoreProvider>
    </ViewStoreProvider>
  );
}

const meta = {
  title: 'Editor/EditorPanel',
  component: EditorPanel,
  parameters: { layout: 'fullscreen' },
} satisfies Meta<typeof EditorPanel>;
export default meta;
type Story = StoryObj<typeof meta>;

const cardOf = (root: HTMLElement, id: string) => {
  const el = root.querySelector<HTMLElement>(`[data-card="${id}"]`);
  if (!el) throw new Error(`no card ${id}`);
  return el;
};
const levelOf = (card: HTMLElement) => card.closest('section')?.getAttribute('aria-label') ?? '';
const orderIn = (card: HTMLElement) =>
  [...(card.closest('ol')?.querySelectorAll<HTMLElement>('[data-card]') ?? [])].map((c) => c.dataset.card);

/** The whole editor: valid to start with; emptying a name lists the schema's message and blocks Save, with the reason. */
export const Whole: Story = {
  render: () => (
    <ViewStoreProvider initial={{ selectedServiceId: 'school' as never, sideTab: 'edit' }}>
      <EditorStoreProvider pathway={coventryPathway}>
        <div style={{ width: '720px', height: '900px', display: 'flex' }}>
          <EditorPanel />
        </div>
      </EditorStoreProvider>
    </ViewStoreProvider>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByTestId('editor-validity')).toHaveTextContent('The pathway is valid.');
    const save = canvas.getByRole('button', { name: 'Save pathway' });
    await expect(save).toHaveAttribute('aria-disabled', 'false');
    const name = canvas.getByRole('textbox', { name: 'Name' });
    await userEvent.clear(name);
    await expect(canvas.getByTestId('editor-validity')).toHaveTextContent(
      /services\[\d+\]\.label: "" must not be empty/,
    );
    await expect(save).toHaveAttribute('aria-disabled', 'true');
    await expect(save).toHaveAccessibleDescription(/Fix the problem listed below first/);
    // Undo brings the name back in one step (typing in one field is one step).
    await userEvent.click(canvas.getByRole('button', { name: 'Undo' }));
    await expect(name).toHaveValue('School');
    await expect(save).toHaveAttribute('aria-disabled', 'false');
    await userEvent.click(canvas.getByRole('button', { name: 'Redo' }));
    await expect(name).toHaveValue('');
  },
};

/** The levels board: Alt+arrow keys and the arrow buttons move a service; a drag moves it before another. */
export const Board: Story = {
  render: () => (
    <Editing service="school">
      <LevelsBoard />
    </Editing>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const school = cardOf(canvasElement, 'school');
    const level = levelOf(school);
    const before = orderIn(school);
    school.focus();
    await userEvent.keyboard('{Alt>}{ArrowDown}{/Alt}');
    await waitFor(() => expect(orderIn(cardOf(canvasElement, 'school'))[1]).toBe('school'));
    await expect(cardOf(canvasElement, 'school')).toHaveFocus();
    await userEvent.keyboard('{Alt>}{ArrowRight}{/Alt}');
    await waitFor(() => expect(levelOf(cardOf(canvasElement, 'school'))).not.toBe(level));
    await expect(cardOf(canvasElement, 'school')).toHaveFocus();
    await userEvent.click(canvas.getByRole('button', { name: 'Move School to the level before' }));
    await waitFor(() => expect(levelOf(cardOf(canvasElement, 'school'))).toBe(level));
    await userEvent.click(canvas.getByRole('button', { name: 'Move School up' }));
    await waitFor(() => expect(orderIn(cardOf(canvasElement, 'school'))).toEqual(before));
    // Drag the GP onto the first service of another level: it goes there, before it.
    const gp = cardOf(canvasElement, 'gp');
    const target = canvasElement.querySelectorAll<HTMLElement>('.editor-level')[2]?.querySelector('li');
    if (!target) throw new Error('no third level');
    // Native drag events sharing one DataTransfer, as a pointer's drag makes them.
    const dataTransfer = new DataTransfer();
    const drag = (el: Element, type: string) =>
      el.dispatchEvent(new DragEvent(type, { dataTransfer, bubbles: true, cancelable: true }));
    drag(gp.closest('li') as HTMLElement, 'dragstart');
    drag(target, 'dragover');
    drag(target, 'drop');
    await waitFor(() => expect(orderIn(cardOf(canvasElement, 'gp'))[0]).toBe('gp'));
    await expect(levelOf(cardOf(canvasElement, 'gp'))).toBe(
      target.closest('section')?.getAttribute('aria-label'),
    );
  },
};

/** Levels: add one, move it, rename it; a level with services cannot be removed, and says so. */
export const Levels: Story = {
  render: () => (
    <Editing>
      <LevelsBoard />
    </Editing>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByRole('textbox', { name: 'New level' }), 'Aftercare{Enter}');
    await expect(canvas.getByRole('region', { name: 'Level Aftercare' })).toBeInTheDocument();
    await userEvent.click(canvas.getByRole('button', { name: 'Move level Aftercare left' }));
    const levels = canvas.getAllByRole('region', { name: /^Level / });
    await expect(levels.at(-2)).toHaveAccessibleName('Level Aftercare');
    await userEvent.type(
      canvas.getByRole('textbox', { name: 'New service in Aftercare' }),
      'Follow-up clinic{Enter}',
    );
    await expect(
      within(levels.at(-2) as HTMLElement).getByRole('button', { name: 'Follow-up clinic' }),
    ).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Remove level Aftercare' }));
    await expect(canvas.getByRole('region', { name: 'Level Aftercare' })).toBeInTheDocument();
  },
};

/** Routes: add one (with an activity), a second time is refused with the reason; remove it. */
export const Routes: Story = {
  render: () => (
    <Editing>
      <RoutesEditor />
    </Editing>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const count = coventryPathway.routes.length;
    await expect(canvas.getByRole('heading', { name: `Routes (${String(count)})` })).toBeVisible();
    await userEvent.selectOptions(canvas.getByRole('combobox', { name: 'From' }), 'Police');
    await userEvent.selectOptions(canvas.getByRole('combobox', { name: 'To' }), 'School');
    await userEvent.selectOptions(
      canvas.getByRole('combobox', { name: 'Activity at the destination' }),
      'referral',
    );
    await userEvent.click(canvas.getByRole('button', { name: 'Add route' }));
    await expect(canvas.getByRole('heading', { name: `Routes (${String(count + 1)})` })).toBeVisible();
    const remove = canvas.getByRole('button', { name: 'Remove route Police to School (referral)' });
    await userEvent.click(remove);
    await expect(canvas.getByRole('heading', { name: `Routes (${String(count)})` })).toBeVisible();
  },
};

/** Concern codes: add one (its id made from the label), rename it, remove it. */
export const Concerns: Story = {
  render: () => (
    <Editing>
      <ConcernsEditor />
    </Editing>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const count = coventryPathway.concerns.length;
    await userEvent.type(canvas.getByRole('textbox', { name: 'New concern code' }), 'Online harm{Enter}');
    await expect(canvas.getByRole('heading', { name: `Concern codes (${String(count + 1)})` })).toBeVisible();
    const field = canvas.getByRole('textbox', { name: 'online_harm' });
    await expect(field).toHaveValue('Online harm');
    await userEvent.click(canvas.getByRole('button', { name: 'Remove concern Online harm' }));
    await expect(canvas.getByRole('heading', { name: `Concern codes (${String(count)})` })).toBeVisible();
  },
};

/** The selected service: tags, agency, audit notes and targets; an hour below zero is a problem until fixed. */
export const Service: Story = {
  render: () => (
    <Editing service="gp">
      <ServiceEditor />
      <EditorProblems />
    </Editing>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const crisis = canvas.getByRole('checkbox', { name: 'crisis' });
    await expect(crisis).not.toBeChecked();
    await userEvent.click(crisis);
    await expect(crisis).toBeChecked();
    const agency = canvas.getByRole('textbox', { name: 'Agency' });
    await userEvent.clear(agency);
    await userEvent.type(agency, 'NHS');
    await expect(agency).toHaveValue('NHS');
    const worried = canvas.getByRole('textbox', { name: 'Worried about' });
    await userEvent.clear(worried);
    await userEvent.type(worried, 'Long waits{Enter}No follow-up');
    await expect(worried).toHaveValue('Long waits\nNo follow-up');
    await userEvent.click(canvas.getByRole('button', { name: 'Add target' }));
    const hours = canvas.getAllByRole('spinbutton', { name: 'Hours' }).at(-1) as HTMLElement;
    await userEvent.clear(hours);
    await userEvent.type(hours, '-4');
    await expect(canvas.getByTestId('editor-validity')).toHaveTextContent(/targets\[\d+\]\.hours/);
    await userEvent.clear(hours);
    await userEvent.type(hours, '72');
    await expect(canvas.getByTestId('editor-validity')).toHaveTextContent('The pathway is valid.');
  },
};
