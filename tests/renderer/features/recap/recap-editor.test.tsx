import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CallView } from '../../../../renderer/features/call/call-view';
import { HistoryView } from '../../../../renderer/features/history/history-view';
import { RecapEditor } from '../../../../renderer/features/recap/recap-editor';
import { localDate } from '../../../../shared/domain/calendar';
import { createTestApi, type CallSeed, type TestApi } from '../../../support/test-api';
import { renderWithStores } from '../../../support/render';
import { TEST_NOW } from '../../../support/test-clock';
import { endAsNoAnswer } from '../call/render-call';

const acme: CallSeed = {
  customer: 'Acme Plumbing',
  contact: 'Dana Reyes',
  invoice: 'INV-42',
  amountDueCents: 125_000,
  captures: { 'follow-up': { 'recap-to': 'ap@acme.test' } },
};

/** The editor of one seeded ended call, once its fields are filled in. */
async function renderEditor(testApi: TestApi = createTestApi(), seed: CallSeed = acme) {
  const call = testApi.control.seedEndedCall(seed);
  const user = userEvent.setup();
  const view = renderWithStores(<RecapEditor callId={call.id} />, testApi);
  await screen.findByRole('textbox', { name: 'Message' });
  return { ...view, call, user };
}

const field = (name: string) => screen.getByRole<HTMLInputElement>('textbox', { name });
const statusText = () =>
  screen
    .getAllByRole('status')
    .map((region) => region.textContent ?? '')
    .join(' ');

/** Replaces a field's text as a caller would: select all of it, then paste over it. */
async function replaceText(user: ReturnType<typeof userEvent.setup>, name: string, text: string) {
  const control = field(name);
  await user.click(control);
  control.setSelectionRange(0, control.value.length);
  await user.paste(text);
}

const blobText = (blob: Blob) =>
  new Promise<string>((resolve) => {
    const reader = new FileReader();
    // readAsText always yields a string.
    reader.onload = () => resolve(reader.result as string);
    reader.readAsText(blob);
  });

