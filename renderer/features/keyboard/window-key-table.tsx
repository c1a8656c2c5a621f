import type { ReactNode } from 'react';
import { displayCombo, type Platform } from '../../../shared/domain/hotkeys';
import { useCallState } from '../../app/stores';
import { branchShortcut, quickEndShortcut } from '../call/use-situation-keys';
import { useCallPlaybook } from '../playbooks/use-call-playbook';
import { usePlatform } from './platform';
import { KeyCombo } from '../../ui/key-combo';

function KeyRow({ keys, children }: { keys: ReactNode; children: ReactNode }) {
  return (
    <tr>
      <th scope="row" className="cheat-sheet__keys">
        {keys}
      </th>
      <td>{children}</td>
    </tr>
  );
}

function AnySituationRow({ platform }: { platform: Platform }) {
  const modifiers = platform === 'darwin' ? 'Option+Shift' : 'Alt+Shift';
  return (
    <KeyRow keys={<kbd>{modifiers}+letter</kbd>}>
      Open a situation during a call (its letter is on its button; the letter alone works outside a
      text field)
    </KeyRow>
  );
}

interface CallSituationRowsProps {
  readonly playbookId: string;
  readonly playbookVersion: number;
  readonly platform: Platform;
}

/** One row per situation of the call's playbook; the general row until the playbook is here. */
function CallSituationRows({ playbookId, playbookVersion, platform }: CallSituationRowsProps) {
  const playbook = useCallPlaybook({ playbookId, playbookVersion });
  if (!playbook) return <AnySituationRow platform={platform} />;
  const quickEndings = playbook.outcomes.flatMap((outcome) => {
    const combo = quickEndShortcut(outcome);
    return combo ? [{ outcome, combo }] : [];
  });
  return (
    <>
      {playbook.branches.map((branch) => (
        <KeyRow
          key={branch.id}
          keys={
            <>
              <KeyCombo keys={displayCombo(branchShortcut(branch), platform)} /> or{' '}
              <kbd>{branch.key}</kbd>
            </>
          }
        >
          Open “{branch.title}” (the letter alone outside a text field)
        </KeyRow>
      ))}
      {quickEndings.map(({ outcome, combo }) => (
        <KeyRow key={outcome.id} keys={<KeyCombo keys={displayCombo(combo, platform)} />}>
          End the call as “{outcome.label}”, to try again the next business day
        </KeyRow>
      ))}
    </>
  );
}

/** The keys that work while Call Coach has focus, whatever the hotkeys are set to. */
export function WindowKeyTable() {
  const playbookId = useCallState((state) => state.call?.playbookId);
  const playbookVersion = useCallState((state) => state.call?.playbookVersion);
  const platform = usePlatform();
  return (
    <table className="cheat-sheet__table">
      <caption>While Call Coach has focus</caption>
      <thead>
        <tr>
          <th scope="col">Keys</th>
          <th scope="col">Does</th>
        </tr>
      </thead>
      <tbody>
        <KeyRow
          keys={
            <>
              <kbd>1</kbd>–<kbd>9</kbd>
            </>
          }
        >
          Go to that step (not while you type in a field)
        </KeyRow>
        <KeyRow keys={<kbd>Space</kbd>}>Check or uncheck the step you are on</KeyRow>
        {playbookId !== undefined && playbookVersion !== undefined ? (
          <CallSituationRows
            playbookId={playbookId}
            playbookVersion={playbookVersion}
            platform={platform}
          />
        ) : (
          <AnySituationRow platform={platform} />
        )}
        <KeyRow keys={<kbd>Arrow keys</kbd>}>
          Move between the situation buttons, or the follow-ups in Follow-ups
        </KeyRow>
        <KeyRow
          keys={
            <>
              <kbd>Enter</kbd>, <kbd>D</kbd>, <kbd>S</kbd>, <kbd>M</kbd>
            </>
          }
        >
          On a follow-up: call about it, mark it done, snooze it to tomorrow, move it to a date
        </KeyRow>
        <KeyRow
          keys={
            <>
              <kbd>K</kbd>, <kbd>B</kbd>
            </>
          }
        >
          On a promise’s follow-up: mark the promise kept, or broken
        </KeyRow>
        <KeyRow keys={<kbd>Esc</kbd>}>
          Back from a situation’s form to the step (the form stays open), leave the notes, close
          this list
        </KeyRow>
        <KeyRow
          keys={
            <>
              <kbd>Tab</kbd> / <kbd>Shift+Tab</kbd>
            </>
          }
        >
          Next or previous control
        </KeyRow>
        <KeyRow keys={<kbd>?</kbd>}>Show this list (not while you type in a field)</KeyRow>
      </tbody>
    </table>
  );
}
