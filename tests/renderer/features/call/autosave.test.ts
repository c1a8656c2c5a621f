import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createAutosave,
  type Autosave,
  type SaveState,
} from '../../../../renderer/features/call/autosave';

interface PendingSave {
  readonly notes: string;
  readonly finish: (isStored: boolean) => void;
}

/** A save that waits for the test to finish it, and what ended up stored. */
function createManualSaves() {
  const pending: PendingSave[] = [];
  let stored: string | null = null;
  const save = vi.fn(
    (notes: string) =>
      new Promise<boolean>((resolve) => {
        pending.push({
          notes,
          finish: (isStored) => {
            if (isStored) stored = notes;
            resolve(isStored);
          },
        });
      }),
  );
  return { save, pending, stored: () => stored };
}

function setup(save: (notes: string) => Promise<boolean>) {
  const states: SaveState[] = [];
  const autosave: Autosave<string> = createAutosave<string>({
    save,
    onStateChange: (state) => states.push(state),
    delayMs: 300,
    maxWaitMs: 1000,
    retryMs: 2000,
  });
  return { autosave, states };
}

describe('createAutosave', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('saves 300 ms after the last keystroke and not before', async () => {
    const save = vi.fn(() => Promise.resolve(true));
    const { autosave } = setup(save);

    autosave.push('notes', 'H');
    await vi.advanceTimersByTimeAsync(200);
    autosave.push('notes', 'Hi');
    await vi.advanceTimersByTimeAsync(299);
    expect(save).not.toHaveBeenCalled();

    await vi.advanceTimersByTimeAsync(1);
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenCalledWith('Hi');
  });

  it('saves within maxWait while the caller keeps typing without a pause', async () => {
    const save = vi.fn(() => Promise.resolve(true));
    const { autosave } = setup(save);

    for (let keystroke = 1; keystroke <= 9; keystroke += 1) {
      autosave.push('notes', 'x'.repeat(keystroke));
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(save).not.toHaveBeenCalled();

    autosave.push('notes', 'x'.repeat(10));
    await vi.advanceTimersByTimeAsync(100);
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenCalledWith('x'.repeat(10));
  });

  it('never starts a second save before the first resolves, and stores the newest text', async () => {
    const saves = createManualSaves();
    const { autosave } = setup(saves.save);

    autosave.push('notes', 'first');
    await vi.advanceTimersByTimeAsync(300);
    autosave.push('notes', 'first and second');
    await vi.advanceTimersByTimeAsync(5000);
    expect(saves.save).toHaveBeenCalledTimes(1);

    saves.pending[0]!.finish(true);
    await vi.advanceTimersByTimeAsync(0);
    expect(saves.save).toHaveBeenCalledTimes(2);
    expect(saves.save).toHaveBeenLastCalledWith('first and second');

    saves.pending[1]!.finish(true);
    await vi.advanceTimersByTimeAsync(0);
    expect(saves.stored()).toBe('first and second');
  });

  it('reports failed, keeps the text and retries after retryMs when a save fails', async () => {
    const save = vi
      .fn<(notes: string) => Promise<boolean>>()
      .mockResolvedValueOnce(false)
      .mockResolvedValue(true);
    const { autosave, states } = setup(save);

    autosave.push('notes', 'promised Friday');
    await vi.advanceTimersByTimeAsync(300);
    expect(states.at(-1)).toBe('failed');

    await vi.advanceTimersByTimeAsync(1999);
    expect(save).toHaveBeenCalledTimes(1);

    await vi.advanceTimersByTimeAsync(1);
    expect(save).toHaveBeenCalledTimes(2);
    expect(save).toHaveBeenLastCalledWith('promised Friday');
    expect(states.at(-1)).toBe('saved');
  });

  it('stays failed through retries and typing until a save succeeds', async () => {
    const save = vi
      .fn<(notes: string) => Promise<boolean>>()
      .mockResolvedValueOnce(false)
      .mockResolvedValueOnce(false)
      .mockResolvedValue(true);
    const { autosave, states } = setup(save);

    autosave.push('notes', 'promised');
    await vi.advanceTimersByTimeAsync(300);
    autosave.push('notes', 'promised Friday');
    await vi.advanceTimersByTimeAsync(2000);
    expect(states).toEqual(['pending', 'saving', 'failed']);

    await vi.advanceTimersByTimeAsync(2000);
    expect(states).toEqual(['pending', 'saving', 'failed', 'saved']);
    expect(save).toHaveBeenLastCalledWith('promised Friday');
  });

  it('also saves keys typed during the flush before it resolves', async () => {
    const saves = createManualSaves();
    const { autosave } = setup(saves.save);
    autosave.push('notes', 'check');

    const flushed = autosave.flush();
    await vi.advanceTimersByTimeAsync(0);
    autosave.push('notes', 'check #4411');
    saves.pending[0]!.finish(true);
    await vi.advanceTimersByTimeAsync(0);
    saves.pending[1]!.finish(true);

    await expect(flushed).resolves.toBe(true);
    expect(saves.stored()).toBe('check #4411');
  });

  it('saves at once and resolves true when flushed', async () => {
    const save = vi.fn(() => Promise.resolve(true));
    const { autosave } = setup(save);

    autosave.push('notes', 'check #4411');

    await expect(autosave.flush()).resolves.toBe(true);
    expect(save).toHaveBeenCalledWith('check #4411');
  });

  it('does not save the same text again after a flush', async () => {
    const save = vi.fn(() => Promise.resolve(true));
    const { autosave } = setup(save);

    autosave.push('notes', 'check #4411');
    await autosave.flush();
    await vi.advanceTimersByTimeAsync(5000);

    expect(save).toHaveBeenCalledTimes(1);
  });

  it('resolves false from flush when the save fails', async () => {
    const save = vi.fn(() => Promise.resolve(false));
    const { autosave } = setup(save);

    autosave.push('notes', 'check #4411');

    await expect(autosave.flush()).resolves.toBe(false);
  });

  it('resolves false from flush when the save throws', async () => {
    const save = vi.fn(() => Promise.reject(new Error('main went away')));
    const { autosave } = setup(save);

    autosave.push('notes', 'check #4411');

    await expect(autosave.flush()).resolves.toBe(false);
  });

  it('moves from pending to saving to saved', async () => {
    const saves = createManualSaves();
    const { autosave, states } = setup(saves.save);

    autosave.push('notes', 'a');
    expect(states).toEqual(['pending']);

    await vi.advanceTimersByTimeAsync(300);
    expect(states).toEqual(['pending', 'saving']);

    saves.pending[0]!.finish(true);
    await vi.advanceTimersByTimeAsync(0);
    expect(states).toEqual(['pending', 'saving', 'saved']);
  });

  it('stays pending when the caller typed more while a save was running', async () => {
    const saves = createManualSaves();
    const { autosave, states } = setup(saves.save);

    autosave.push('notes', 'a');
    await vi.advanceTimersByTimeAsync(300);
    autosave.push('notes', 'ab');
    saves.pending[0]!.finish(true);
    await vi.advanceTimersByTimeAsync(0);

    expect(states.at(-1)).toBe('pending');
  });
});
