import { useMemo } from 'react';
import { fillPhraseWithFacts, tokenValues } from '../../../shared/domain/merge-tokens';
import type { Guidance, Playbook } from '../../../shared/domain/playbook';
import { useLiveCallValues } from './use-live-call';
import { useToday } from './use-today';

/**
 * The section's phrases as they can truthfully be said on this call: filled from what the call
 * holds (who, which invoice, what was captured so far), leaving out any phrase that would state
 * a fact the call does not hold. The one stating the most of the call's facts comes first (a
 * read-back, once its values are captured); the rest keep the playbook's order.
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
  return useMemo(() => {
    if (!facts) return [];
    const values = tokenValues(facts, playbook, today);
    const filled = section.phrases
      .map((template) => fillPhraseWithFacts(template, values))
      .filter((phrase) => phrase !== null);
    const best = filled.reduce<(typeof filled)[number] | undefined>(
      (top, phrase) => (top === undefined || phrase.factCount > top.factCount ? phrase : top),
      undefined,
    );
    return best === undefined
      ? []
      : [best.text, ...filled.filter((phrase) => phrase !== best).map((phrase) => phrase.text)];
  }, [facts, playbook, section, today]);
}
