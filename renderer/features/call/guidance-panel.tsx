import { questionKey, type Call } from '../../../shared/domain/call';
import { fillPhrase, tokenValues } from '../../../shared/domain/merge-tokens';
import { dontsFor, type Guidance, type Playbook } from '../../../shared/domain/playbook';
import type { CoachingMode } from '../../../shared/domain/settings';
import { useCallState } from '../../app/stores';
import { Heading, type HeadingLevel } from '../../ui/heading';
import { DontReminders } from './dont-reminders';
import { PhraseList } from './phrase-list';
import { QuestionList } from './question-list';

export interface GuidancePanelProps {
  readonly call: Call;
  readonly playbook: Playbook;
  readonly section: Guidance;
  readonly mode: CoachingMode;
  /** The level of the panel's own small headings, one below the section's. */
  readonly headingLevel: HeadingLevel;
}

/**
 * How to handle a step or situation. Experts get the one-line prompt; trainees also get why it
 * matters, wording filled in for this call, questions to tick and what not to do.
 */
export function GuidancePanel({ call, playbook, section, mode, headingLevel }: GuidancePanelProps) {
  const toggleQuestion = useCallState((state) => state.actions.toggleQuestion);
  if (mode === 'expert') {
    return (
      <div className="guidance">
        <p className="guidance__prompt">{section.prompt}</p>
      </div>
    );
  }
  const tokens = tokenValues(call);
  const phrases = section.phrases
    .map((template) => fillPhrase(template, tokens))
    .filter((phrase): phrase is string => phrase !== null);
  const donts = dontsFor(playbook, section);
  return (
    <div className="guidance">
      <p className="guidance__prompt">{section.prompt}</p>
      <Heading level={headingLevel} className="guidance__label">
        Why it matters
      </Heading>
      <p className="guidance__why">{section.why}</p>
      {phrases.length > 0 && <PhraseList phrases={phrases} headingLevel={headingLevel} />}
      {section.questions.length > 0 && (
        <QuestionList
          sectionId={section.id}
          questions={section.questions}
          asked={section.questions.map((_, index) =>
            call.questionsAsked.includes(questionKey(section.id, index)),
          )}
          onToggle={(index, isAsked) => void toggleQuestion(section.id, index, isAsked)}
        />
      )}
      {donts.length > 0 && <DontReminders donts={donts} headingLevel={headingLevel} />}
    </div>
  );
}
