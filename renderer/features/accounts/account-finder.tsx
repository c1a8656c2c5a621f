import { useEffect, useRef, useState } from 'react';
import type { AccountPick } from '../../../shared/domain/accounts';
import { useAccountTimelineState, useStores } from '../../app/stores';
import { AccountCombobox } from './account-combobox';
import { AccountTimeline } from './account-timeline';

/**
 * The Accounts view's "Find an account": the start form's pick-list, and the picked account's
 * timeline under it, kept current with imports and calls that end while it shows.
 */
export function AccountFinder() {
  const stores = useStores();
  const actions = useAccountTimelineState((state) => state.actions);
  const shownName = useAccountTimelineState((state) => state.file?.account.name ?? '');
  const entries = useAccountTimelineState((state) => state.entries);
  const file = useAccountTimelineState((state) => state.file);
  const [text, setText] = useState(shownName);
  const headingRef = useRef<HTMLHeadingElement>(null);
  // The account just picked, until its timeline shows and takes the keyboard.
  const focusFor = useRef<number | null>(null);

  useEffect(() => stores.timeline.getState().actions.connect(), [stores]);

  useEffect(() => {
    if (focusFor.current === null || file?.account.id !== focusFor.current) return;
    focusFor.current = null;
    headingRef.current?.focus();
  }, [entries, file]);

  function handlePick(pick: AccountPick) {
    setText(pick.name);
    focusFor.current = pick.id;
    void actions.show(pick.id);
  }

  return (
    <section className="account-finder" aria-labelledby="account-finder-heading">
      <h3 id="account-finder-heading">Find an account</h3>
      <AccountCombobox
        id="account-finder-field"
        label="Name, number, invoice or phone"
        value={text}
        onChange={setText}
        onPick={handlePick}
      />
      <AccountTimeline headingRef={headingRef} />
    </section>
  );
}
