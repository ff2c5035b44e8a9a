import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { CasePlayer } from './CasePlayer.tsx';
import { trainerCase, trainerLoaded } from './testingCases.ts';

/** The presenter view: the player full window, large type, a progress bar, no data panels. */
const meta = {
  title: 'Trainer/PresenterView',
  component: CasePlayer,
  args: {
    kase: trainerCase('C04'),
    loaded: trainerLoaded,
    startIndex: 2,
    presenter: true,
    onPresenter: fn(),
    onFullscreen: fn(),
  },
} satisfies Meta<typeof CasePlayer>;
export default meta;
type Story = StoryObj<typeof meta>;

export const AtAMissedPoint: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const view = await canvas.findByTestId('presenter-view');
    await expect(within(view).getByText('Synthetic case — invented for training')).toBeInTheDocument();
    const bar = canvas.getByRole('progressbar', { name: 'Progress through the case' });
    await expect(bar).toHaveAttribute('aria-valuenow', '3');
    await expect(bar).toHaveAttribute('aria-valuemax', '14');
    await expect(canvas.getByTestId('signs-of-safety')).toBeInTheDocument();
    // No data panels in front of a room.
    // The what-if list is there, so that a branch can be started in front of the room.
    await expect(canvas.getByTestId('what-if')).toBeInTheDocument();
    await expect(canvas.queryByRole('group', { name: 'Player controls' })).not.toBeInTheDocument();

    // M shows the map instead of the Signs of Safety frame.
    await userEvent.keyboard('m');
    await waitFor(() => expect(canvas.getByTestId('trainer-map')).toBeInTheDocument());
    // → steps on; the narration and progress follow.
    await userEvent.keyboard('{ArrowRight}');
    await waitFor(() => expect(bar).toHaveAttribute('aria-valuenow', '4'));
    await expect(canvas.getByTestId('narration')).toHaveTextContent('The child was referred to Early Help.');
    // F asks for full screen, P leaves the presenter view.
    await userEvent.keyboard('f');
    await expect(args.onFullscreen).toHaveBeenCalled();
    await userEvent.keyboard('p');
    await expect(args.onPresenter).toHaveBeenCalledWith(false);
  },
};

export const LaterMissedPoint: Story = {
  args: { kase: trainerCase('C07'), startIndex: 6 },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByTestId('presenter-view');
    await expect(canvas.getByTestId('narration')).toHaveTextContent(
      'Second note on the school system; no referral made',
    );
    await expect(canvas.getByText(/missed points: 2 of 2 reached/)).toBeInTheDocument();
    // N does nothing past the last missed point; → carries on to the crisis.
    await userEvent.keyboard('n');
    await expect(canvas.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '7');
    await userEvent.keyboard('{ArrowRight}');
    await waitFor(() =>
      expect(canvas.getByTestId('narration')).toHaveTextContent(
        'Brought to the emergency department by a parent',
      ),
    );
  },
};
