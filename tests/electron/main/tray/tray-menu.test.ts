import type { MenuItemConstructorOptions } from 'electron';
import {
  trayMenuTemplate,
  trayTooltip,
  type TrayMenuActions,
} from '../../../../electron/main/tray/tray-menu';
import type { TrayState } from '../../../../electron/main/tray/tray-state';

const idle: TrayState = {
  isVisible: true,
  hasOpenCall: false,
  clickThrough: false,
  dueCount: 0,
};

function recordingActions() {
  const done: string[] = [];
  const actions: TrayMenuActions = {
    toggleOverlay: () => done.push('toggleOverlay'),
    startOrEndCall: () => done.push('startOrEndCall'),
    turnOffClickThrough: () => done.push('turnOffClickThrough'),
    openSettings: () => done.push('openSettings'),
    quit: () => done.push('quit'),
  };
  return { actions, done };
}

function labels(template: MenuItemConstructorOptions[]): string[] {
  return template.map((item) => (item.type === 'separator' ? '---' : (item.label ?? '')));
}

function click(template: MenuItemConstructorOptions[], label: string): void {
  const item = template.find((candidate) => candidate.label === label);
  if (!item?.click) throw new Error(`No item "${label}" to click`);
  (item.click as () => void)();
}

describe('trayMenuTemplate', () => {
  it('offers to hide a shown overlay and start a call', () => {
    const { actions } = recordingActions();

    expect(labels(trayMenuTemplate(idle, actions))).toEqual([
      'Hide overlay',
      'Start a call',
      'Settings…',
      '---',
      'Quit Call Coach',
    ]);
  });

  it('offers to show a hidden overlay', () => {
    const { actions } = recordingActions();

    expect(labels(trayMenuTemplate({ ...idle, isVisible: false }, actions))[0]).toBe(
      'Show overlay',
    );
  });

  it('offers to end the call while one is open', () => {
    const { actions } = recordingActions();

    expect(labels(trayMenuTemplate({ ...idle, hasOpenCall: true }, actions))[1]).toBe(
      'End the call',
    );
  });

  it('offers to turn click-through off only while it is on', () => {
    const { actions } = recordingActions();

    expect(labels(trayMenuTemplate({ ...idle, clickThrough: true }, actions))).toEqual([
      'Hide overlay',
      'Start a call',
      'Turn off click-through',
      'Settings…',
      '---',
      'Quit Call Coach',
    ]);
  });

  it.each([
    ['Hide overlay', 'toggleOverlay'],
    ['Start a call', 'startOrEndCall'],
    ['Settings…', 'openSettings'],
    ['Quit Call Coach', 'quit'],
  ])('runs the right action for "%s"', (label, action) => {
    const { actions, done } = recordingActions();

    click(trayMenuTemplate(idle, actions), label);

    expect(done).toEqual([action]);
  });

  it('turns click-through off from its item', () => {
    const { actions, done } = recordingActions();

    click(trayMenuTemplate({ ...idle, clickThrough: true }, actions), 'Turn off click-through');

    expect(done).toEqual(['turnOffClickThrough']);
  });
});

describe('trayTooltip', () => {
  it('names the app', () => {
    expect(trayTooltip(idle)).toBe('Call Coach');
  });

  it('says when click-through is on', () => {
    expect(trayTooltip({ ...idle, clickThrough: true })).toBe('Call Coach — click-through is on');
  });

  it('counts the follow-ups due, and says nothing of them when none is', () => {
    expect(trayTooltip({ ...idle, dueCount: 3 })).toBe('Call Coach (3 due)');
    expect(trayTooltip({ ...idle, dueCount: 1, clickThrough: true })).toBe(
      'Call Coach (1 due) — click-through is on',
    );
    expect(trayTooltip({ ...idle, dueCount: 0 })).toBe('Call Coach');
  });
});
