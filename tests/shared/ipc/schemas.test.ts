import { NOTES_MAX_LENGTH } from '../../../shared/domain/call';
import { CAPTURE_VALUE_MAX_LENGTH } from '../../../shared/domain/capture';
import { ACTION_MAX_LENGTH, type Closing } from '../../../shared/domain/closing';
import { REFERENCE_MAX_LENGTH, type StartCallInput } from '../../../shared/domain/start-call';
import { startInput } from '../../support/builders';
import {
  callCommandSchema,
  requestSchemas,
  settingsPatchSchema,
  startCallInputSchema,
} from '../../../shared/ipc/schemas';
import { PLAYBOOK_FILE_MAX_BYTES } from '../../../shared/playbooks/playbook-schema';

const validInput: StartCallInput = startInput();

const closing: Closing = {
  outcomeId: 'promise-to-pay',
  outcomeLabel: 'Promise to pay',
  action: { what: 'Confirm the payment arrived', dueOn: '2026-11-27' },
  followUps: [],
};

const accepts = (schema: { safeParse(value: unknown): { success: boolean } }, value: unknown) =>
  schema.safeParse(value).success;

describe('startCallInputSchema', () => {
  it('accepts an input with every field', () => {
    expect(startCallInputSchema.parse(validInput)).toEqual(validInput);
  });

  it('accepts an unknown amount and due date', () => {
    expect(
      accepts(startCallInputSchema, { ...validInput, amountDueCents: null, dueOn: null }),
    ).toBe(true);
  });

  it('rejects unknown fields', () => {
    expect(accepts(startCallInputSchema, { ...validInput, extra: 1 })).toBe(false);
  });

  it('rejects a fractional amount of cents', () => {
    expect(accepts(startCallInputSchema, { ...validInput, amountDueCents: 1.5 })).toBe(false);
  });

  it.each(['contact', 'customerSince', 'dueOn'] as const)('requires %s', (key) => {
    const input: Partial<StartCallInput> = { ...validInput };
    delete input[key];

    expect(accepts(startCallInputSchema, input)).toBe(false);
  });

  it.each(['2026-02-30', '2026-2-3', 'soon'])('rejects %j as a due date', (dueOn) => {
    expect(accepts(startCallInputSchema, { ...validInput, dueOn })).toBe(false);
  });

  it('rejects a contact name over the limit', () => {
    expect(accepts(startCallInputSchema, { ...validInput, contact: 'x'.repeat(201) })).toBe(false);
  });

  it('trims the contact', () => {
    expect(startCallInputSchema.parse({ ...validInput, contact: ' Dana ' }).contact).toBe('Dana');
  });
});

describe('callCommandSchema', () => {
  it.each([
    { type: 'check-step', stepId: 'prepare' },
    { type: 'uncheck-step', stepId: 'prepare' },
    { type: 'edit-notes', notes: '' },
    { type: 'open-branch', branchId: 'dispute' },
    { type: 'close-branch', branchId: 'dispute' },
    { type: 'set-field', sectionId: 'dispute', fieldId: 'owner', value: '' },
    { type: 'set-question', sectionId: 'dispute', index: 0, isAsked: true },
    { type: 'end', closing },
  ])('accepts a $type command', (command) => {
    expect(callCommandSchema.parse(command)).toEqual(command);
  });

  it('rejects a command that carries its own time', () => {
    expect(accepts(callCommandSchema, { type: 'open-branch', branchId: 'dispute', at: 1 })).toBe(
      false,
    );
  });

  it('rejects an unknown command', () => {
    expect(accepts(callCommandSchema, { type: 'delete-call' })).toBe(false);
  });

  it.each([
    { type: 'open-branch' },
    { type: 'open-branch', branchId: '' },
    { type: 'close-branch', branchId: 'x'.repeat(REFERENCE_MAX_LENGTH + 1) },
  ])('rejects a branch command without a usable branch id (%j)', (command) => {
    expect(accepts(callCommandSchema, command)).toBe(false);
  });

  it('accepts the key of the words typed after "Other"', () => {
    const command = {
      type: 'set-field',
      sectionId: 'dispute',
      fieldId: 'reason:other',
      value: 'x',
    };

    expect(accepts(callCommandSchema, command)).toBe(true);
  });

  it('accepts a field value at the length cap', () => {
    const value = 'x'.repeat(CAPTURE_VALUE_MAX_LENGTH);

    expect(
      accepts(callCommandSchema, { type: 'set-field', sectionId: 'd', fieldId: 'f', value }),
    ).toBe(true);
  });

  it('rejects a field value over the length cap', () => {
    const value = 'x'.repeat(CAPTURE_VALUE_MAX_LENGTH + 1);

    expect(
      accepts(callCommandSchema, { type: 'set-field', sectionId: 'd', fieldId: 'f', value }),
    ).toBe(false);
  });

  it.each([
    { sectionId: '', fieldId: 'owner', value: '' },
    { sectionId: 'dispute', fieldId: '', value: '' },
    { sectionId: 'dispute', fieldId: 'x'.repeat(REFERENCE_MAX_LENGTH * 2 + 1), value: '' },
    { sectionId: 'dispute', fieldId: 'owner', value: 42 },
    { sectionId: 'dispute', fieldId: 'owner' },
  ])('rejects a set-field command with a bad part (%j)', (parts) => {
    expect(accepts(callCommandSchema, { type: 'set-field', ...parts })).toBe(false);
  });

  it.each([
    { index: -1, isAsked: true },
    { index: 1.5, isAsked: true },
    { index: 101, isAsked: true },
    { index: 0, isAsked: 'yes' },
    { index: 0 },
  ])('rejects a set-question command with a bad part (%j)', (parts) => {
    expect(
      accepts(callCommandSchema, { type: 'set-question', sectionId: 'dispute', ...parts }),
    ).toBe(false);
  });

  it('rejects ending a call without a closing', () => {
    expect(accepts(callCommandSchema, { type: 'end' })).toBe(false);
  });

  it('accepts a closing without an action', () => {
    expect(accepts(callCommandSchema, { type: 'end', closing: { ...closing, action: null } })).toBe(
      true,
    );
  });

  it.each([
    { ...closing, outcomeId: '' },
    { ...closing, outcomeLabel: 'x'.repeat(201) },
    { ...closing, action: { what: '   ', dueOn: '2026-11-27' } },
    { ...closing, action: { what: 'x'.repeat(ACTION_MAX_LENGTH + 1), dueOn: '2026-11-27' } },
    { ...closing, action: { what: 'Pay', dueOn: '2026-11-31' } },
    { ...closing, action: { what: 'Pay' } },
    { ...closing, action: undefined },
    { ...closing, extra: true },
  ])('rejects a bad closing (%j)', (bad) => {
    expect(accepts(callCommandSchema, { type: 'end', closing: bad })).toBe(false);
  });

  it('trims the action text of a closing', () => {
    const command = callCommandSchema.parse({
      type: 'end',
      closing: { ...closing, action: { what: '  Pay  ', dueOn: '2026-11-27' } },
    });

    expect(command.type === 'end' && command.closing.action?.what).toBe('Pay');
  });

  it('rejects notes over the limit', () => {
    const notes = 'x'.repeat(NOTES_MAX_LENGTH + 1);

    expect(accepts(callCommandSchema, { type: 'edit-notes', notes })).toBe(false);
  });
});

