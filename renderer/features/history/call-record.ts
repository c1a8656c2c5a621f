import { questionKey, type Call } from '../../../shared/domain/call';
import type { IsoDate } from '../../../shared/domain/calendar';
import { formatCapturedValue } from '../../../shared/domain/capture';
import { commitmentsOf, type Closing } from '../../../shared/domain/closing';
import { findBranch, type Guidance, type Playbook } from '../../../shared/domain/playbook';

/** One value written down during a call, ready to read. */
export interface RecordedValue {
  readonly fieldId: string;
  /** The field's label, or its id when the playbook is not at hand. */
  readonly label: string;
  readonly value: string;
}

/** What one step or situation of a past call holds: its form's values and the questions ticked. */
export interface RecordedSection {
  readonly sectionId: string;
  readonly kind: 'step' | 'situation';
  readonly title: string;
  readonly values: readonly RecordedValue[];
  readonly questionsAsked: readonly string[];
}

/** A past call's captured values and ticked questions, by step and situation. */
export interface CallRecord {
  /** False while only the stored ids are known (the playbook version is not at hand). */
  readonly isLabelled: boolean;
  readonly steps: readonly RecordedSection[];
  readonly situations: readonly RecordedSection[];
}

function section(call: Call, kind: RecordedSection['kind'], guidance: Guidance): RecordedSection {
  const values = call.captures[guidance.id] ?? {};
  return {
    sectionId: guidance.id,
    kind,
    title: guidance.title,
    values: guidance.fields
      .map((field) => ({
        fieldId: field.id,
        label: field.label,
        value: formatCapturedValue(field, values),
      }))
      .filter((entry) => entry.value !== ''),
    questionsAsked: guidance.questions.filter((_, index) =>
      call.questionsAsked.includes(questionKey(guidance.id, index)),
    ),
  };
}

const hasContent = (recorded: RecordedSection) =>
  recorded.values.length > 0 || recorded.questionsAsked.length > 0;

/**
 * Reads a past call through the exact playbook version it used: field labels, formatted values
 * (money, dates, choices) and the wording of the questions ticked. Situations appear when they
 * were still open at the end or hold something; steps when they hold something.
 */
export function recordCall(call: Call, playbook: Playbook): CallRecord {
  const openIds = new Set(call.branches.map((branch) => branch.branchId));
  return {
    isLabelled: true,
    steps: playbook.steps.map((step) => section(call, 'step', step)).filter(hasContent),
    situations: playbook.branches
      .map((branch) => section(call, 'situation', branch))
      .filter((recorded) => openIds.has(recorded.sectionId) || hasContent(recorded)),
  };
}

/** The same record from the stored ids alone, for while the playbook version loads (or is lost). */
export function recordCallUnlabelled(call: Call): CallRecord {
  const stepTitles = new Map(call.steps.map((step) => [step.stepId, step.title]));
  const asked = new Map<string, string[]>();
  for (const key of call.questionsAsked) {
    const [sectionId = key, index = ''] = key.split('#');
    asked.set(sectionId, [...(asked.get(sectionId) ?? []), `Question ${Number(index) + 1}`]);
  }
  const sectionIds = [
    ...new Set([
      ...call.steps.map((step) => step.stepId),
      ...call.branches.map((branch) => branch.branchId),
      ...Object.keys(call.captures),
      ...asked.keys(),
    ]),
  ];
  const openIds = new Set(call.branches.map((branch) => branch.branchId));
  const sections = sectionIds.map((sectionId): RecordedSection => {
    const values = call.captures[sectionId] ?? {};
    const title = stepTitles.get(sectionId);
    return {
      sectionId,
      kind: title === undefined ? 'situation' : 'step',
      title: title ?? sectionId,
      values: Object.entries(values)
        .filter(([, value]) => value.trim() !== '')
        .map(([fieldId, value]) => ({ fieldId, label: fieldId, value: value.trim() })),
      questionsAsked: asked.get(sectionId) ?? [],
    };
  });
  return {
    isLabelled: false,
    steps: sections.filter((recorded) => recorded.kind === 'step' && hasContent(recorded)),
    situations: sections.filter(
      (recorded) =>
        recorded.kind === 'situation' && (openIds.has(recorded.sectionId) || hasContent(recorded)),
    ),
  };
}

/** One commitment a past call left, ready to read. */
export interface RecordedFollowUp {
  /** Unique within the call. */
  readonly key: string;
  readonly what: string;
  readonly who: string;
  readonly dueOn: IsoDate;
  /** The situation it came from, by title (by id while the playbook is not at hand). */
  readonly situation: string | null;
  /** True for the call's headline next action. */
  readonly isHeadline: boolean;
}

/**
 * Every commitment of a past call, the headline marked (see `commitmentsOf`). None for a call
 * stored without a closing, or whose closing has no follow-ups: its next action says it all.
 */
export function recordFollowUps(
  closing: Closing | null,
  playbook: Playbook | undefined,
): RecordedFollowUp[] {
  if (!closing || closing.followUps.length === 0) return [];
  return commitmentsOf(closing).map((commitment, index) => {
    const { sectionId } = commitment;
    const branch = sectionId !== null && playbook ? findBranch(playbook, sectionId) : undefined;
    return {
      key: `${index}:${sectionId ?? 'headline'}`,
      what: commitment.what,
      who: commitment.who,
      dueOn: commitment.dueOn,
      situation: branch?.title ?? sectionId,
      isHeadline: commitment.isHeadline,
    };
  });
}
