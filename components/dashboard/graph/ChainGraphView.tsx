import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { buildChainGraph, USER_NODE, type ChainGraph } from '../../../utils/graph/chainGraph';
import { owedHighlights, type OwedMark } from '../../../utils/graph/owedHighlights';
import { edgePath, radialLayout } from '../../../utils/graph/radialLayout';
import { t, type UiLang } from '../../../utils/i18n';
import type { ContactId } from '../../../utils/model/types';
import { displayName } from '../../../utils/rules/names';
import type { ChainState } from '../chains/loadChainState';
import { routeHash } from '../route';
import './graph.css';

const LABEL_CHARS = 24;
const MIN_ZOOM = 0.25;
const MAX_ZOOM = 2;
const STEP = 1.25;
/** Below this, names are too small to read: a larger network opens at full size, scrolled to you. */
const MIN_FIT = 0.75;

function shortName(name: string): string {
  return name.length > LABEL_CHARS ? `${name.slice(0, LABEL_CHARS - 1)}…` : name;
}

/**
 * Who introduced you to whom, drawn: you in the middle, each recommender's people fanning out
 * behind them, the people you owe news marked (colour and ring shape, explained in the legend).
 * Every person is a link, reachable with Tab, that opens their page; the same graph is given as
 * a nested list for screen readers and for anyone who prefers reading it.
 */