describe('settingsPatchSchema', () => {
  it('accepts an empty patch', () => {
    expect(settingsPatchSchema.parse({})).toEqual({});
  });

  it.each(['trainee', 'expert'])('accepts the %s coaching mode', (coachingMode) => {
    expect(settingsPatchSchema.parse({ coachingMode })).toEqual({ coachingMode });
  });

  it('rejects an unknown coaching mode', () => {
    expect(accepts(settingsPatchSchema, { coachingMode: 'novice' })).toBe(false);
  });

  it('rejects an unknown setting', () => {
    expect(accepts(settingsPatchSchema, { glitter: true })).toBe(false);
  });

  it('rejects something that is not an object', () => {
    expect(accepts(settingsPatchSchema, null)).toBe(false);
  });
});

describe('requestSchemas', () => {
  it('takes a settings patch on settings:update', () => {
    expect(accepts(requestSchemas['settings:update'], [{ coachingMode: 'expert' }])).toBe(true);
  });

  it('takes no arguments on settings:get', () => {
    expect(accepts(requestSchemas['settings:get'], [])).toBe(true);
  });

  it('rejects an argument on settings:get', () => {
    expect(accepts(requestSchemas['settings:get'], ['extra'])).toBe(false);
  });

  it('takes a playbook id and a version from 1 on playbooks:get', () => {
    expect(accepts(requestSchemas['playbooks:get'], ['default-ar', 1])).toBe(true);
  });

  it.each([['default-ar', 0], ['default-ar', 1.5], ['', 1], ['default-ar']])(
    'rejects playbooks:get arguments %j',
    (...args) => {
      expect(accepts(requestSchemas['playbooks:get'], args)).toBe(false);
    },
  );

  it('takes file text up to the size limit on playbooks:import', () => {
    expect(accepts(requestSchemas['playbooks:import'], ['x'.repeat(PLAYBOOK_FILE_MAX_BYTES)])).toBe(
      true,
    );
  });

  it('rejects file text over the size limit on playbooks:import', () => {
    const text = 'x'.repeat(PLAYBOOK_FILE_MAX_BYTES + 1);

    expect(accepts(requestSchemas['playbooks:import'], [text])).toBe(false);
  });

  it('takes a playbook id on playbooks:export', () => {
    expect(accepts(requestSchemas['playbooks:export'], ['default-ar'])).toBe(true);
  });

  it('rejects an empty playbook id on playbooks:export', () => {
    expect(accepts(requestSchemas['playbooks:export'], [''])).toBe(false);
  });

  it('takes a call id and a new command on calls:apply', () => {
    const args = ['call-1', { type: 'open-branch', branchId: 'check-in-mail' }];

    expect(accepts(requestSchemas['calls:apply'], args)).toBe(true);
  });
});
