import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { defaultArPlaybook } from '../../shared/playbooks/default-ar-playbook';
import type { BrowserSession } from './support/chromium';
import { collectPageProblems, openFromMenu } from './support/call-coach';
import { openFreshApp } from './support/fresh-app';
import { cleanUp } from './support/preview';

let session: BrowserSession | undefined;

afterEach(async () => {
  await cleanUp(session);
  session = undefined;
});

/** Picks a file for the import control, as the file chooser would. */
async function importFile(page: Page, name: string, text: string): Promise<void> {
  await page
    .locator('input[type="file"]')
    .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

async function storedPlaybookNames(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const listing = await window.callCoach!.playbooks.list();
    if (!listing.ok) throw new Error(listing.error.message);
    return listing.value.playbooks.map((playbook) => `${playbook.name} v${playbook.version}`);
  });
}

describe('playbook files', () => {
  it('refuses a bad playbook file with every problem listed by its place, and changes nothing', async () => {
    ({ session } = await openFreshApp());
    const { page } = session;
    const problems = collectPageProblems(page);
    await openFromMenu(page, 'Playbooks');
    const before = await storedPlaybookNames(page);

    const broken = structuredClone(defaultArPlaybook) as unknown as {
      name: string;
      steps: { fields: unknown[]; title: string }[];
      branches: { outcome: string }[];
    };
    broken.name = 'Edited by a team lead';
    broken.steps[2]!.fields = [{ id: 'when', label: 'When', type: 'calendar' }];
    broken.steps[1]!.title = '';
    broken.branches[0]!.outcome = 'mailed';
    await importFile(page, 'team-playbook.json', JSON.stringify(broken, null, 2));

    const alert = page.getByRole('alert').filter({ hasText: 'team-playbook.json' });
    await alert.waitFor();
    await alert
      .getByText('steps[2].fields[0].type: expected one of text, date, money, number, choice')
      .waitFor();
    await alert.getByText('steps[1].title: must not be empty').waitFor();
    expect(await storedPlaybookNames(page)).toEqual(before);

    // Not JSON at all.
    await importFile(page, 'notes.json', '{ "name": "half a file"');
    await page.getByRole('alert').filter({ hasText: 'not valid JSON' }).waitFor();
    expect(await storedPlaybookNames(page)).toEqual(before);
    expect(problems).toEqual([]);
  });

  it('exports a playbook and imports an edited copy as a new version a call can use', async () => {
    ({ session } = await openFreshApp());
    const { page } = session;
    await openFromMenu(page, 'Playbooks');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /Export.*Overdue invoice call/ }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('default-ar-v4.json');
    const exported = JSON.parse(await readFile(await download.path(), 'utf8')) as {
      id: string;
      name: string;
    };
    expect(exported.name).toBe('Overdue invoice call');

    const edited = { ...exported, id: 'short-call', name: 'Short reminder call' };
    await importFile(page, 'short-call.json', JSON.stringify(edited));
    await page.getByRole('status').filter({ hasText: 'Short reminder call' }).waitFor();
    expect(await storedPlaybookNames(page)).toContain('Short reminder call v4');

    await page.getByRole('button', { name: 'Call', exact: true }).click();
    const picker = page.getByLabel('Playbook');
    expect(
      await picker.evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.text),
    ).toContain('Overdue invoice call');
    await picker.selectOption({ label: 'Short reminder call' });
  });
});
