/** "Promise broken" in words, with a mark beside it, so it never rests on colour alone. */
export function BrokenPromiseMark() {
  return (
    <span className="broken-promise">
      <span className="broken-promise__mark" aria-hidden="true">
        !
      </span>
      Promise broken
    </span>
  );
}
