import { t, type UiLang } from '../../../utils/i18n';
import type { RecommendationMade, RecommendationOutcome } from '../../../utils/model/types';
import { useAction } from '../../actions/useAction';

export const RECOMMENDATION_OUTCOMES: readonly RecommendationOutcome[] = ['pending', 'hired', 'rejected', 'no-news'];

/** The outcome of a recommendation you made, changed in place (saved through the background). */
export function OutcomeSelect({ lang, rec, label }: { lang: UiLang; rec: RecommendationMade; label: string }) {
  const { state, run } = useAction();
  if (typeof rec.id !== 'number') return <span>{t(lang, `dash.recs.outcome.${rec.outcome}`)}</span>;
  return (
    <span class="outcome">
      <select
        aria-label={label}
        value={rec.outcome}
        disabled={state.kind === 'busy'}
        onChange={(e) => void run('setRecommendationOutcome', { id: rec.id!, outcome: e.currentTarget.value as RecommendationOutcome })}
      >
        {RECOMMENDATION_OUTCOMES.map((o) => (
          <option key={o} value={o}>
            {t(lang, `dash.recs.outcome.${o}`)}
          </option>
        ))}
      </select>
      {state.kind === 'failed' && (
        <span class="error" role="alert">
          {t(lang, 'dash.saveFailed', { error: state.error })}
        </span>
      )}
    </span>
  );
}
