import { useEffect } from 'react';
import type { AccountFile } from '../../../shared/domain/account-file';
import { useAccountState, useStores } from '../../app/stores';

/** Keeps the account files this window holds current with main while the component shows. */
export function useAccountUpdates(): void {
  const stores = useStores();
  useEffect(() => stores.accounts.getState().actions.connect(), [stores]);
}

/**
 * The account's file as this window holds it, asked of main when it holds none. With
 * `isFresh`, main is asked each time the component shows, even when it holds one (calls ended
 * since may have added to it), and the one held shows meanwhile. Undefined until it first loads,
 * or with no account.
 */
export function useAccountFile(
  accountId: number | null,
  { isFresh = false }: { readonly isFresh?: boolean } = {},
): AccountFile | undefined {
  const stores = useStores();
  useAccountUpdates();
  useEffect(() => {
    if (accountId === null) return;
    const { files, actions } = stores.accounts.getState();
    if (isFresh || files[accountId] === undefined) void actions.loadFile(accountId);
  }, [accountId, isFresh, stores]);
  return useAccountState((state) => (accountId === null ? undefined : state.files[accountId]));
}

/** Why the account's file could not be loaded, or null. */
export function useAccountFileError(accountId: number | null): string | null {
  return useAccountState((state) =>
    accountId === null ? null : (state.fileErrors[accountId] ?? null),
  );
}
