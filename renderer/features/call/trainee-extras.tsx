import { questionKey } from '../../../shared/domain/call';
import { dontsFor, type Guidance, type Playbook } from '../../../shared/domain/playbook';
import { useCallState } from '../../app/stores';
import { DontReminders } from './dont-reminders';
import { QuestionList } from './question-list';
import { useLiveCall } from './use-live-call';
import { WhyItMatters } from './why-it-matters';

export interface TraineeExtrasProps {
  readonly playbook: Playbook;
  readonly section: Guidance;
  /** The phrases after the one the card shows. */
  readonly morePhrases: readonly string[];
  /** The level of the extras' own small headings. */
  readonly headingLevel: 3 | 4;
}

/**
 * What a trainee gets below the card's prompt and phrase: why it matters (foldable once read),
 * and folded away, the other phrases, the questions no field answers, and what not to do.
 */
export function TraineeExtras({
  playbook,
  section,
  morePhrases,
  headingLevel,
}: TraineeExtrasProps) {
  const asked = useLiveCall((call) => call.questionsAsked);
  const toggleQuestion = useCallState((state) => state.actions.toggleQuestion);
  const donts = dontsFor(playbook, section);
  const parts = [
    morePhrases.length > 0 && 'more to say',
    section.questions.length > 0 && 'questions',
    donts.length > 0 && 'reminders',
  ].filter((part): part is string => part !== false);
  return (
    <>
      <WhyItMatters sectionId={section.id} why={section.why} headingLevel={headingLevel} />
      {parts.length > 0 && (
        <details className="coach-more">
          <summary>{capitalize(parts.join(', '))}</summary>
          <div className="coach-more__body">
            {morePhrases.length > 0 && (
              <ul className="coach-more__phrases" aria-label="More to say">
                {morePhrases.map((phrase, index) => (
                  // Two phrases may read the same once filled in, so the position is the key.
                  <li key={index}>“{phrase}”</li>
                ))}
              </ul>
            )}
            {section.questions.length > 0 && (
              <QuestionList
                sectionId={section.id}
                questions={section.questions}
                asked={section.questions.map(
                  (_, index) => asked?.includes(questionKey(section.id, index)) ?? false,
                )}
                onToggle={(index, isAsked) => void toggleQuestion(section.id, index, isAsked)}
              />
            )}
            {donts.length > 0 && <DontReminders donts={donts} headingLevel={headingLevel} />}
          </div>
        </details>
      )}
    </>
  );
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
