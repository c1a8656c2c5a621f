import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PlaybooksView } from '../../../../renderer/features/playbooks/playbooks-view';
import { defaultArPlaybook } from '../../../../shared/playbooks/default-ar-playbook';
import { buildPlaybook } from '../../../support/builders';
import { createTestApi, type TestApi } from '../../../support/test-api';
import { renderWithStores } from '../../../support/render';

/** A file as the file picker hands it over. jsdom's File has no `text()`; browsers' do. */
function playbookFile(name: string, content: string, size?: number) {
  const file = new File([content], name, { type: 'application/json' });
  if (size !== undefined) Object.defineProperty(file, 'size', { value: size });
  const text = vi.fn(() => Promise.resolve(content));
  Object.defineProperty(file, 'text', { value: text });
  return { file, text };
}

const json = (document: unknown) => JSON.stringify(document, null, 2);

function renderView(testApi: TestApi = createTestApi()) {
  return { ...renderWithStores(<PlaybooksView />, testApi), user: userEvent.setup() };
}

const storedList = () => screen.findByRole('list', { name: 'Stored playbooks' });
const items = () =>
  within(screen.getByRole('list', { name: 'Stored playbooks' })).getAllByRole('listitem');
const fileInput = () => screen.getByLabelText<HTMLInputElement>('Playbook file to import');

async function chooseFile(user: ReturnType<typeof userEvent.setup>, file: File) {
  // The visible button opens the hidden picker; upload stands in for the caller's choice.
  await user.click(screen.getByRole('button', { name: 'Import a playbook…' }));
  await user.upload(fileInput(), file);
}

/** The default playbook with a form field whose type is misspelt, plus an empty title. */
function brokenPlaybook(): unknown {
  const [prepare, acknowledge, empathize, ...rest] = defaultArPlaybook.steps;
  return {
    ...defaultArPlaybook,
    steps: [
      { ...prepare, title: '' },
      acknowledge,
      { ...empathize, fields: [{ id: 'mood', label: 'Mood', type: 'dat' }] },
      ...rest,
    ],
  };
}

