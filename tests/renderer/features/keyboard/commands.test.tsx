import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildPlaybook } from '../../../support/builders';
import type { TestApi } from '../../../support/test-api';
import {
  announced,
  pressHotkey,
  renderApp,
  renderAppWithSteps,
  storedSteps,
  type RenderedApp,
} from './render-app';

const layoutOf = ({ stores }: RenderedApp) => stores.settings.getState().settings.layout;
const openRequests = (testApi: TestApi, branchId: string) =>
  testApi.control
    .requestsTo('calls:apply')
    .filter(([, command]) => command.type === 'open-branch' && command.branchId === branchId);

// Each test starts main's real core, which is slow on a busy machine.
describe('runCommand', { timeout: 60_000 }, () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  describe('start-or-end-call', () => {
    it('brings up the start form with focus on Customer when no call is running', async () => {
      const app = await renderApp({ settings: { layout: 'compact' } });

      await pressHotkey(app.testApi, 'start-or-end-call');

      expect(layoutOf(app)).toBe('expanded');
      await waitFor(() =>
        expect(screen.getByRole('combobox', { name: /^Customer(?! since)/ })).toHaveFocus(),
      );
    });

    it('comes back to the call view from another view', async () => {
      const app = await renderApp();
      await app.user.click(screen.getByRole('button', { name: 'History' }));

      await pressHotkey(app.testApi, 'start-or-end-call');

      await waitFor(() =>
        expect(screen.getByRole('combobox', { name: /^Customer(?! since)/ })).toHaveFocus(),
      );
      expect(app.stores.app.getState().view).toBe('call');
    });

    it('opens the wrap-up with focus on Outcome during a call, from the compact line', async () => {
      const app = await renderApp({ withCall: true, settings: { layout: 'compact' } });

      await pressHotkey(app.testApi, 'start-or-end-call');

      expect(layoutOf(app)).toBe('expanded');
      const wrapUp = await screen.findByRole('region', { name: 'Wrap up' });
      await waitFor(() =>
        expect(within(wrapUp).getByRole('combobox', { name: /^Outcome/ })).toHaveFocus(),
      );
    });

    it('brings focus back into a wrap-up that is already open', async () => {
      const app = await renderApp({ withCall: true });
      await app.user.click(screen.getByRole('button', { name: 'End call' }));
      await app.user.click(screen.getByRole('textbox', { name: 'Notes' }));

      await pressHotkey(app.testApi, 'start-or-end-call');

      expect(screen.getByRole('combobox', { name: /^Outcome/ })).toHaveFocus();
    });
  });

  describe('check-step and previous-step', () => {
    it('checks the current step from another app and stays compact', async () => {
      const app = await renderApp({ withCall: true, settings: { layout: 'compact' } });

      await pressHotkey(app.testApi, 'check-step');

      await waitFor(() =>
        expect(storedSteps(app.testApi, app.call!).slice(0, 2)).toEqual([true, false]),
      );
      expect(layoutOf(app)).toBe('compact');
    });

    it('reopens the step before the current one', async () => {
      const app = await renderAppWithSteps(3);

      await pressHotkey(app.testApi, 'previous-step');

      await waitFor(() =>
        expect(storedSteps(app.testApi, app.call!).slice(0, 4)).toEqual([true, true, false, false]),
      );
    });

    it('leaves focus where it was', async () => {
      const app = await renderApp({ withCall: true });
      await app.user.click(screen.getByRole('textbox', { name: 'Notes' }));

      await pressHotkey(app.testApi, 'check-step');

      expect(screen.getByRole('textbox', { name: 'Notes' })).toHaveFocus();
    });

    it('says there is no call, and sends nothing, without a call', async () => {
      const app = await renderApp();

      await pressHotkey(app.testApi, 'check-step');

      expect(announced()).toBe('No call in progress.');
      expect(app.testApi.control.requestsTo('calls:apply')).toEqual([]);
    });
  });

  describe('open a situation', () => {
    it('opens Dispute and focuses its first field when the window has focus', async () => {
      const app = await renderApp({ withCall: true });
      await app.user.click(screen.getByRole('textbox', { name: 'Notes' }));

      await app.user.keyboard('{Control>}{Alt>}{Shift>}d{/Shift}{/Alt}{/Control}');

      const section = await screen.findByRole('region', { name: 'Dispute' });
      await waitFor(() =>
        expect(section.querySelector('.capture input, .capture select')).toHaveFocus(),
      );
    });

    it('opens it from another app without taking focus, scrolled into view', async () => {
      const app = await renderApp({ withCall: true });
      vi.spyOn(document, 'hasFocus').mockReturnValue(false);
      const scrolled = vi.spyOn(Element.prototype, 'scrollIntoView');

      await pressHotkey(app.testApi, 'open-promise-to-pay');

      const section = await screen.findByRole('region', { name: 'Promise to pay' });
      expect(section).not.toContainElement(document.activeElement as HTMLElement);
      await waitFor(() => expect(scrolled.mock.contexts).toContain(section));
    });

    it('switches the compact window to the expanded call view so the form shows', async () => {
      const app = await renderApp({ withCall: true, settings: { layout: 'compact' } });

      await pressHotkey(app.testApi, 'open-check-in-mail');

      expect(layoutOf(app)).toBe('expanded');
      expect(await screen.findByRole('region', { name: 'Check in the mail' })).toBeInTheDocument();
    });

    it('goes to an open situation without opening it again', async () => {
      const app = await renderApp({ withCall: true });
      await pressHotkey(app.testApi, 'open-dispute');
      await screen.findByRole('region', { name: 'Dispute' });

      await pressHotkey(app.testApi, 'open-dispute');

      expect(openRequests(app.testApi, 'dispute')).toHaveLength(1);
    });

    it('says politely that the playbook has no such situation', async () => {
      const playbook = buildPlaybook();
      const app = await renderApp({
        playbooks: [playbook],
        withCall: true,
        callPlaybookId: playbook.id,
      });

      await pressHotkey(app.testApi, 'open-dispute');

      await waitFor(() =>
        expect(announced()).toBe('This call’s playbook has no “Dispute” situation.'),
      );
      expect(openRequests(app.testApi, 'dispute')).toEqual([]);
    });

    it('says there is no call when none is running', async () => {
      const app = await renderApp();

      await pressHotkey(app.testApi, 'open-dispute');

      expect(announced()).toBe('No call in progress.');
    });
  });

  describe('focus-notes', () => {
    it('expands the window and puts focus in the notes', async () => {
      const app = await renderApp({ withCall: true, settings: { layout: 'compact' } });

      await pressHotkey(app.testApi, 'focus-notes');

      expect(layoutOf(app)).toBe('expanded');
      await waitFor(() => expect(screen.getByRole('textbox', { name: 'Notes' })).toHaveFocus());
    });

    it('says there is no call when none is running', async () => {
      const app = await renderApp();

      await pressHotkey(app.testApi, 'focus-notes');

      expect(announced()).toBe('No call in progress.');
    });
  });

  describe('toggle-layout', () => {
    it('switches to compact and back, pressed in the window, focus on the way back', async () => {
      const app = await renderApp({ withCall: true });
      const keys = '{Control>}{Alt>}{Shift>}e{/Shift}{/Alt}{/Control}';
      await app.user.click(screen.getByRole('textbox', { name: 'Notes' }));

      await app.user.keyboard(keys);
      expect(layoutOf(app)).toBe('compact');
      await waitFor(() => expect(screen.getByRole('button', { name: 'Expand' })).toHaveFocus());

      await app.user.keyboard(keys);
      expect(layoutOf(app)).toBe('expanded');
      // Compact is folded in the header's menu: focus goes to the menu's button.
      await waitFor(() => expect(screen.getByRole('button', { name: 'Menu' })).toHaveFocus());
      expect(app.testApi.control.storedSettings().layout).toBe('expanded');
    });
  });

  describe('toggle-click-through', () => {
    it('turns click-through on and off, pressed in the window', async () => {
      const app = await renderApp();
      const keys = '{Control>}{Alt>}{Shift>}x{/Shift}{/Alt}{/Control}';

      await app.user.keyboard(keys);
      await waitFor(() => expect(app.testApi.control.overlayState().clickThrough).toBe(true));

      await app.user.keyboard(keys);
      await waitFor(() => expect(app.testApi.control.overlayState().clickThrough).toBe(false));
    });

    it('says why when click-through cannot be turned on', async () => {
      const app = await renderApp({ shell: 'browser' });

      await app.user.keyboard('{Control>}{Alt>}{Shift>}x{/Shift}{/Alt}{/Control}');

      await waitFor(() => expect(announced()).toMatch(/^Click-through needs the desktop app/));
    });
  });

  describe('toggle-overlay', () => {
    it('leaves showing and hiding to main', async () => {
      const app = await renderApp({ withCall: true });
      const before = app.testApi.control.requests.length;

      await app.user.keyboard('{Control>}{Alt>}{Shift>}o{/Shift}{/Alt}{/Control}');

      expect(app.testApi.control.requests).toHaveLength(before);
      expect(layoutOf(app)).toBe('expanded');
    });
  });
});
