import { useState } from 'preact/hooks';
import { routeHash } from '../route';
import { USER_NODE } from './chainGraph';
import { edgePath, NODE_RADIUS, type LayeredLayout, type PlacedNode } from './layeredLayout';
import type { OwedMark } from './owedHighlights';
import type { Measure } from './shortenLabel';

interface Props {
  layout: LayeredLayout;
  scale: number;
  label: string;
  markOf: (id: string) => OwedMark | undefined;
  describe: (id: string) => string;
  measure: Measure;
}

/**
 * The drawing: links first, then people (each a link to their page, reachable with Tab), then,
 * over everything, the whole name of the person under the pointer or the keyboard focus when the
 * drawn one is shortened.
 */
export function ChainGraphSvg({ layout, scale, label, markOf, describe, measure }: Props) {
  const [active, setActive] = useState<string>();
  const vb = layout.viewBox;
  const shown = active ? layout.byId.get(active) : undefined;
  return (
    <svg
      class="chain-graph"
      role="group"
      aria-label={label}
      viewBox={`${vb.x} ${vb.y} ${vb.width} ${vb.height}`}
      width={Math.round(vb.width * scale)}
      height={Math.round(vb.height * scale)}
    >
      <defs>
        <marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path d="M0,0L10,5L0,10z" class="arrow-head" />
        </marker>
      </defs>
      <g class="edges" aria-hidden="true">
        {layout.edges.map((e) => {
          const from = layout.byId.get(e.from)!;
          const to = layout.byId.get(e.to)!;
          return <path key={`${e.from}>${e.to}`} class={`edge ${e.kind}`} data-edge={`${e.from}>${e.to}`} d={edgePath(from, to)} marker-end={e.kind === 'introduction' ? 'url(#arrow)' : undefined} />;
        })}
      </g>
      <g class="nodes">
        {layout.nodes.map((n) => {
          const mark = markOf(n.id);
          const cls = `node${n.id === USER_NODE ? ' user' : ''}${mark ? ` owed-${mark}` : ''}`;
          const body = <NodeBody node={n} mark={mark} />;
          if (n.id === USER_NODE)
            return (
              <g key={n.id} class={cls} data-node-id={n.id} aria-hidden="true">
                {body}
              </g>
            );
          const on = () => setActive(n.id);
          const off = () => setActive((a) => (a === n.id ? undefined : a));
          return (
            <a key={n.id} class={cls} data-node-id={n.id} href={routeHash({ view: 'contact', contactId: n.id })} aria-label={describe(n.id)} onFocus={on} onBlur={off} onMouseEnter={on} onMouseLeave={off}>
              <title>{describe(n.id)}</title>
              {body}
            </a>
          );
        })}
      </g>
      {shown?.label.shortened && <WholeName node={shown} measure={measure} />}
    </svg>
  );
}

function NodeBody({ node: n, mark }: { node: PlacedNode; mark: OwedMark | undefined }) {
  const box = n.label.box;
  return (
    <>
      {mark && <circle class="halo" r={NODE_RADIUS + 5} cx={n.x} cy={n.y} />}
      <circle class="dot" r={n.id === USER_NODE ? NODE_RADIUS + 3 : NODE_RADIUS} cx={n.x} cy={n.y} />
      <text class="label" x={box.x} y={n.y} dominant-baseline="central">
        {n.label.text}
      </text>
    </>
  );
}

/** The whole name over the drawing, in a box of its own (not part of the accessible tree: the link says it). */
function WholeName({ node, measure }: { node: PlacedNode; measure: Measure }) {
  const box = node.label.box;
  const width = measure(node.label.full) + 12;
  return (
    <g class="whole-name" aria-hidden="true" pointer-events="none">
      <rect x={box.x - 6} y={box.y - 4} width={width} height={box.height + 8} rx={4} />
      <text x={box.x} y={node.y} dominant-baseline="central">
        {node.label.full}
      </text>
    </g>
  );
}
