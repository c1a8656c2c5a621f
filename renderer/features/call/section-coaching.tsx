import type { Call } from '../../../shared/domain/call';
import type { IsoDate } from '../../../shared/domain/calendar';
import type { Guidance, Playbook } from '../../../shared/domain/playbook';
import type { CoachingMode } from '../../../shared/domain/settings';
import type { HeadingLevel } from '../../ui/heading';
import { CaptureForm } from './capture-form';
import { GuidancePanel } from './guidance-panel';

export interface SectionCoachingProps {
  readonly call: Call;
  readonly playbook: Playbook;
  /** A step or a situation. */
  readonly section: Guidance;
  readonly mode: CoachingMode;
  readonly headingLevel: HeadingLevel;
  /** The id of the element that names the section, which also names its form. */
  readonly labelledBy: string;
  readonly today: IsoDate;
}

/** What a step or a situation shows while it is being worked on: its guidance, then its form. */
export function SectionCoaching(props: SectionCoachingProps) {
  const { call, playbook, section, mode, headingLevel, labelledBy, today } = props;
  return (
    <>
      <GuidancePanel
        call={call}
        playbook={playbook}
        section={section}
        mode={mode}
        headingLevel={headingLevel}
      />
      {section.fields.length > 0 && (
        <CaptureForm call={call} section={section} labelledBy={labelledBy} today={today} />
      )}
    </>
  );
}
