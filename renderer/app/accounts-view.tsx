import { AccountFinder } from '../features/accounts/account-finder';
import { ImportPanel } from '../features/accounts/import-panel';

/** The Accounts tab: find an account, and import a file of them. */
export function AccountsView() {
  return (
    <section className="accounts" aria-labelledby="accounts-heading">
      <h2 id="accounts-heading">Accounts</h2>
      <AccountFinder />
      <ImportPanel headingLevel={3} />
    </section>
  );
}