describe('RecapEditor', () => {
  it('fills in the address, subject and text from what the call recorded', async () => {
    await renderEditor();

    expect(field('To').value).toBe('ap@acme.test');
    expect(field('Subject').value).toContain('Acme Plumbing');
    expect(field('Message').value).toContain('Hello Dana Reyes,');
    expect(field('Message').value).toContain('Invoice INV-42: $1,250.00');
  });

  it('stores the caller’s edits with the call after a pause in typing', async () => {
    const { user, call, testApi } = await renderEditor();

    await replaceText(user, 'Message', 'Thanks for your time today, Dana.');

    await screen.findByText('Your changes are saved with the call.');
    const stored = await testApi.api.calls.recap(call.id);
    expect(stored).toEqual({
      ok: true,
      value: expect.objectContaining({
        body: 'Thanks for your time today, Dana.',
        isEdited: true,
      }) as unknown,
    });
  });

  it('keeps an address that is not e-mail shaped from being saved, and says why', async () => {
    const { user, testApi } = await renderEditor();

    await replaceText(user, 'To', 'dana at acme');
    await user.tab();

    expect(field('To')).toHaveAccessibleDescription(/like name@example\.com/);
    expect(field('To')).toBeInvalid();
    expect(screen.queryByRole('button', { name: 'Open in mail app' })).not.toBeInTheDocument();
    expect(testApi.control.requestsTo('calls:save-recap')).toEqual([]);
  });

  describe('copying', () => {
    let written: { types: Record<string, Blob> }[];
    let writtenText: string[];

    class FakeClipboardItem {
      constructor(readonly types: Record<string, Blob>) {}
    }

    beforeEach(() => {
      written = [];
      writtenText = [];
    });

    afterEach(() => {
      vi.unstubAllGlobals();
    });

    /** Puts a clipboard on the page that records what is written (after userEvent's own). */
    function stubClipboard(options: { hasClipboardItem: boolean }) {
      if (options.hasClipboardItem) vi.stubGlobal('ClipboardItem', FakeClipboardItem);
      else vi.stubGlobal('ClipboardItem', undefined);
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: {
          write: (items: FakeClipboardItem[]) => {
            written.push(...items);
            return Promise.resolve();
          },
          writeText: (text: string) => {
            writtenText.push(text);
            return Promise.resolve();
          },
        },
      });
    }

    it('copies the recap as rich text and plain text together, and says so', async () => {
      const { user } = await renderEditor();
      stubClipboard({ hasClipboardItem: true });

      await user.click(screen.getByRole('button', { name: 'Copy' }));

      await waitFor(() => expect(statusText()).toContain('Copied'));
      expect(written).toHaveLength(1);
      const [item] = written;
      expect(Object.keys(item!.types).sort()).toEqual(['text/html', 'text/plain']);
      expect(await blobText(item!.types['text/html']!)).toContain(
        '<li>Invoice INV-42: $1,250.00</li>',
      );
      expect(await blobText(item!.types['text/plain']!)).toBe(field('Message').value);
    });

    it('copies the plain text where the page cannot put rich text on the clipboard', async () => {
      const { user } = await renderEditor();
      stubClipboard({ hasClipboardItem: false });

      await user.click(screen.getByRole('button', { name: 'Copy' }));

      await waitFor(() => expect(statusText()).toContain('Copied'));
      expect(written).toEqual([]);
      expect(writtenText).toEqual([field('Message').value]);
    });
  });

  it('asks main to open the saved recap in the mail app, sending only the call id', async () => {
    const { user, call, testApi } = await renderEditor();
    await replaceText(user, 'Subject', 'Our call today');

    await user.click(screen.getByRole('button', { name: 'Open in mail app' }));

    await waitFor(() => expect(statusText()).toContain('Opened in your mail app.'));
    expect(testApi.control.requestsTo('calls:open-recap-mail')).toEqual([[call.id]]);
    const stored = await testApi.api.calls.recap(call.id);
    expect(stored.ok && stored.value.subject).toBe('Our call today');
  });

  it('follows the link main built in the browser preview', async () => {
    const followed: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      followed.push(this.href);
    });
    const { user } = await renderEditor(createTestApi({ shell: 'browser' }));

    await user.click(screen.getByRole('button', { name: 'Open in mail app' }));

    await waitFor(() => expect(followed).toHaveLength(1));
    expect(followed[0]).toMatch(/^mailto:ap@acme\.test\?subject=/);
    expect(decodeURIComponent(followed[0]!)).toContain('Invoice INV-42: $1,250.00');
    expect(statusText()).toContain('Your browser was asked to open this in your mail app.');
    vi.restoreAllMocks();
  });

  it('says a long recap is too long for a mail link and offers the other two ways', async () => {
    const { user } = await renderEditor();

    await replaceText(user, 'Message', 'A long recap line. '.repeat(90));

    expect(screen.queryByRole('button', { name: 'Open in mail app' })).not.toBeInTheDocument();
    expect(screen.getByText(/too long for a mail link/)).toHaveTextContent(
      /Copy it, or save it as a draft/,
    );
    expect(screen.getByRole('button', { name: 'Copy' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save as draft (.eml)' })).toBeInTheDocument();
  });

  describe('saving as a draft', () => {
    let saved: { download: string }[];
    let blobs: Blob[];

    beforeEach(() => {
      saved = [];
      blobs = [];
      // jsdom has no object URLs and does not download; record what the page asked for instead.
      Object.defineProperty(URL, 'createObjectURL', {
        configurable: true,
        value: (blob: Blob) => {
          blobs.push(blob);
          return `blob:fake/${blobs.length}`;
        },
      });
      Object.defineProperty(URL, 'revokeObjectURL', { configurable: true, value: () => {} });
      vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
        this: HTMLAnchorElement,
      ) {
        saved.push({ download: this.download });
      });
    });

    afterEach(() => {
      vi.restoreAllMocks();
      Reflect.deleteProperty(URL, 'createObjectURL');
      Reflect.deleteProperty(URL, 'revokeObjectURL');
    });

    it('downloads the .eml in the browser preview, with the caller’s edits in it', async () => {
      const { user } = await renderEditor(createTestApi({ shell: 'browser' }));
      await replaceText(user, 'Subject', 'Our call today');

      await user.click(screen.getByRole('button', { name: 'Save as draft (.eml)' }));

      const fileName = `Recap Acme Plumbing ${localDate(TEST_NOW - 240_000)}.eml`;
      await waitFor(() => expect(saved).toEqual([{ download: fileName }]));
      const eml = await blobText(blobs[0]!);
      expect(eml).toMatch(/^X-Unsent: 1\r\n/);
      expect(eml).toContain('\r\nTo: ap@acme.test\r\n');
      expect(eml).toContain('\r\nSubject: Our call today\r\n');
      expect(statusText()).toContain(`Draft downloaded as ${fileName}.`);
    });

    it('writes the .eml where the caller chose on the desktop', async () => {
      const testApi = createTestApi();
      const file = path.join(testApi.control.dataDir, 'recap.eml');
      testApi.control.answerSaveDialog(file);
      const { user } = await renderEditor(testApi);

      await user.click(screen.getByRole('button', { name: 'Save as draft (.eml)' }));

      await waitFor(() => expect(statusText()).toContain(`Draft saved as ${file}.`));
      expect(fs.readFileSync(file, 'utf8')).toContain('\r\nTo: ap@acme.test\r\n');
      expect(saved).toEqual([]);
    });
  });

  it('has no axe violations', async () => {
    await renderEditor();

    const results = await axe.run(document.body, {
      runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'],
      rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
    });

    expect(results.violations.map((violation) => violation.id)).toEqual([]);
  });
});

// These render whole views over main's core, whose history is read in a worker thread.
describe('RecapPanel', { timeout: 20_000 }, () => {
  it('waits folded under the status once a call ends, without taking focus', async () => {
    const testApi = createTestApi();
    testApi.control.seedOpenCall({ customer: 'Bright Dental' });
    renderWithStores(<CallView />, testApi);
    await screen.findByRole('toolbar', { name: 'Situations' });
    const user = userEvent.setup();

    await endAsNoAnswer(user);

    const summary = await screen.findByText('Recap e-mail to Bright Dental');
    expect(summary.closest('details')).not.toHaveAttribute('open');
    expect(screen.queryByRole('textbox', { name: 'Message' })).not.toBeInTheDocument();
    expect(document.activeElement?.closest('details')).toBeNull();

    await user.click(summary);

    await screen.findByRole('textbox', { name: 'Message' });
    expect(field('Message').value).toMatch(/^Hello/);
  });

  it('opens from a past call in History', async () => {
    const testApi = createTestApi();
    testApi.control.seedEndedCall(acme);
    renderWithStores(<HistoryView />, testApi);
    const user = userEvent.setup();
    const list = await screen.findByRole('list', { name: 'Past calls' }, { timeout: 10_000 });
    await user.click(within(list).getByRole('button', { name: /^Acme Plumbing/ }));

    await user.click(await screen.findByText('Recap e-mail to Acme Plumbing'));

    expect(await screen.findByRole('textbox', { name: 'To' })).toHaveValue('ap@acme.test');
  });
});
