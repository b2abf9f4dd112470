import { useEffect, useState } from 'react';

function elapsed(seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds));
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const s = whole % 60;
  return `${h > 0 ? `${h}:` : ''}${String(m).padStart(h > 0 ? 2 : 1, '0')}:${String(s).padStart(2, '0')}`;
}

interface MeetingClockProps {
  startedAt: string;
  /** Seconds already spent on the current item before it was opened this time. */
  itemSeconds: number;
  itemOpenedAt: number;
  /** Only a meeting in progress adds time to its items. */
  running: boolean;
  allowanceMinutes: number | null;
}

/** Time since the meeting started and time on the current item, against its allowance. */
export function MeetingClock({
  startedAt,
  itemSeconds,
  itemOpenedAt,
  running,
  allowanceMinutes,
}: MeetingClockProps) {
  const [now, setNow] = useState(() => Date.now());
  // Only a meeting in progress has a running clock; an ended one shows what was recorded.
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [running]);
  const onItem = itemSeconds + (running ? Math.max(0, now - itemOpenedAt) / 1000 : 0);
  const over = allowanceMinutes !== null && onItem > allowanceMinutes * 60;
  return (
    <dl className="clock">
      <div>
        <dt>Meeting</dt>
        <dd>
          {!startedAt
            ? 'Not started'
            : running
              ? elapsed((now - Date.parse(startedAt)) / 1000)
              : 'Ended'}
        </dd>
      </div>
      <div>
        <dt>This item</dt>
        <dd className={over ? 'clock__over' : undefined}>
          {elapsed(onItem)}
          {allowanceMinutes !== null && ` of ${allowanceMinutes}:00`}
        </dd>
      </div>
      {running && (
        <div className="clock__time-now">
          <dt>Time now</dt>
          <dd>
            {new Date(now).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' })}
          </dd>
        </div>
      )}
    </dl>
  );
}