export function ChainGraphView({ lang, chains }: { lang: UiLang; chains: ChainState | undefined }) {
  const graph = useMemo(() => buildChainGraph(chains?.introductions ?? []), [chains?.introductions]);
  const layout = useMemo(() => radialLayout(graph), [graph]);
  const owed = useMemo(() => owedHighlights(chains?.pending ?? []), [chains?.pending]);
  const [zoom, setZoom] = useState<number | undefined>(undefined);
  const scroller = useRef<HTMLDivElement>(null);
  const nameOf = (id: string) => (id === USER_NODE ? t(lang, 'dash.graph.you') : displayName(chains?.people.get(id), id));
  const markOf = (id: string): OwedMark | undefined => owed.get(id)?.mark;
  const describe = (id: string) => {
    const o = owed.get(id);
    if (!o) return nameOf(id);
    const about = o.about.map(nameOf).join(', ');
    return `${nameOf(id)} — ${t(lang, o.mark === 'due' ? 'dash.graph.owedDue' : 'dash.graph.owedPending', { about })}`;
  };
  const vb = layout.viewBox;
  const scale = zoom ?? 1;

  // A small network is shrunk a little to fit; a large one opens at full size on the user.
  useEffect(() => {
    const el = scroller.current;
    if (!el || zoom !== undefined) return;
    const fit = Math.min(1, (el.clientWidth - 2) / vb.width);
    setZoom(fit >= MIN_FIT ? fit : 1);
  }, [layout, zoom, vb.width]);
  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const user = layout.byId.get(USER_NODE)!;
    el.scrollLeft = (user.x - vb.x) * scale - el.clientWidth / 2;
    el.scrollTop = (user.y - vb.y) * scale - el.clientHeight / 2;
  }, [layout, scale, vb.x, vb.y]);

  const introCount = layout.edges.filter((e) => e.kind === 'introduction').length;
  return (
    <section aria-labelledby="graph-title">
      <h2 id="graph-title" tabIndex={-1}>
        {t(lang, 'dash.graph.title')}
      </h2>
      <p class="intro">{t(lang, 'dash.graph.intro')}</p>
      {!chains ? (
        <p class="loading">{t(lang, 'dash.loading')}</p>
      ) : !introCount ? (
        <p class="empty">{t(lang, 'dash.graph.empty')}</p>
      ) : (
        <>
          <div class="graph-tools">
            <Legend lang={lang} />
            <div class="zoom" role="group" aria-label={t(lang, 'dash.graph.zoom')}>
              <button type="button" disabled={scale <= MIN_ZOOM} onClick={() => setZoom(Math.max(MIN_ZOOM, scale / STEP))} aria-label={t(lang, 'dash.graph.zoomOut')}>
                −
              </button>
              <span aria-live="polite">{Math.round(scale * 100)} %</span>
              <button type="button" disabled={scale >= MAX_ZOOM} onClick={() => setZoom(Math.min(MAX_ZOOM, scale * STEP))} aria-label={t(lang, 'dash.graph.zoomIn')}>
                +
              </button>
            </div>
          </div>
          <div class="graph-scroll" ref={scroller}>
            <svg
              class="chain-graph"
              role="group"
              aria-label={t(lang, 'dash.graph.svgLabel', { people: layout.nodes.length - 1, introductions: introCount })}
              viewBox={`${vb.x} ${vb.y} ${vb.width} ${vb.height}`}
              width={Math.round(vb.width * scale)}
              height={Math.round(vb.height * scale)}
            >
              <defs>
                <marker id="arrow" viewBox="0 0 10 10" refX="19" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
                  <path d="M0,0L10,5L0,10z" class="arrow-head" />
                </marker>
              </defs>
              <g class="edges" aria-hidden="true">
                {layout.edges.map((e) => {
                  const from = layout.byId.get(e.from);
                  const to = layout.byId.get(e.to);
                  if (!from || !to) return null;
                  return <path key={`${e.from}>${e.to}`} class={`edge ${e.kind}`} data-edge={`${e.from}>${e.to}`} d={edgePath(from, to)} marker-end={e.kind === 'introduction' ? 'url(#arrow)' : undefined} />;
                })}
              </g>
              <g class="nodes">
                {layout.nodes.map((n) => {
                  const mark = markOf(n.id);
                  const cls = `node${n.id === USER_NODE ? ' user' : ''}${mark ? ` owed-${mark}` : ''}`;
                  const body = (
                    <>
                      {mark && <circle class="halo" r={14} cx={n.x} cy={n.y} />}
                      <circle class="dot" r={n.id === USER_NODE ? 16 : 8} cx={n.x} cy={n.y} />
                      <text
                        x={n.label.x}
                        y={n.label.y}
                        text-anchor={n.label.anchor}
                        dominant-baseline="central"
                        transform={n.label.rotate ? `rotate(${n.label.rotate} ${n.label.x} ${n.label.y})` : undefined}
                      >
                        {shortName(nameOf(n.id))}
                      </text>
                    </>
                  );
                  return n.id === USER_NODE ? (
                    <g key={n.id} class={cls} data-node-id={n.id} aria-hidden="true">
                      {body}
                    </g>
                  ) : (
                    <a key={n.id} class={cls} data-node-id={n.id} href={routeHash({ view: 'contact', contactId: n.id })} aria-label={describe(n.id)}>
                      <title>{describe(n.id)}</title>
                      {body}
                    </a>
                  );
                })}
              </g>
            </svg>
          </div>
          <details class="graph-list">
            <summary>{t(lang, 'dash.graph.asList')}</summary>
            <GraphList graph={graph} id={USER_NODE} nameOf={nameOf} describe={describe} lang={lang} />
          </details>
        </>
      )}
    </section>
  );
}

function Legend({ lang }: { lang: UiLang }) {
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

/** The graph as nested lists: each person, then the people they introduced you to. */
function GraphList({ graph, id, nameOf, describe, lang }: { graph: ChainGraph; id: string; nameOf: (id: string) => string; describe: (id: string) => string; lang: UiLang }) {
  const node = graph.nodes.get(id);
  if (!node?.children.length) return null;
  const others = (child: ContactId) =>
    graph.edges.filter((e) => e.kind === 'introduction' && e.to === child && e.from !== id && graph.nodes.get(child)?.parent !== e.from).map((e) => nameOf(e.from));
  return (
    <ul data-list-of={id}>
      {node.children.map((child) => {
        const also = others(child);
        return (
          <li key={child}>
            <a href={routeHash({ view: 'contact', contactId: child })}>{describe(child)}</a>
            {also.length > 0 && <span class="muted"> ({t(lang, 'dash.graph.alsoBy', { names: also.join(', ') })})</span>}
            {graph.nodes.get(child)!.children.length > 0 && <span class="sr-only">{t(lang, 'dash.graph.introducedYouTo', { name: nameOf(child) })}</span>}
            <GraphList graph={graph} id={child} nameOf={nameOf} describe={describe} lang={lang} />
          </li>
        );
      })}
    </ul>
  );
}
