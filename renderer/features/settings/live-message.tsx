export interface Message {
  /** `error`: not done, and why. `done`: it worked. `info`: nothing changed. */
  readonly tone: 'error' | 'done' | 'info';
  readonly text: string;
}

const ICON: Readonly<Record<Message['tone'], string | null>> = {
  error: '⚠',
  done: '✓',
  info: null,
};

/**
 * A polite live region for the outcome of one control. It is always in the page, even empty,
 * because screen readers only announce changes to a live region they already know about. Each
 * tone has its own sign beside the words, so colour is never the only difference.
 */
export function LiveMessage({
  id,
  message,
  hiddenText,
}: {
  readonly id?: string;
  readonly message: Message | null;
  /** Said to screen readers while there is no message, e.g. what to do next. */
  readonly hiddenText?: string | null;
}) {
  const icon = message ? ICON[message.tone] : null;
  return (
    <p
      id={id}
      role="status"
      className={`live-message${message ? ` live-message--${message.tone}` : ''}`}
    >
      {message ? (
        <>
          {icon && <span aria-hidden="true">{icon} </span>}
          {message.text}
        </>
      ) : (
        hiddenText && <span className="visually-hidden">{hiddenText}</span>
      )}
    </p>
  );
}
