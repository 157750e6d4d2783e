import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { t, type UiLang } from '../../../utils/i18n';
import { displayName } from '../../../utils/people/displayName';
import type { ChainState } from '../chains/loadChainState';
import { buildChainGraph, USER_NODE } from './chainGraph';
import { ChainGraphSvg } from './ChainGraphSvg';
import { FOCUS_THRESHOLD, focusOnOwed, subGraph } from './focusOnOwed';
import { GraphLegend } from './GraphLegend';
import { GraphList } from './GraphList';
import { layeredLayout } from './layeredLayout';
import { labelMeasure } from './measureText';
import { owedHighlights, type OwedMark } from './owedHighlights';
import './graph.css';

const MIN_ZOOM = 0.25;
const MAX_ZOOM = 2;
const STEP = 1.25;
/** Below this, names are too small to read: everyone shown opens at this size and scrolls. */
const MIN_FIT = 0.6;
/** The frame never gets shorter than this, however small the window. */
const MIN_FRAME_HEIGHT = 320;

interface Frame {
  width: number;
  height: number;
}

/**
 * Who introduced you to whom, drawn in layers from you outward, fitted to the window when it
 * opens; past about 80 people it opens on the people you owe news (and those who lead to them),
 * and everyone is a click away. The people you owe news are marked by shape and colour, explained
 * in the legend and said in each person's name for screen readers. Every person is a link to
 * their page; the same graph is given as a nested list.
 */
export function ChainGraphView({ lang, chains }: { lang: UiLang; chains: ChainState | undefined }) {
  const graph = useMemo(() => buildChainGraph(chains?.introductions ?? []), [chains?.introductions]);
  const owed = useMemo(() => owedHighlights(chains?.pending ?? []), [chains?.pending]);
  const everyone = graph.nodes.size - 1;
  const large = everyone > FOCUS_THRESHOLD;
  const [showAll, setShowAll] = useState(false);
  const shownGraph = useMemo(() => (large && !showAll ? subGraph(graph, focusOnOwed(graph, owed)) : graph), [graph, owed, large, showAll]);
  const [frame, setFrame] = useState<Frame>();
  const [zoom, setZoom] = useState<number>();
  const scroller = useRef<HTMLDivElement>(null);
  const measure = useMemo(() => labelMeasure(typeof document === 'undefined' ? 'sans-serif' : getComputedStyle(document.body).fontFamily), []);

  const nameOf = (id: string) => (id === USER_NODE ? t(lang, 'dash.graph.you') : displayName(chains?.people.get(id), id));
  const markOf = (id: string): OwedMark | undefined => owed.get(id)?.mark;
  const describe = (id: string) => {
    const o = owed.get(id);
    if (!o) return nameOf(id);
    const about = o.about.map(nameOf).join(', ');
    return `${nameOf(id)} — ${t(lang, o.mark === 'due' ? 'dash.graph.owedDue' : 'dash.graph.owedPending', { about })}`;
  };

  // The frame: the page's width, and the window's height below the frame's top.
  const introCount = graph.edges.filter((e) => e.kind === 'introduction').length;
  useLayoutEffect(() => {
    const measureFrame = () => {
      const el = scroller.current;
      if (!el) return;
      const top = el.getBoundingClientRect().top + window.scrollY;
      setFrame({ width: el.clientWidth - 2, height: Math.max(MIN_FRAME_HEIGHT, window.innerHeight - top - 16) });
    };
    measureFrame();
    window.addEventListener('resize', measureFrame);
    return () => window.removeEventListener('resize', measureFrame);
  }, [introCount > 0]);

  const layout = useMemo(
    () => (frame ? layeredLayout(shownGraph, { width: frame.width, height: frame.height, measure, nameOf }) : undefined),
    // nameOf changes with the language and the people only.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [shownGraph, frame, measure, lang, chains?.people],
  );
  const fit = layout && frame ? Math.min(1, frame.width / layout.viewBox.width, frame.height / layout.viewBox.height) : 1;
  const scale = zoom ?? (showAll ? Math.max(fit, MIN_FIT) : fit);
  // A new set of people opens fitted again.
  useEffect(() => setZoom(undefined), [shownGraph]);

  return (
    <section aria-labelledby="graph-title">
      <h2 id="graph-title" tabIndex={-1}>
        {t(lang, 'dash.graph.title')}
      </h2>
      <p class="intro">{t(lang, 'dash.graph.intro')}</p>
      {!chains ? (
        <p class="loading">{t(lang, 'dash.loading')}</p>
      ) : !introCount ? (
        <div class="empty-state">
          <p>{t(lang, 'dash.graph.empty')}</p>
          <p>
            <a class="button" href="#contacts">
              {t(lang, 'dash.graph.emptyAction')}
            </a>
          </p>
        </div>
      ) : (
        <>
          <div class="graph-tools">
            <GraphLegend lang={lang} />
            <div class="zoom" role="group" aria-label={t(lang, 'dash.graph.zoom')}>
              <button type="button" disabled={scale <= MIN_ZOOM} onClick={() => setZoom(Math.max(MIN_ZOOM, scale / STEP))} aria-label={t(lang, 'dash.graph.zoomOut')}>
                −
              </button>
              <span aria-live="polite">{Math.round(scale * 100)} %</span>
              <button type="button" disabled={scale >= MAX_ZOOM} onClick={() => setZoom(Math.min(MAX_ZOOM, scale * STEP))} aria-label={t(lang, 'dash.graph.zoomIn')}>
                +
              </button>
              <button type="button" disabled={zoom === undefined} onClick={() => setZoom(undefined)}>
                {t(lang, 'dash.graph.fit')}
              </button>
            </div>
          </div>
          {large && (
            <p class="graph-focus">
              <span>
                {showAll
                  ? t(lang, 'dash.graph.allShown', { all: everyone })
                  : t(lang, owed.size ? 'dash.graph.focusOwed' : 'dash.graph.focusNearest', { shown: shownGraph.nodes.size - 1, all: everyone })}
              </span>{' '}
              <button type="button" onClick={() => setShowAll(!showAll)}>
                {showAll ? t(lang, owed.size ? 'dash.graph.showOwed' : 'dash.graph.showNearest') : t(lang, 'dash.graph.showAll', { all: everyone })}
              </button>
            </p>
          )}
          <div class="graph-scroll" ref={scroller} style={frame ? { maxHeight: `${frame.height + 2}px` } : undefined}>
            {layout && (
              <ChainGraphSvg
                layout={layout}
                scale={scale}
                label={t(lang, 'dash.graph.svgLabel', { people: layout.nodes.length - 1, introductions: layout.edges.filter((e) => e.kind === 'introduction').length })}
                markOf={markOf}
                describe={describe}
                measure={measure}
              />
            )}
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
