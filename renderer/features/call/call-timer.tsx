import { formatDuration } from '../../../shared/domain/time-format';
import { useNow } from '../../ui/use-now';

/** Time since the call started, ticking each second. */
export function CallTimer({ startedAt }: { startedAt: number }) {
  const now = useNow(1000);
  return (
    <div className="call-timer" role="timer" aria-label="Call time">
      {formatDuration(now - startedAt)}
    </div>
  );
}
