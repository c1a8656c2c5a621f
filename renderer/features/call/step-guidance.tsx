import type { PlaybookStep } from '../../../shared/domain/playbook';

/** What to say and ask at the current step: the prompt first, then phrases and questions. */
export function StepGuidance({ step }: { step: PlaybookStep }) {
  return (
    <div className="guidance">
      <p className="guidance__prompt">{step.prompt}</p>
      {step.questions.length > 0 && (
        <>
          <h3 className="guidance__label">Ask</h3>
          <ul className="guidance__questions">
            {step.questions.map((question) => (
              <li key={question}>{question}</li>
            ))}
          </ul>
        </>
      )}
      {step.phrases.length > 0 && (
        <>
          <h3 className="guidance__label">You could say</h3>
          <ul className="guidance__phrases">
            {step.phrases.map((phrase) => (
              <li key={phrase}>“{phrase}”</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
