import type { Playbook } from '../domain/playbook';

/**
 * The team's starting playbook for a collections call on an overdue invoice. Written for the
 * caller's ear: one short prompt to glance at, a few phrases to borrow, and the questions that
 * turn a vague answer into something that can be followed up.
 */
export const defaultArPlaybook: Playbook = {
  id: 'default-ar',
  version: 1,
  name: 'Overdue invoice call',
  steps: [
    {
      id: 'acknowledge',
      title: 'Acknowledge the issue',
      prompt: 'Let them tell it their way. Do not interrupt, do not argue.',
      phrases: [
        'Take your time, I want to make sure I understand what happened.',
        'So the invoice went out with the wrong quantity, and that held things up. Have I got that right?',
        'You are right, that was our mistake, and I am sorry it landed on you.',
      ],
      questions: [],
    },
    {
      id: 'empathize',
      title: 'Empathize',
      prompt: 'Show you see their side without giving away terms. Ask what stands in the way.',
      phrases: [
        'I understand, that would frustrate me too.',
        'Let us work through this together and find something that works for both of us.',
        'Is anything on your side holding the payment up? How can I help clear it?',
      ],
      questions: [],
    },
    {
      id: 'recognition',
      title: 'Give recognition',
      prompt: 'Say something true and specific that you value about this customer.',
      phrases: [
        'You have been with us a long time and we really value that.',
        'Your payments have almost always been on time, so I knew something must be off.',
        'Thank you for picking up and sorting this out with me today.',
      ],
      questions: [],
    },
    {
      id: 'check-in-mail',
      title: 'Probe "check is in the mail"',
      prompt: 'Never take "it is in the mail" as the answer. Get the details you can trace.',
      phrases: [
        'Great, let me note the details so I can match it the moment it lands.',
        'If it has not reached us by then, shall we agree what happens next?',
      ],
      questions: [
        'When was it sent?',
        'What is the check number?',
        'What amount is it for, and which invoices does it cover?',
        'Where was it mailed: our lockbox or the office address?',
      ],
    },
    {
      id: 'leave-action',
      title: 'Leave an action',
      prompt: 'Never hang up without a next step, a date and who does it. Recap it aloud.',
      phrases: [
        'So to recap: you will send payment by Friday, and I will confirm once it is applied.',
        'Could you call me back tomorrow to confirm the corrected invoice reached you?',
        'I will email you a summary with the invoice attached right after this call.',
      ],
      questions: [],
    },
  ],
};
