import { useState } from 'react';
import { RecapEditor } from './recap-editor';

/**
 * The recap e-mail of an ended call, folded away until the caller opens it: one line that does
 * not take focus or push the next call's form out of reach. It loads only once opened.
 */
export function RecapPanel({ callId, customer }: { callId: string; customer: string }) {
  const [isOpen, setIsOpen] = useState(false);
  return (
    <details
      className="recap-panel"
      open={isOpen}
      onToggle={(event) => setIsOpen(event.currentTarget.open)}
    >
      <summary>Recap e-mail to {customer}</summary>
      {isOpen && <RecapEditor callId={callId} />}
    </details>
  );
}
