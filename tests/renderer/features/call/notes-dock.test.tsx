import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CUE_PAUSE_MS } from '../../../../renderer/features/call/use-note-cues';
import { defaultArPlaybook } from '../../../../shared/playbooks/default-ar-playbook';
import { EXPERT, coachCard, openSituation, renderCall, stepStrip } from './render-call';

const [prepare] = defaultArPlaybook.steps;
const CHECK_CUE = 'the cheque went in the post yesterday';
const HOSTILE = 'says you people are useless';
const REACTING = defaultArPlaybook.donts.find((dont) => dont.id === 'reacting')!.text;

const notes = () => screen.getByRole('textbox', { name: 'Notes' });

/** The live region the chip shows in; always on the page, so a new chip is heard. */
function cueSlot(): HTMLElement {
  const slot = screen.getAllByRole('status').find((region) => region.matches('.cue-slot'));
  if (!slot) throw new Error('No cue slot in the notes dock.');
  return slot;
}

const dismissButtons = () =>
  within(cueSlot()).queryAllByRole('button', { name: 'Dismiss the suggestion' });

/** Long enough after typing for the notes to have been read, so "no chip" means none came. */
const afterThePause = () => new Promise((resolve) => setTimeout(resolve, CUE_PAUSE_MS * 3));

// Each test starts main's real core, which is slow on a busy machine.
describe('NotesDock', { timeout: 60_000 }, () => {
  it('has the notes box, three lines high, described by the save status', async () => {
    await renderCall();

    expect(notes().tagName).toBe('TEXTAREA');
    expect(notes()).toHaveAttribute('rows', '3');
    expect(notes()).toHaveAccessibleDescription('All changes saved');
  });

  it('keeps End call on the notes’ own line, beside the label and the save status', async () => {
    await renderCall();

    const head = screen.getByText('Notes', { selector: 'label' }).parentElement!;

    expect(within(head).getByRole('button', { name: 'End call' })).toBeInTheDocument();
    expect(head).toHaveTextContent('All changes saved');
  });

  it('opens the wrap-up in the working area when End call is pressed, focus on Outcome', async () => {
    const { user } = await renderCall();

    await user.click(screen.getByRole('button', { name: 'End call' }));

    const wrapUp = screen.getByRole('region', { name: 'Wrap up' });
    expect(within(wrapUp).getByRole('combobox', { name: /^Outcome/ })).toHaveFocus();
    expect(screen.queryByRole('article', { name: prepare!.title })).toBeNull();
    // Only the wrap-up's own End call is left, so there is one way to end it.
    expect(screen.getAllByRole('button', { name: 'End call' })).toHaveLength(1);
    expect(wrapUp).toContainElement(screen.getByRole('button', { name: 'End call' }));
  });

  it('sends focus to the current step when Escape is pressed in the notes', async () => {
    const { user } = await renderCall();
    await user.click(notes());

    await user.keyboard('{Escape}');

    expect(within(stepStrip()).getByRole('checkbox', { name: prepare!.title })).toHaveFocus();
  });

  describe('cue chip', () => {
    it('suggests Check in the mail once typing pauses, not before', async () => {
      const { user } = await renderCall();

      await user.type(notes(), CHECK_CUE);
      expect(cueSlot()).toBeEmptyDOMElement();

      expect(await within(cueSlot()).findByText(/^Sounds like/)).toHaveTextContent(
        'Sounds like Check in the mail',
      );
      expect(within(cueSlot()).getByRole('button', { name: 'Open Alt+Shift+M' })).toHaveAttribute(
        'aria-keyshortcuts',
        'Alt+Shift+M M',
      );
    });

    it('never takes focus: typing goes on in the notes', async () => {
      const { user } = await renderCall();
      await user.type(notes(), CHECK_CUE);
      await within(cueSlot()).findByText(/^Sounds like/);

      await user.keyboard(', will call back');

      expect(notes()).toHaveFocus();
      expect(notes()).toHaveValue(`${CHECK_CUE}, will call back`);
    });

    it('suggests nothing for words that only look like a cue', async () => {
      const { user } = await renderCall();

      await user.type(notes(), 'she will check her email and the mailroom');
      await afterThePause();

      expect(cueSlot()).toBeEmptyDOMElement();
    });

    it('brings up a reminder when the notes sound hostile', async () => {
      const { user } = await renderCall();

      await user.type(notes(), HOSTILE);

      expect(await within(cueSlot()).findByText(/^Keep in mind:/)).toHaveTextContent(
        `Keep in mind: ${REACTING}`,
      );
      expect(within(cueSlot()).queryByRole('button', { name: /^Open/ })).toBeNull();
    });

    it('shows one chip at a time: the latest cue takes the place of the one before', async () => {
      const { user } = await renderCall();
      await user.type(notes(), CHECK_CUE);
      await within(cueSlot()).findByText(/^Sounds like/);

      await user.type(notes(), `. ${HOSTILE}`);

      await within(cueSlot()).findByText(/^Keep in mind:/);
      expect(within(cueSlot()).queryByText(/^Sounds like/)).toBeNull();
      expect(dismissButtons()).toHaveLength(1);
    });

    it('removes the chip when dismissed, and does not suggest it again in this call', async () => {
      const { user } = await renderCall();
      await user.type(notes(), CHECK_CUE);
      await within(cueSlot()).findByText(/^Sounds like/);

      await user.click(dismissButtons()[0]!);
      expect(cueSlot()).toBeEmptyDOMElement();
      await user.type(notes(), '. Again: the cheque is in the post');
      await afterThePause();

      expect(cueSlot()).toBeEmptyDOMElement();
    });

    it('still brings up other cues after one was dismissed', async () => {
      const { user } = await renderCall();
      await user.type(notes(), CHECK_CUE);
      await user.click(await within(cueSlot()).findByRole('button', { name: /^Dismiss/ }));

      await user.type(notes(), `. ${HOSTILE}`);

      expect(await within(cueSlot()).findByText(/^Keep in mind:/)).toBeInTheDocument();
    });

    it('opens the situation it suggests, focus in its first field, and is used up', async () => {
      const { user, testApi, call } = await renderCall();
      await user.type(notes(), CHECK_CUE);

      await user.click(await within(cueSlot()).findByRole('button', { name: 'Open Alt+Shift+M' }));

      const section = await screen.findByRole('region', { name: 'Check in the mail' });
      await waitFor(() => expect(within(section).getByLabelText('Mailed on')).toHaveFocus());
      expect(cueSlot()).toBeEmptyDOMElement();
      await waitFor(() =>
        expect(testApi.control.storedCall(call.id)?.branches.map((b) => b.branchId)).toEqual([
          'check-in-mail',
        ]),
      );
    });

    it('goes once the suggested situation is opened some other way (its keys)', async () => {
      const { user } = await renderCall();
      await user.type(notes(), CHECK_CUE);
      await within(cueSlot()).findByText(/^Sounds like/);

      await user.keyboard('{Alt>}{Shift>}M{/Shift}{/Alt}');

      await screen.findByRole('region', { name: 'Check in the mail' });
      await waitFor(() => expect(cueSlot()).toBeEmptyDOMElement());
    });

    it('does not suggest a situation that is already open', async () => {
      const { user } = await renderCall({}, EXPERT);
      await openSituation(user, 'Check in the mail');
      await user.keyboard('{Escape}');
      expect(coachCard(prepare!.title)).toBeInTheDocument();

      await user.type(notes(), CHECK_CUE);
      await afterThePause();

      expect(cueSlot()).toBeEmptyDOMElement();
    });
  });
});
