import { useMemo } from 'react';
import { accountFacts, recognitionFrom } from '../../../shared/domain/recognition';
import {
  factsHeld,
  fillPhraseWithFacts,
  NO_FACTS,
  tokenValues,
} from '../../../shared/domain/merge-tokens';
import type { Guidance, Playbook } from '../../../shared/domain/playbook';
import { useAccountFile } from '../accounts/account-hooks';
import { RECOGNITION_STEP_ID } from '../accounts/account-steps';
import { useLiveCall, useLiveCallValues } from './use-live-call';
import { useToday } from './use-today';

/**
 * The section's phrases as they can truthfully be said on this call: filled from what the call
 * holds (who, which invoice, what was captured so far) and what its account's history shows,
 * leaving out any phrase that would state a fact neither holds. The one stating the most of the
 * call's facts comes first (a read-back, once its values are captured); the rest keep the
 * playbook's order. Giving recognition starts with what the account shows to thank them for,
 * and then leaves out the playbook's phrases that would say the same again.
 */
export function usePhrases(section: Guidance, playbook: Playbook): readonly string[] {
  const today = useToday();
  const facts = useLiveCallValues((call) => ({
    contact: call.contact,
    customer: call.customer,
    invoice: call.invoice,
    amountDueCents: call.amountDueCents,
    dueOn: call.dueOn,
    customerSince: call.customerSince,
    startedAt: call.startedAt,
    captures: call.captures,
  }));
  const file = useAccountFile(useLiveCall((call) => call.accountId) ?? null);
  return useMemo(() => {
    if (!facts) return [];
    const recognition =
      section.id === RECOGNITION_STEP_ID && file ? recognitionFrom(file, today) : [];
    const said = new Set(recognition.map((item) => item.id));
    const values = tokenValues(
      said.has('customer-since') ? { ...facts, customerSince: '' } : facts,
      playbook,
      today,
    );
    const held = file
      ? factsHeld({
          ...accountFacts(file, today),
          ...(said.has('paid-on-time') && { paysOnTime: false }),
        })
      : NO_FACTS;
    const filled = section.phrases
      .map((template) => fillPhraseWithFacts(template, values, held))
      .filter((phrase) => phrase !== null);
    const best = filled.reduce<(typeof filled)[number] | undefined>(
      (top, phrase) => (top === undefined || phrase.factCount > top.factCount ? phrase : top),
      undefined,
    );
    const fromPlaybook =
      best === undefined
        ? []
        : [best.text, ...filled.filter((phrase) => phrase !== best).map((phrase) => phrase.text)];
    return [...recognition.map((item) => item.text), ...fromPlaybook];
  }, [facts, file, playbook, section, today]);
}
