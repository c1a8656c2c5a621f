export interface QuestionListProps {
  readonly sectionId: string;
  readonly questions: readonly string[];
  /** Whether each question, by position, has been ticked. */
  readonly asked: readonly boolean[];
  readonly onToggle: (index: number, isAsked: boolean) => void;
}

/** The questions to get answered here, each a checkbox to tick once asked. */
export function QuestionList({ sectionId, questions, asked, onToggle }: QuestionListProps) {
  return (
    <fieldset className="questions">
      <legend className="guidance__label">Ask</legend>
      {questions.map((question, index) => {
        const id = `question-${sectionId}-${index}`;
        return (
          <div key={id} className="questions__item">
            <input
              id={id}
              type="checkbox"
              checked={asked[index] ?? false}
              onChange={(event) => onToggle(index, event.target.checked)}
            />
            <label htmlFor={id}>{question}</label>
          </div>
        );
      })}
    </fieldset>
  );
}
