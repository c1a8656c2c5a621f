import { findBranch, findPlaybookStep, type Playbook } from '../../../shared/domain/playbook';
import { useSettingsState, useStores } from '../../app/stores';
import { AccountCard } from '../accounts/account-card';
import { ACCOUNT_CARD_STEP_ID } from '../accounts/account-steps';
import { showSituation } from '../keyboard/commands';
import { CommandButton } from '../keyboard/command-button';
import { COACH_CARD_HEADING_ID } from './call-element-ids';
import { CaptureForm } from './capture-form';
import { SpokenPhrase } from './spoken-phrase';
import { TraineeExtras } from './trainee-extras';
import { situationKeys } from './use-situation-keys';
import { useLiveCall } from './use-live-call';
import { usePhrases } from './use-phrases';

/**
 * The current step on one card: where the call is, the step's title and prompt, one thing to
 * say, its form if it has one, and the move to the next step. A step that leads into a situation
 * (probing "the check is in the mail") opens its form with one key. Trainees get the rest below.
 */
export function CoachCard({ playbook }: { playbook: Playbook }) {
  const steps = useLiveCall((call) => call.steps);
  if (!steps) return null;
  const index = steps.findIndex((step) => step.checkedAt === null);
  const progress = steps[index];
  const step = progress && findPlaybookStep(playbook, progress.stepId);
  if (!step) {
    return (
      <article className="coach-card" aria-labelledby={COACH_CARD_HEADING_ID}>
        <h3 id={COACH_CARD_HEADING_ID} tabIndex={-1}>
          All steps done
        </h3>
        <p className="coach-card__prompt">Wrap up: how the call ended and what happens next.</p>
        <div className="coach-card__actions">
          <CommandButton
            action="start-or-end-call"
            description="How the call ended and what happens next"
          >
            Wrap up
          </CommandButton>
        </div>
      </article>
    );
  }
  return (
    // A new card for each step, from its top; focus stays on "Done, next" (see WorkingArea).
    <StepCard
      key={step.id}
      playbook={playbook}
      stepId={step.id}
      number={index + 1}
      total={steps.length}
    />
  );
}

interface StepCardProps {
  readonly playbook: Playbook;
  readonly stepId: string;
  readonly number: number;
  readonly total: number;
}

function StepCard({ playbook, stepId, number, total }: StepCardProps) {
  const stores = useStores();
  const isTrainee = useSettingsState((state) => state.settings.coachingMode === 'trainee');
  const step = findPlaybookStep(playbook, stepId)!;
  const [phrase, ...morePhrases] = usePhrases(step, playbook);
  const leadsTo = step.opens === undefined ? undefined : findBranch(playbook, step.opens);
  return (
    <article className="coach-card" aria-labelledby={COACH_CARD_HEADING_ID}>
      <div className="work-area__head">
        <p className="coach-card__position">
          Step {number} of {total}
        </p>
        <h3 id={COACH_CARD_HEADING_ID} tabIndex={-1}>
          {step.title}
        </h3>
        <p className="coach-card__prompt" title={step.prompt}>
          {step.prompt}
        </p>
      </div>
      {step.id === ACCOUNT_CARD_STEP_ID && <AccountCard />}
      {isTrainee && phrase !== undefined && <SpokenPhrase phrase={phrase} />}
      {step.fields.length > 0 && <CaptureForm section={step} labelledBy={COACH_CARD_HEADING_ID} />}
      <div className="coach-card__actions">
        {leadsTo && (
          <button
            type="button"
            className="button button--primary"
            aria-keyshortcuts={situationKeys(leadsTo)}
            onClick={() => showSituation(stores, leadsTo.id, true)}
          >
            Open “{leadsTo.title}” <kbd className="key-hint">{leadsTo.key}</kbd>
          </button>
        )}
        <CommandButton action="check-step" description="Check this step and go to the next">
          Done, next
        </CommandButton>
      </div>
      {isTrainee && (
        <TraineeExtras
          playbook={playbook}
          section={step}
          morePhrases={isTrainee ? morePhrases : []}
          headingLevel={4}
        />
      )}
    </article>
  );
}
