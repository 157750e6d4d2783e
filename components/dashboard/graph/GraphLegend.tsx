import { t, type UiLang } from '../../../utils/i18n';

/** What the marks of the graph mean, each said in words beside its shape (never colour alone). */
export function GraphLegend({ lang }: { lang: UiLang }) {
  const swatch = (cls: string) => (
    <svg width="30" height="30" viewBox="-15 -15 30 30" aria-hidden="true" class="node-swatch">
      <g class={`node ${cls}`}>
        {cls && <circle class="halo" r={12} />}
        <circle class="dot" r={7} />
      </g>
    </svg>
  );
  return (
    <ul class="legend" aria-label={t(lang, 'dash.graph.legend')}>
      <li>
        {swatch('')}
        {t(lang, 'dash.graph.legendPerson')}
      </li>
      <li>
        {swatch('owed-due')}
        {t(lang, 'dash.graph.legendDue')}
      </li>
      <li>
        {swatch('owed-pending')}
        {t(lang, 'dash.graph.legendPending')}
      </li>
      <li>
        <svg width="44" height="12" aria-hidden="true" class="edge-swatch">
          <line x1="2" y1="6" x2="36" y2="6" class="edge introduction" />
          <path d="M34,2L42,6L34,10z" class="arrow-head" />
        </svg>
        {t(lang, 'dash.graph.legendEdge')}
      </li>
    </ul>
  );
}
