import type { CaptureValues } from './capture';
import { parseMoney, type Cents } from './money';

/** The ways a collector types an amount: "1250", "1250.00" and "1,250.00" all find 125000 cents. */
function amountForms(cents: Cents): string[] {
  const whole = Math.trunc(cents / 100);
  const fraction = String(cents % 100).padStart(2, '0');
  const forms = [`${whole}.${fraction}`, whole.toLocaleString('en-US') + `.${fraction}`];
  if (fraction === '00') forms.push(String(whole));
  return forms;
}

/**
 * The text a call's captured values are searched by: every value as typed, and every amount also
 * in the forms people search for it. The call's own amount due is included, so History finds a
 * call by what was owed.
 */
export function capturedSearchText(
  captures: Readonly<Record<string, CaptureValues>>,
  amountDueCents: Cents | null,
): string {
  const words: string[] = [];
  if (amountDueCents !== null) words.push(...amountForms(amountDueCents));
  for (const values of Object.values(captures)) {
    for (const value of Object.values(values)) {
      const typed = value.trim();
      if (typed === '') continue;
      words.push(typed);
      const amount = parseMoney(typed);
      if (amount.ok && /[.,]/.test(typed)) words.push(...amountForms(amount.cents));
    }
  }
  return [...new Set(words)].join(' ');
}
