import { localDate, type IsoDate } from '../../../shared/domain/calendar';
import { useNow } from '../../ui/use-now';

/** The caller's local date, kept current across midnight. */
export function useToday(): IsoDate {
  return localDate(useNow(60_000));
}
