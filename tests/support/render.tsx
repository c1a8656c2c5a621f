import { render, type RenderResult } from '@testing-library/react';
import { StrictMode, type ReactElement } from 'react';
import { bootstrap } from '../../renderer/app/bootstrap';
import { StoresProvider, type Stores } from '../../renderer/app/stores';
import { createFakeApi, type FakeApi } from './fake-api';

export interface RenderWithStoresResult extends RenderResult {
  readonly stores: Stores;
  readonly fake: FakeApi;
}

/**
 * Renders `ui` the way renderer/main.tsx does: stores built and started by `bootstrap` over the
 * fake API, provided through context, inside StrictMode.
 */
export function renderWithStores(
  ui: ReactElement,
  fake: FakeApi = createFakeApi(),
): RenderWithStoresResult {
  const stores = bootstrap(fake.api);
  const result = render(
    <StrictMode>
      <StoresProvider stores={stores}>{ui}</StoresProvider>
    </StrictMode>,
  );
  return { ...result, stores, fake };
}