describe('PlaybooksView', () => {
  it('lists each stored playbook with its version, steps and situations, and marks the default', async () => {
    renderView(createTestApi({ playbooks: [buildPlaybook()] }));

    await storedList();

    const [overdue, test] = items();
    expect(items()).toHaveLength(2);
    expect(overdue).toHaveTextContent(
      new RegExp(
        `^Overdue invoice call Default\\s*version ${defaultArPlaybook.version} · 7 steps · 8 situations`,
      ),
    );
    expect(test).toHaveTextContent(/^Test playbook\s*version 3 · 2 steps · 1 situation(?!s)/);
    expect(test).not.toHaveTextContent('Default');
  });

  it('gives each Export button the name of its playbook', async () => {
    renderView(createTestApi({ playbooks: [buildPlaybook()] }));
    await storedList();

    expect(screen.getByRole('button', { name: 'Export Test playbook' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Export Overdue invoice call' })).toBeInTheDocument();
  });

  it('explains how to change a playbook and that past calls keep their version', async () => {
    renderView();
    await storedList();

    expect(screen.getByRole('region', { name: 'Playbooks' })).toHaveTextContent(
      'export it, edit the file in a text editor, then import it here. Each import is stored as a new version; past calls keep the version they used.',
    );
  });

  describe('export', () => {
    let saved: { href: string; download: string }[];
    let blobs: Blob[];
    const revoked: string[] = [];

    beforeEach(() => {
      saved = [];
      blobs = [];
      revoked.length = 0;
      // jsdom has no object URLs and does not download; record what the page asked for instead.
      Object.defineProperty(URL, 'createObjectURL', {
        configurable: true,
        value: (blob: Blob) => {
          blobs.push(blob);
          return `blob:fake/${blobs.length}`;
        },
      });
      Object.defineProperty(URL, 'revokeObjectURL', {
        configurable: true,
        value: (url: string) => revoked.push(url),
      });
      vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
        this: HTMLAnchorElement,
      ) {
        saved.push({ href: this.href, download: this.download });
      });
    });

    afterEach(() => {
      vi.restoreAllMocks();
      Reflect.deleteProperty(URL, 'createObjectURL');
      Reflect.deleteProperty(URL, 'revokeObjectURL');
    });

    const blobText = (blob: Blob) =>
      new Promise<string>((resolve) => {
        const reader = new FileReader();
        // readAsText always yields a string.
        reader.onload = () => resolve(reader.result as string);
        reader.readAsText(blob);
      });

    it('downloads the playbook as a JSON file named by main when Export is pressed', async () => {
      const { user } = renderView(createTestApi({ playbooks: [buildPlaybook()] }));
      await storedList();

      await user.click(screen.getByRole('button', { name: 'Export Test playbook' }));

      await waitFor(() =>
        expect(saved).toEqual([{ href: 'blob:fake/1', download: 'test-playbook-v3.json' }]),
      );
      expect(blobs[0]?.type).toBe('application/json');
      expect(JSON.parse(await blobText(blobs[0]!))).toEqual(buildPlaybook());
    });

    it('frees the file’s object URL once the download has started', async () => {
      const { user } = renderView();
      await storedList();

      await user.click(screen.getByRole('button', { name: 'Export Overdue invoice call' }));

      await waitFor(() => expect(revoked).toEqual(['blob:fake/1']));
      expect(document.querySelector('a[download]')).toBeNull();
    });

    it('says why and downloads nothing when main cannot export the playbook', async () => {
      const testApi = createTestApi();
      const { user } = renderView(testApi);
      await storedList();
      testApi.control.failNext('playbooks:export', {
        code: 'not-found',
        message: 'That playbook is not available.',
      });

      await user.click(screen.getByRole('button', { name: 'Export Overdue invoice call' }));

      expect(await screen.findByRole('alert')).toHaveTextContent(
        'The playbook could not be exported: That playbook is not available.',
      );
      expect(saved).toEqual([]);
    });
  });

  describe('import', () => {
    it('says it is importing the chosen file while main checks it', async () => {
      const testApi = createTestApi();
      const { user } = renderView(testApi);
      await storedList();
      const { file } = playbookFile(
        'west.json',
        json({ ...defaultArPlaybook, name: 'West team call' }),
      );
      const release = testApi.control.hold();

      await chooseFile(user, file);

      await waitFor(() =>
        expect(screen.getByRole('status')).toHaveTextContent('Importing “west.json”…'),
      );
      release();
      await waitFor(() => expect(screen.getByRole('status')).not.toHaveTextContent('Importing'));
    });

    it('confirms with main’s message and lists the new version when a valid file is imported', async () => {
      const { user } = renderView();
      await storedList();
      const { file } = playbookFile(
        'west.json',
        json({ ...defaultArPlaybook, name: 'West team call' }),
      );

      await chooseFile(user, file);

      await waitFor(() =>
        expect(screen.getByRole('status')).toHaveTextContent(
          `Imported "West team call" as version ${defaultArPlaybook.version + 1}.`,
        ),
      );
      expect(items()).toHaveLength(1);
      expect(items()[0]).toHaveTextContent(
        new RegExp(`^West team call Default\\s*version ${defaultArPlaybook.version + 1} · 7 steps`),
      );
      expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    });

    it('lists every problem with where it is and stores nothing when the file does not fit the format', async () => {
      const testApi = createTestApi();
      const { user } = renderView(testApi);
      await storedList();
      const before = testApi.control.storedPlaybooks();
      const { file } = playbookFile('broken.json', json(brokenPlaybook()));

      await chooseFile(user, file);

      const alert = await screen.findByRole('alert');
      expect(alert).toHaveTextContent('“broken.json” was not imported.');
      expect(alert).toHaveTextContent('Nothing stored has changed.');
      const problems = within(alert).getAllByRole('listitem');
      expect(problems.map((problem) => problem.textContent)).toEqual([
        'steps[0].title: must not be empty',
        'steps[2].fields[0].type: expected one of text, date, money, number, choice',
      ]);
      expect(problems.map((problem) => problem.querySelector('code')?.textContent)).toEqual([
        'steps[0].title',
        'steps[2].fields[0].type',
      ]);
      expect(testApi.control.storedPlaybooks()).toEqual(before);
    });

    it('says the file is not valid JSON when it cannot be parsed', async () => {
      const testApi = createTestApi();
      const { user } = renderView(testApi);
      await storedList();
      const { file } = playbookFile('notes.json', '{ "name": "West team call", ');

      await chooseFile(user, file);

      const alert = await screen.findByRole('alert');
      expect(alert).toHaveTextContent('“notes.json” was not imported.');
      expect(within(alert).getByRole('listitem')).toHaveTextContent(
        /^The file is not valid JSON: /,
      );
      expect(testApi.control.storedPlaybooks()).toEqual([defaultArPlaybook]);
    });

    it('refuses a file over 1,000,000 bytes without reading it or sending it to main', async () => {
      const testApi = createTestApi();
      const { user } = renderView(testApi);
      await storedList();
      const { file, text } = playbookFile('export.json', '{}', 1_000_001);

      await chooseFile(user, file);

      const alert = await screen.findByRole('alert');
      expect(alert).toHaveTextContent('“export.json” was not imported.');
      expect(alert).toHaveTextContent(
        'This file is 1,000,001 bytes; a playbook file can be at most 1,000,000 bytes, so it was not read.',
      );
      expect(alert).toHaveTextContent('Nothing stored has changed.');
      expect(text).not.toHaveBeenCalled();
      expect(testApi.control.requestsTo('playbooks:import')).toEqual([]);
    });

    it('clears an earlier refusal when a valid file is imported next', async () => {
      const { user } = renderView();
      await storedList();
      await chooseFile(user, playbookFile('notes.json', 'not json').file);
      await screen.findByRole('alert');

      await chooseFile(
        user,
        playbookFile('west.json', json({ ...defaultArPlaybook, name: 'West team call' })).file,
      );

      await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Imported'));
      expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    });
  });
});
