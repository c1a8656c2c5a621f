import { findPlaybookStep } from '../../../shared/domain/playbook';
import { defaultArPlaybook } from '../../../shared/playbooks/default-ar-playbook';

describe('defaultArPlaybook', () => {
  it('has exactly five steps in call order', () => {
    expect(defaultArPlaybook.steps.map((step) => step.title)).toEqual([
      'Acknowledge the issue',
      'Empathize',
      'Give recognition',
      'Probe "check is in the mail"',
      'Leave an action',
    ]);
  });

  it('gives every step a one-line prompt', () => {
    for (const step of defaultArPlaybook.steps) {
      expect(step.prompt.trim(), step.id).not.toBe('');
      expect(step.prompt, step.id).not.toContain('\n');
    }
  });

  it('gives every step two or three phrases', () => {
    for (const step of defaultArPlaybook.steps) {
      expect(step.phrases.length, step.id).toBeGreaterThanOrEqual(2);
      expect(step.phrases.length, step.id).toBeLessThanOrEqual(3);
      expect(
        step.phrases.every((phrase) => phrase.trim() !== ''),
        step.id,
      ).toBe(true);
    }
  });

  it('asks when, which check number, what amount and where it was mailed in the check-in-the-mail step', () => {
    const step = defaultArPlaybook.steps.find(
      (candidate) => candidate.title === 'Probe "check is in the mail"',
    );
    const questions = step?.questions.join('\n').toLowerCase() ?? '';

    expect(questions).toMatch(/when .*sent/);
    expect(questions).toContain('check number');
    expect(questions).toContain('amount');
    expect(questions).toMatch(/where .*mailed/);
  });

  it('uses unique step ids', () => {
    const ids = defaultArPlaybook.steps.map((step) => step.id);

    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has ids that fit the command schema', () => {
    for (const step of defaultArPlaybook.steps) expect(step.id).toMatch(/^[a-z0-9-]{1,64}$/);
  });

  it('is found by findPlaybookStep', () => {
    expect(findPlaybookStep(defaultArPlaybook, 'empathize')?.title).toBe('Empathize');
  });

  it('has a positive integer version', () => {
    expect(Number.isInteger(defaultArPlaybook.version) && defaultArPlaybook.version > 0).toBe(true);
  });
});

describe('findPlaybookStep', () => {
  it('returns undefined for an unknown step', () => {
    expect(findPlaybookStep(defaultArPlaybook, 'nope')).toBeUndefined();
  });
});
