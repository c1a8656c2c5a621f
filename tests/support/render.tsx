import { render, type RenderResult } from '@testing-library/react';
import { StrictMode, type ReactElement } from 'react';
import { bootstrap } from '../../renderer/app/bootstrap';
import { StoresProvider, type Stores } from '../../renderer/app/stores';
import { createTestApi, type TestApi } from './test-api';

export interface RenderWithStoresResult extends RenderResult {
  readonly stores: Stores;
  readonly testApi: TestApi;
}

/**
 * Renders `ui` the way renderer/main.tsx does: stores built and started by `bootstrap` over the
 * test API (the real main core behind a test transport), provided through context, inside
 * StrictMode.
 */
export function renderWithStores(
  ui: ReactElement,
  testApi: TestApi = createTestApi(),
): RenderWithStoresResult {
  const stores = bootstrap(testApi.api);
  const result = render(
    <StrictMode>
      <StoresProvider stores={stores}>{ui}</StoresProvider>
    </StrictMode>,
  );
  return { ...result, stores, testApi };
}
