import type { CaptureField, Playbook } from '../domain/playbook';

// Fields more than one branch asks for, worded once.
const invoicesField: CaptureField = {
  id: 'invoices',
  label: 'Invoices covered',
  type: 'text',
  hint: 'Invoice numbers, separated by commas',
};
const paymentMethodOptions = [
  { id: 'check', label: 'Check' },
  { id: 'ach', label: 'ACH' },
  { id: 'wire', label: 'Wire' },
  { id: 'card', label: 'Card' },
  { id: 'portal', label: 'Online portal' },
];

/**
 * The team's starting playbook for a call about an overdue invoice, written for the caller's ear:
 * a prompt to glance at, why it matters for those still learning, a few phrases to borrow, the
 * questions that turn a vague answer into something that can be followed up, and a form for each
 * way the call can go. The README maps each piece of the source guidance to where it lives here.
 */
export const defaultArPlaybook: Playbook = {
  format: 1,
  id: 'default-ar',
  version: 2,
  name: 'Overdue invoice call',
  description:
    'For a call to a business customer about an invoice that is past due, from preparing to the follow-up.',
  steps: [
    {
      id: 'prepare',
      title: 'Prepare',
      prompt: 'Before you dial: history, open invoices, terms, past promises, last contact.',
      why: 'Knowing the account lets you answer on the spot and keeps you from guessing. Callers who know the facts are trusted; callers who guess get argued with.',
      phrases: [],
      questions: [
        'Did they promise a payment on an earlier call, and was it kept?',
        'Is there an open dispute or a billing mistake of ours on this account?',
        'Who did we speak to last time, and what was agreed?',
      ],
      fields: [],
      donts: ['assuming', 'ignoring-red-flags'],
    },
    {
      id: 'acknowledge',
      title: 'Acknowledge the issue',
      prompt: 'Let them tell it their way. Do not interrupt, do not argue.',
      why: 'Most upset customers mainly want to be heard. Letting them finish, and owning a mistake when it is ours, takes the heat out of the call faster than any argument.',
      phrases: [
        [
          'Thanks for taking my call[, {contact}]. I am calling about invoice {invoice}[ for {amount}].',
          'Thanks for taking my call[, {contact}]. I am calling about an open invoice on your account.',
        ],
        'Take your time. I want to be sure I understand what happened.',
        'You are right, that was our mistake, and I am sorry it landed on you. Let me put it right.',
        'Would it help to take a minute, or shall I call you back at a better time today?',
      ],
      questions: [],
      fields: [],
      donts: ['raising-voice', 'reacting'],
    },
    {
      id: 'empathize',
      title: 'Empathize',
      prompt: 'Show you see their side without giving away terms.',
      why: 'People cooperate with someone who understands them. Empathy costs nothing and concedes nothing: you can agree it is frustrating and still expect the invoice to be paid.',
      phrases: [
        'I understand. That would frustrate me too.',
        'Let us work through this together and find something that works for both of us.',
      ],
      questions: [],
      fields: [],
      donts: ['confrontation', 'legal-threats'],
    },
    {
      id: 'recognition',
      title: 'Give recognition',
      prompt: 'Say something true and specific that you value about them.',
      why: 'Praise that is specific and true (years of business, a good payment record, even picking up the phone) makes the customer feel like a partner rather than a debt.',
      phrases: [
        [
          'You have been with us since {customerSince}, and we really value that.',
          'You have been a customer of ours for a long time, and we really value that.',
        ],
        'Your payments are usually right on time, so I guessed something must be off.',
        'Thank you for picking up and sorting this out with me[, {contact}].',
      ],
      questions: [],
      fields: [],
      donts: ['one-size-fits-all'],
    },
    {
      id: 'payment-status',
      title: 'Find what holds up payment',
      prompt: 'Ask, listen, then open the situation that fits (Alt+Shift+M, P, D, N, A or H).',
      why: 'You cannot solve a problem you have not heard. Asking plainly what stands in the way turns "we will look into it" into a situation you can record and follow up.',
      phrases: [
        [
          'Invoice {invoice} is now {daysPastDue} days past due. Is anything holding it up on your side?',
          'This invoice is now past due. Is anything holding it up on your side?',
        ],
        'Do you have everything you need from us: the right invoice, the right amount, the right address?',
        'Last time we spoke you mentioned a payment by the end of the month. Did that go out?',
      ],
      questions: [
        'Is something preventing payment? How can we help?',
        'Do they have the correct invoice: number, amount, due date?',
        'Any earlier promise to remind them of, politely?',
      ],
      fields: [],
      donts: ['assuming', 'accepting-the-mail-claim'],
    },
    {
      id: 'leave-action',
      title: 'Leave an action',
      prompt: 'Never hang up without a next step, a date and who does it. Recap it aloud.',
      why: 'A call that ends without an action is easily forgotten by both sides. A clear next step with a date gives the customer something to do and you something to check.',
      phrases: [
        'So to recap[, {contact}]: you will send payment by Friday, and I will confirm once it is applied.',
        'Could you call me back tomorrow to confirm the corrected invoice reached you?',
      ],
      questions: ['Did you recap the action, the date and who does it, out loud?'],
      fields: [],
      donts: ['overpromising'],
    },
    {
      id: 'follow-up',
      title: 'Recap and follow up',
      prompt: 'Send the recap e-mail with the invoice, and follow up on the agreed date.',
      why: 'A written recap settles what was agreed and puts the invoice in front of the customer again. Following up on the day agreed shows the promise was taken seriously.',
      phrases: [
        [
          'I will e-mail you a short summary with invoice {invoice} attached right after this call.',
          'I will e-mail you a short summary with the invoice attached right after this call.',
        ],
      ],
      questions: ['Which e-mail address should the recap go to?'],
      fields: [{ id: 'recap-to', label: 'Recap goes to', type: 'text', hint: 'E-mail address' }],
      donts: [],
    },
  ],
  branches: [
    {
      id: 'check-in-mail',
      key: 'M',
      title: 'Check in the mail',
      prompt: 'Do not take "it is in the mail" as the answer. Get details you can trace.',
      why: '"The check is in the mail" is the most common way a payment slips another few weeks. Details you can trace (date, number, amount, where it went) either find the check or show it was never sent.',
      phrases: [
        'Great, let me note the details so I can match it the moment it lands.',
        'If it has not reached us by then, shall we agree what happens next: stop the check and reissue, or pay by ACH?',
      ],
      questions: [
        'When was it mailed?',
        'What is the check number?',
        'What amount, and which invoices does it cover?',
        'Where was it mailed: our lockbox or an office address?',
        'How was it sent? Is there a tracking number?',
        'Who sent it?',
      ],
      fields: [
        { id: 'mailed-on', label: 'Mailed on', type: 'date', allow: 'past' },
        { id: 'check-number', label: 'Check number', type: 'text', format: 'digits' },
        { id: 'amount', label: 'Amount', type: 'money', warnAboveOwed: true },
        invoicesField,
        {
          id: 'mailed-to',
          label: 'Mailed to',
          type: 'choice',
          options: [
            { id: 'lockbox', label: 'Our lockbox' },
            { id: 'remit-address', label: 'Our remit-to address' },
            { id: 'office', label: 'Our office' },
          ],
          allowOther: true,
        },
        {
          id: 'method',
          label: 'Sent by',
          type: 'choice',
          options: [
            { id: 'mail', label: 'Regular mail' },
            { id: 'certified', label: 'Certified mail' },
            { id: 'courier', label: 'Courier or overnight' },
          ],
        },
        { id: 'tracking', label: 'Tracking number', type: 'text' },
        { id: 'sent-by', label: 'Who sent it', type: 'text' },
        {
          id: 'follow-up-by',
          label: 'Follow up by',
          type: 'date',
          notBefore: 'mailed-on',
          defaultFrom: { field: 'mailed-on', businessDays: 7 },
          hint: 'Set to 7 business days after mailing. If it has not arrived by then, agree the next step.',
        },
      ],
      donts: ['accepting-the-mail-claim'],
      outcome: 'check-in-mail',
      action: {
        what: 'Check the payment has arrived; if not, ask for a stop and reissue, or ACH',
        dueField: 'follow-up-by',
      },
    },
    {
      id: 'promise-to-pay',
      key: 'P',
      title: 'Promise to pay',
      prompt: 'Pin the promise down: how much, by when, how, for which invoices.',
      why: 'A promise with an amount, a date and a method is one you can check. A vague promise is easy to break, and a broken promise is a red flag to raise on the next call.',
      phrases: [
        [
          'So that is {amount} by the date we said, for invoice {invoice}. Have I got that right?',
          'Let me read that back to you, so we both have the same amount and date.',
        ],
      ],
      questions: [
        'How much will they pay?',
        'By what date?',
        'How: check, ACH, wire, card or the portal?',
        'Which invoices does it cover?',
      ],
      fields: [
        { id: 'amount', label: 'Amount', type: 'money', warnAboveOwed: true },
        { id: 'pay-on', label: 'Pay by', type: 'date', allow: 'future' },
        { id: 'method', label: 'Method', type: 'choice', options: paymentMethodOptions },
        invoicesField,
      ],
      donts: ['overpromising'],
      outcome: 'promise-to-pay',
      action: { what: 'Confirm the promised payment has arrived', dueField: 'pay-on' },
    },
    {
      id: 'dispute',
      key: 'D',
      title: 'Dispute',
      prompt: 'Find the reason and split what is disputed from what can be paid now.',
      why: 'A dispute usually covers part of a bill. Separating the disputed amount from the rest gets the undisputed part paid, and a named owner and the right documents get the rest resolved.',
      phrases: [
        'Thanks for telling me. Let me make sure I record exactly what is wrong so the right person can fix it.',
        'While we sort that out, can the part that is not in question be paid as usual?',
        'If the mistake is ours, we will correct it and send you a new invoice.',
      ],
      questions: [
        'What exactly is disputed, and why?',
        'How much is disputed, and how much is not?',
        'Which invoices?',
        'What documents do we need from them, or they from us?',
        'Who on our side owns the fix?',
      ],
      fields: [
        {
          id: 'reason',
          label: 'Reason',
          type: 'choice',
          options: [
            { id: 'pricing', label: 'Price or rate is wrong' },
            { id: 'quantity', label: 'Quantity is wrong' },
            { id: 'not-delivered', label: 'Not delivered or damaged' },
            { id: 'not-ordered', label: 'Not ordered' },
            { id: 'credit-missing', label: 'Credit or discount missing' },
            { id: 'terms', label: 'Payment terms' },
          ],
          allowOther: true,
        },
        { id: 'disputed-amount', label: 'Disputed amount', type: 'money', warnAboveOwed: true },
        {
          id: 'undisputed-amount',
          label: 'Undisputed amount',
          type: 'money',
          allowZero: true,
          warnAboveOwed: true,
        },
        invoicesField,
        { id: 'documents', label: 'Documents requested', type: 'text', multiline: true },
        { id: 'owner', label: 'Owner', type: 'text', hint: 'Who on our side resolves it' },
        { id: 'answer-by', label: 'Get back to them by', type: 'date', allow: 'future' },
        {
          id: 'status',
          label: 'Status',
          type: 'choice',
          options: [
            { id: 'open', label: 'Open: being looked into' },
            { id: 'credit-agreed', label: 'Credit or correction agreed' },
            { id: 'resolved', label: 'Resolved on the call' },
          ],
        },
      ],
      donts: ['confrontation', 'legal-threats', 'overpromising'],
      outcome: 'dispute',
      action: {
        what: 'Pass the dispute to its owner and call back with the answer',
        dueField: 'answer-by',
      },
    },
    {
      id: 'invoice-not-received',
      key: 'N',
      title: 'Invoice not received',
      prompt: 'Confirm where invoices should go, resend now, and agree when they will pay.',
      why: 'A missing invoice is easy to fix and easy to keep using as a reason. Confirming the address and resending while on the call removes the reason.',
      phrases: [
        [
          'I will resend invoice {invoice} right now. Which address should it go to?',
          'I will resend the invoice right now. Which address should it go to?',
        ],
      ],
      questions: [
        'What is the right postal address or e-mail for invoices?',
        'Can they confirm it arrived while you are on the call?',
      ],
      fields: [
        { id: 'confirmed-address', label: 'Confirmed address or e-mail', type: 'text' },
        { id: 'resent-on', label: 'Resent on', type: 'date', allow: 'past' },
        { id: 'resent-to', label: 'Resent to', type: 'text' },
      ],
      donts: ['assuming'],
      outcome: 'invoice-not-received',
      action: { what: 'Confirm the resent invoice arrived and when it will be paid' },
    },
    {
      id: 'already-paid',
      key: 'A',
      title: 'Already paid',
      prompt: 'Get what you need to find the payment: date, amount, method, reference.',
      why: 'If they paid, the money is somewhere: misapplied, at the bank, or with another account. The date, amount and reference let cash application find it.',
      phrases: [
        'Thank you. With the date and the reference I can find it and make sure it is applied.',
      ],
      questions: [
        'When was it paid?',
        'How much?',
        'How: check, ACH, wire, card or the portal?',
        'What is the check number or transaction id?',
      ],
      fields: [
        { id: 'paid-on', label: 'Paid on', type: 'date', allow: 'past' },
        { id: 'amount', label: 'Amount', type: 'money', warnAboveOwed: true },
        { id: 'method', label: 'Method', type: 'choice', options: paymentMethodOptions },
        {
          id: 'reference',
          label: 'Reference',
          type: 'text',
          hint: 'Check number or transaction id',
        },
      ],
      donts: ['assuming'],
      outcome: 'paid-already',
      action: { what: 'Find the payment and confirm it is applied' },
    },
    {
      id: 'hardship',
      key: 'H',
      title: 'Hardship / payment plan',
      prompt: 'Find what they can pay now and a plan for the rest you can actually approve.',
      why: 'A customer in trouble who pays something now and follows a plan is better than one who stops answering. Offer only what can be approved, so the plan holds.',
      phrases: [
        'Thank you for being open with me. Let us find an amount that works now, and a plan for the rest.',
        'I need to get this plan approved, so let me confirm it with you by the date we agree.',
      ],
      questions: [
        'What can they pay now?',
        'What could they pay each week or month after that?',
        'When could the first payment go out?',
      ],
      fields: [
        {
          id: 'pay-now',
          label: 'Can pay now',
          type: 'money',
          allowZero: true,
          warnAboveOwed: true,
        },
        { id: 'plan', label: 'Proposed plan', type: 'text', multiline: true },
        { id: 'first-payment-on', label: 'First payment by', type: 'date', allow: 'future' },
      ],
      donts: ['overpromising', 'legal-threats'],
      outcome: 'hardship',
      action: {
        what: 'Get the plan approved and confirm it with the customer',
        dueField: 'first-payment-on',
      },
    },
  ],
  outcomes: [
    { id: 'promise-to-pay', label: 'Promise to pay', kind: 'action' },
    { id: 'paid-already', label: 'Paid already', kind: 'action' },
    { id: 'check-in-mail', label: 'Check in the mail', kind: 'action' },
    { id: 'invoice-not-received', label: 'Invoice not received', kind: 'action' },
    { id: 'dispute', label: 'Dispute', kind: 'action' },
    { id: 'callback-requested', label: 'Callback requested', kind: 'action' },
    { id: 'hardship', label: 'Hardship / payment plan', kind: 'action' },
    { id: 'no-answer', label: 'No answer', kind: 'follow-up' },
    { id: 'voicemail', label: 'Voicemail', kind: 'follow-up' },
    { id: 'wrong-contact', label: 'Wrong contact', kind: 'follow-up' },
    { id: 'refused', label: 'Refused', kind: 'action' },
  ],
  donts: [
    {
      id: 'raising-voice',
      text: 'Keep your voice level, however loud they get.',
      why: 'A raised voice turns a billing question into a fight.',
    },
    {
      id: 'reacting',
      text: 'Do not react to their tone; answer the issue.',
      why: 'Their frustration is rarely about you, and reacting makes it about you.',
    },
    {
      id: 'confrontation',
      text: 'Stay on their side of the table; no blame, no "you should have".',
      why: 'Confrontation makes people defend themselves instead of solving the problem.',
    },
    {
      id: 'legal-threats',
      text: 'No threats of legal action, even if they push back.',
      why: 'Legal steps may come much later, stated as a fact by the right person, never as a threat on a call.',
    },
    {
      id: 'overpromising',
      text: 'Promise only what you can deliver.',
      why: 'A promise you cannot keep costs more trust than an honest "I will find out".',
    },
    {
      id: 'assuming',
      text: 'Do not assume; ask and verify.',
      why: 'Guessing why they have not paid leads to the wrong fix. Ask, then check the facts.',
    },
    {
      id: 'accepting-the-mail-claim',
      text: 'Do not accept "the check is in the mail" without details.',
      why: 'Without a date, a number and an address there is nothing to trace and nothing to follow up.',
    },
    {
      id: 'one-size-fits-all',
      text: 'Speak to this customer, not to a script.',
      why: 'A customer who hears a form letter stops listening; their history is what makes it personal.',
    },
    {
      id: 'ignoring-red-flags',
      text: 'Do not let a broken promise or a repeated delay pass unmentioned.',
      why: 'Patterns left alone get worse. Raise them calmly and note them for the team.',
    },
  ],
};
