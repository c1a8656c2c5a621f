import type { CoachingMode } from '../../../shared/domain/settings';

export interface CoachingModeChoice {
  readonly value: CoachingMode;
  readonly label: string;
  readonly description: string;
}

/** The two coaching modes as the header switch and the Settings page describe them. */
export const COACHING_MODE_CHOICES: readonly CoachingModeChoice[] = [
  {
    value: 'trainee',
    label: 'Trainee',
    description: 'Shows why each step matters, phrases to borrow and questions to ask.',
  },
  {
    value: 'expert',
    label: 'Expert',
    description: 'Shows only the prompts and the forms.',
  },
];
