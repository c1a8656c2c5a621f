import { act, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ClickThroughIndicator } from '../../../../renderer/features/overlay/click-through-indicator';
import { createTestApi } from '../../../support/test-api';
import { renderWithStores } from '../../../support/render';

async function renderIndicator(options: Parameters<typeof createTestApi>[0] = {}) {
  const view = renderWithStores(<ClickThroughIndicator />, createTestApi(options));
  await waitFor(() => expect(view.stores.overlay.getState().overlay).not.toBeNull());
  return view;
}

describe('ClickThroughIndicator', () => {
  it('shows nothing while click-through is off', async () => {
    const { container } = await renderIndicator();

    expect(container).toBeEmptyDOMElement();
  });

  it('says click-through is on and names the key that turns it off', async () => {
    const { testApi } = await renderIndicator();

    await act(() => testApi.api.overlay.setClickThrough(true));

    expect(screen.getByRole('status')).toHaveTextContent(
      'Click-through is on: clicks go to the window underneath. Press Ctrl+Alt+Shift+X to turn it off.',
    );
  });

  it('names the key as a Mac spells it on a Mac', async () => {
    const { testApi } = await renderIndicator({ platform: 'darwin' });

    await act(() => testApi.api.overlay.setClickThrough(true));

    expect(screen.getByText('Cmd+Option+Shift+X').tagName).toBe('KBD');
  });

  it('goes away when click-through is turned off, by the hotkey in main', async () => {
    const { testApi, container } = await renderIndicator();
    await act(() => testApi.api.overlay.setClickThrough(true));

    await act(() => testApi.api.overlay.setClickThrough(false));

    expect(container).toBeEmptyDOMElement();
  });
});
