import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { defaultArPlaybook } from '../../../../shared/playbooks/default-ar-playbook';
import { renderCall, stepStrip } from './render-call';

const [prepare] = defaultArPlaybook.steps;
const notes = () => screen.getByRole('textbox', { name: 'Notes' });

/** The titles of the situations whose forms show. */
const shownForms = () =>
  defaultArPlaybook.branches
    .filter((branch) => screen.queryByRole('region', { name: branch.title }) !== null)
    .map((branch) => branch.title);

// The test clock's today is Monday 23 November 2026: the next business day is the Tuesday.
const TUESDAY = '2026-11-24';

const QUICK_ENDINGS = [
  { key: 'N', outcomeId: 'no-answer', label: 'No answer' },
  { key: 'V', outcomeId: 'voicemail', label: 'Voicemail' },
  { key: 'X', outcomeId: 'wrong-contact', label: 'Wrong contact' },
] as const;

const endCommands = (commands: readonly { type: string }[]) =>
  commands.filter((command) => command.type === 'end');

// Each test starts main's real core, which is slow on a busy machine.
describe('useSituationKeys', { timeout: 60_000 }, () => {
  describe('quick endings', () => {
    it('ends the call as Voicemail, to try again the next business day, on Alt+Shift+V', async () => {
      const { user, testApi, call } = await renderCall();

      await user.keyboard('{Alt>}{Shift>}V{/Shift}{/Alt}');

      await waitFor(() =>
        expect(testApi.control.storedCall(call.id)?.closing).toMatchObject({
          outcomeId: 'voicemail',
          outcomeLabel: 'Voicemail',
          action: { dueOn: TUESDAY },
        }),
      );
      expect(testApi.control.storedCall(call.id)?.endedAt).not.toBeNull();
      expect(await screen.findByRole('form', { name: 'Start a call' })).toBeInTheDocument();
    });

    it.each(QUICK_ENDINGS.filter((ending) => ending.key !== 'V'))(
      'ends the call as $label on Alt+Shift+$key',
      async ({ key, outcomeId, label }) => {
        const { user, testApi, call } = await renderCall();

        await user.keyboard(`{Alt>}{Shift>}${key}{/Shift}{/Alt}`);

        await waitFor(() =>
          expect(testApi.control.storedCall(call.id)?.closing).toMatchObject({
            outcomeId,
            outcomeLabel: label,
            action: { dueOn: TUESDAY },
          }),
        );
      },
    );

    it('tries again on Monday when the call ends on a Friday', async () => {
      vi.setSystemTime(new Date(2026, 10, 27, 16, 30));
      const { user, testApi, call } = await renderCall();

      await user.keyboard('{Alt>}{Shift>}N{/Shift}{/Alt}');

      await waitFor(() =>
        expect(testApi.control.storedCall(call.id)?.closing?.action?.dueOn).toBe('2026-11-30'),
      );
    });

    it('ends the call from the notes, saving what was typed first', async () => {
      const { user, testApi, call } = await renderCall();
      await user.type(notes(), 'Rang out, left a message');

      await user.keyboard('{Alt>}{Shift>}V{/Shift}{/Alt}');

      await waitFor(() => expect(testApi.control.storedCall(call.id)?.endedAt).not.toBeNull());
      expect(testApi.control.storedCall(call.id)?.notes).toBe('Rang out, left a message');
    });

    it('never ends a call on a plain letter outside a text field', async () => {
      const { user, testApi, call } = await renderCall();
      within(stepStrip()).getByRole('checkbox', { name: prepare!.title }).focus();

      for (const { key } of QUICK_ENDINGS) await user.keyboard(key.toLowerCase());
      await user.keyboard('{Shift>}V{/Shift}{Alt>}V{/Alt}');

      expect(endCommands(testApi.control.commandsSent())).toEqual([]);
      expect(testApi.control.storedCall(call.id)?.endedAt).toBeNull();
      expect(screen.getByRole('heading', { name: call.customer, level: 2 })).toBeInTheDocument();
    });

    it('never ends a call while the letters are typed in the notes', async () => {
      const { user, testApi, call } = await renderCall();

      await user.type(notes(), 'Voicemail: no answer, wrong extension');

      expect(notes()).toHaveValue('Voicemail: no answer, wrong extension');
      expect(endCommands(testApi.control.commandsSent())).toEqual([]);
      expect(testApi.control.storedCall(call.id)?.endedAt).toBeNull();
    });
  });

  it('opens nothing for a letter that is no situation’s key', async () => {
    const { user, testApi } = await renderCall();
    within(stepStrip()).getByRole('checkbox', { name: prepare!.title }).focus();

    await user.keyboard('q');

    expect(shownForms()).toEqual([]);
    expect(
      testApi.control.commandsSent().filter((command) => command.type === 'open-branch'),
    ).toEqual([]);
  });
});
