import type { Settings } from '../model/settings';
import { nextDigestAt } from './nextDigestAt';

/** What the scheduler keeps in the trusted store: due times are data, alarms are only wake-ups. */
export interface DigestState {
  /** The digest that should fire next. */
  nextAt: number;
  /** The last digest time that was fired (never fire the same one twice). */
  lastFiredFor?: number;
}

export interface DigestDeps {
  now: () => number;
  settings: () => Promise<Settings>;
  readState: () => Promise<DigestState | undefined>;
  writeState: (s: DigestState) => Promise<void>;
  /** Schedules the wake-up (an alarm). */
  wakeAt: (when: number) => Promise<void>;
  /** Shows the digest; returns once it is shown (or decided there is nothing to show). */
  fire: () => Promise<void>;
}

/**
 * Called at start-up, on the digest alarm, and when settings change. Fires a digest that came due
 * while the browser was closed exactly once (the state records which due time was fired before the
 * notification shows), then schedules the next wake-up.
 */
export async function runDigestScheduler(deps: DigestDeps, opts: { settingsChanged?: boolean } = {}): Promise<DigestState> {
  const now = deps.now();
  const settings = await deps.settings();
  let state = await deps.readState();
  if (state && !opts.settingsChanged && state.nextAt <= now && state.lastFiredFor !== state.nextAt) {
    state = { ...state, lastFiredFor: state.nextAt };
    await deps.writeState(state);
    if (settings.notifications) await deps.fire();
  }
  const nextAt = nextDigestAt(now, settings);
  const next: DigestState = { nextAt, lastFiredFor: state?.lastFiredFor };
  await deps.writeState(next);
  await deps.wakeAt(nextAt);
  return next;
}
