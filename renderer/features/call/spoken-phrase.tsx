/** The one phrase a card offers a trainee, filled in for the call, marked as words to say. */
export function SpokenPhrase({ phrase }: { readonly phrase: string }) {
  return (
    <p className="coach-card__phrase">
      <span className="visually-hidden">You could say: </span>“{phrase}”
    </p>
  );
}
