import { useEffect, useState, type KeyboardEvent } from 'react';
import type { AccountPick } from '../../../shared/domain/accounts';
import { formatMoney } from '../../../shared/domain/money';
import { useAccountState } from '../../app/stores';
import { FormField } from '../../ui/form-field';

export interface AccountComboboxProps {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  /** Called on every keystroke with the text as typed. */
  readonly onChange: (value: string) => void;
  /** Called when the caller picks one of the listed accounts. */
  readonly onPick: (pick: AccountPick) => void;
  readonly error?: string | undefined;
  readonly hint?: string | undefined;
  readonly isRequired?: boolean;
}

const optionId = (listId: string, accountId: number) => `${listId}-${accountId}`;

/**
 * A text field that lists the accounts matching what is typed (name, number, an invoice, a
 * contact or a phone's digits), the WAI-ARIA combobox way: focus stays in the field, Down and Up
 * move through the list, Enter picks, Escape closes it and keeps the text, and Tab leaves without
 * picking. Typing on without picking keeps the text as a new customer.
 */
export function AccountCombobox(props: AccountComboboxProps) {
  const { id, label, value, onChange, onPick, error, hint, isRequired } = props;
  const results = useAccountState((state) => state.results);
  const activeId = useAccountState((state) => state.activeId);
  const actions = useAccountState((state) => state.actions);
  const searchError = useAccountState((state) => state.searchError);
  const [isOpen, setIsOpen] = useState(false);
  const listId = `${id}-accounts`;
  const isExpanded = isOpen && value.trim() !== '' && results.length > 0;
  const active = isExpanded ? results.find((pick) => pick.id === activeId) : undefined;

  // The highlighted account stays in view in a list that scrolls.
  useEffect(() => {
    if (active === undefined) return;
    document.getElementById(optionId(listId, active.id))?.scrollIntoView?.({ block: 'nearest' });
  }, [active, listId]);

  function pick(account: AccountPick) {
    setIsOpen(false);
    actions.clearSearch();
    onPick(account);
  }

  function handleChange(text: string) {
    onChange(text);
    actions.search(text);
    setIsOpen(true);
  }

  function handleKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.ctrlKey || event.metaKey || event.shiftKey) return;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp':
        if (event.altKey && event.key === 'ArrowUp') {
          if (!isExpanded) return;
          setIsOpen(false);
        } else if (!isExpanded) {
          if (value.trim() === '') return;
          setIsOpen(true);
          // The list was closed (Escape) or never asked for (text filled in by a pick).
          if (results.length === 0) actions.search(value);
        } else if (!event.altKey) {
          actions.moveHighlight(event.key === 'ArrowDown' ? 1 : -1);
        }
        event.preventDefault();
        return;
      case 'Enter':
        // With the list open Enter picks; with it closed it submits the form as usual.
        if (!active || event.altKey) return;
        event.preventDefault();
        pick(active);
        return;
      case 'Escape':
        if (!isExpanded) return;
        event.preventDefault();
        setIsOpen(false);
        return;
      default:
    }
  }

  return (
    <FormField
      id={id}
      label={label}
      hint={hint}
      message={error ? { level: 'error', message: error } : null}
      isRequired={isRequired ?? false}
      className="field--combobox"
    >
      {(control) => (
        <div className="account-combobox">
          <input
            {...control}
            type="text"
            role="combobox"
            aria-autocomplete="list"
            aria-expanded={isExpanded}
            aria-controls={listId}
            aria-activedescendant={active ? optionId(listId, active.id) : undefined}
            autoComplete="off"
            spellCheck={false}
            value={value}
            onChange={(event) => handleChange(event.target.value)}
            onKeyDown={handleKeyDown}
            onBlur={() => setIsOpen(false)}
          />
          <ul
            id={listId}
            role="listbox"
            aria-label="Matching accounts"
            className="account-combobox__list"
            hidden={!isExpanded}
          >
            {isExpanded &&
              results.map((account) => (
                <li
                  key={account.id}
                  id={optionId(listId, account.id)}
                  role="option"
                  aria-selected={account.id === active?.id}
                  aria-label={optionName(account)}
                  className="account-option"
                  // Focus stays in the field; the click picks.
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={() => pick(account)}
                >
                  <AccountOption account={account} />
                </li>
              ))}
          </ul>
          <p className="visually-hidden" role="status">
            {isExpanded ? matchCount(results.length) : ''}
          </p>
          {isOpen && searchError !== null && (
            <p className="field__hint">Your accounts could not be searched: {searchError}</p>
          )}
        </div>
      )}
    </FormField>
  );
}

function AccountOption({ account }: { readonly account: AccountPick }) {
  const details = detailsOf(account);
  return (
    <>
      <span className="account-option__name">{account.name}</span>
      {details.length > 0 && <span className="account-option__details">{details.join(' · ')}</span>}
    </>
  );
}

/** What tells one listed account from another: its number, what matched, what is overdue. */
function detailsOf(account: AccountPick): string[] {
  return [
    account.number,
    account.matched ?? '',
    account.overdueCents > 0 ? `${formatMoney(account.overdueCents)} overdue` : '',
  ].filter((detail) => detail !== '');
}

/** A listed account as a screen reader says it: the same words, read as a list. */
function optionName(account: AccountPick): string {
  return [account.name, ...detailsOf(account)].join(', ');
}

function matchCount(count: number): string {
  return count === 1 ? 'One account matches.' : `${count} accounts match.`;
}
