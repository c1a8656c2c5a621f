import { Fragment } from 'react';

/**
 * A key combination such as `Ctrl+Alt+Shift+O`, allowed to wrap after each `+`, so it never
 * pushes a narrow window or a large text size sideways.
 */
export function KeyCombo({ keys }: { readonly keys: string }) {
  const parts = keys.split('+');
  return (
    <kbd className="key-combo">
      {parts.map((part, index) => (
        <Fragment key={index}>
          {part}
          {index < parts.length - 1 && (
            <>
              +<wbr />
            </>
          )}
        </Fragment>
      ))}
    </kbd>
  );
}
