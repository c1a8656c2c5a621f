import { useEffect, useState } from 'react';
import { useCallState } from '../../app/stores';
import { onAnnouncement } from './announcer';
import { stepAnnouncement } from './step-position';

interface Message {
  readonly text: string;
  /** Counts messages, so the same words said twice are still heard twice. */
  readonly count: number;
}

const saying =
  (text: string) =>
  (last: Message): Message => ({ text, count: last.count + 1 });

/**
 * A polite live region, visually hidden. It says when the current step changes during a call
 * ("Step 3 of 7: Give recognition"), however the step was checked, and reads out what keyboard
 * commands have to say. A call starting or reopening is not news, so it stays quiet then.
 */
export function StepAnnouncer() {
  const callId = useCallState((state) => state.call?.id ?? null);
  const stepText = useCallState((state) => (state.call ? stepAnnouncement(state.call) : null));
  const [seen, setSeen] = useState({ callId, stepText });
  const [message, setMessage] = useState<Message>({ text: '', count: 0 });

  // Compared while rendering, React's way to act on a changed value without an effect.
  if (seen.callId !== callId || seen.stepText !== stepText) {
    setSeen({ callId, stepText });
    if (callId !== null && seen.callId === callId && stepText !== null) {
      setMessage(saying(stepText));
    }
  }

  useEffect(() => onAnnouncement((text) => setMessage(saying(text))), []);

  return (
    <div className="announcer visually-hidden" aria-live="polite" aria-atomic="true">
      {/* A new element per message: screen readers announce what is added. */}
      <p key={message.count}>{message.text}</p>
    </div>
  );
}
