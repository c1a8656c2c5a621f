import type { Dispatch } from '../../../../electron/main/ipc/dispatch';
import { registerIpcHandlers } from '../../../../electron/main/ipc/register-handlers';
import { isTrustedAppUrl } from '../../../../electron/main/security-policy';
import { requestChannels } from '../../../../shared/ipc/channels';
import { ok } from '../../../../shared/ipc/result';
import { createFakeIpcMain } from '../../../support/ipc-fakes';
import { startInput } from '../../../support/builders';

function createRecordingDispatch(): Dispatch & {
  readonly calls: { channel: string; args: readonly unknown[] }[];
} {
  const calls: { channel: string; args: readonly unknown[] }[] = [];
  const dispatch = (channel: string, args: readonly unknown[]) => {
    calls.push({ channel, args });
    return Promise.resolve(ok(`dispatched ${channel}`));
  };
  return Object.assign(dispatch, { calls });
}

type IpcMain = ReturnType<typeof createFakeIpcMain>;

function setUp() {
  const ipcMain = createFakeIpcMain();
  const dispatch = createRecordingDispatch();
  registerIpcHandlers(ipcMain, dispatch, isTrustedAppUrl);
  return { ipcMain, dispatch };
}

describe('registerIpcHandlers', () => {
  it('registers exactly one handler per contract channel', () => {
    const { ipcMain } = setUp();

    expect([...ipcMain.registrations].sort()).toEqual([...requestChannels].sort());
  });

  it('passes a request from the app page to dispatch with its channel and arguments', async () => {
    const { ipcMain, dispatch } = setUp();

    const result = await ipcMain.invoke('calls:start', 'app://call-coach/index.html', startInput());

    expect(dispatch.calls).toEqual([{ channel: 'calls:start', args: [startInput()] }]);
    expect(result).toEqual({ ok: true, value: 'dispatched calls:start' });
  });

  it.each([
    ['a remote https page', 'https://evil.example/'],
    ['a local file', 'file:///home/me/index.html'],
    ['another app:// host', 'app://evil/index.html'],
    ['an empty url', ''],
  ])('answers forbidden without dispatching when the sender is %s', async (_label, url) => {
    const { ipcMain, dispatch } = setUp();

    const result = await ipcMain.invoke('calls:start', url, startInput());

    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(dispatch.calls).toEqual([]);
  });

  it('answers forbidden without dispatching when the sender frame is gone', async () => {
    const { ipcMain, dispatch } = setUp();

    const result = await ipcMain.invoke('app:status', null);

    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(dispatch.calls).toEqual([]);
  });

  it('answers forbidden without dispatching when the sender is a frame inside our own page', async () => {
    const { ipcMain, dispatch } = setUp();

    const result = await ipcMain.invokeFromSubFrame(
      'calls:start',
      'app://call-coach/index.html',
      startInput(),
    );

    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(dispatch.calls).toEqual([]);
  });

  describe.each([...requestChannels])('%s', (channel) => {
    const senders = [
      ['a foreign page', (ipcMain: IpcMain) => ipcMain.invoke(channel, 'https://evil.example/')],
      [
        'a sub-frame of our page',
        (ipcMain: IpcMain) => ipcMain.invokeFromSubFrame(channel, 'app://call-coach/index.html'),
      ],
      ['a sender frame that is gone', (ipcMain: IpcMain) => ipcMain.invoke(channel, null)],
    ] as const;

    it.each(senders)('refuses %s', async (_label, send) => {
      const { ipcMain, dispatch } = setUp();

      expect(await send(ipcMain)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect(dispatch.calls).toEqual([]);
    });

    it('answers the top frame of our page', async () => {
      const { ipcMain, dispatch } = setUp();

      await ipcMain.invoke(channel, 'app://call-coach/index.html');

      expect(dispatch.calls.map((call) => call.channel)).toEqual([channel]);
    });
  });

  it('checks the sender with the injected trust function', async () => {
    const ipcMain = createFakeIpcMain();
    const dispatch = createRecordingDispatch();
    const checked: string[] = [];
    registerIpcHandlers(ipcMain, dispatch, (url) => {
      checked.push(url);
      return true;
    });

    await ipcMain.invoke('app:status', 'http://127.0.0.1:5173/');

    expect(checked).toEqual(['http://127.0.0.1:5173/']);
    expect(dispatch.calls).toEqual([{ channel: 'app:status', args: [] }]);
  });
});
