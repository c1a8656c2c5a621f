import { readFileSync } from 'node:fs';
import { checkPlaybookFile } from '../../../shared/playbooks/playbook-schema';

// The README teaches team leads the playbook format by example; the example must import.
describe('the README playbook example', () => {
  it('passes the same checks as an imported file', () => {
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    const example = /## Playbooks[\s\S]*?```json\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(example).toBeDefined();
    expect(checkPlaybookFile(example ?? '')).toMatchObject({ ok: true });
  });
});
