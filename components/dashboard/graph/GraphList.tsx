import { t, type UiLang } from '../../../utils/i18n';
import type { ContactId } from '../../../utils/model/types';
import { routeHash } from '../route';
import type { ChainGraph } from './chainGraph';

interface Props {
  graph: ChainGraph;
  id: string;
  nameOf: (id: string) => string;
  describe: (id: string) => string;
  lang: UiLang;
}

/** The graph as nested lists: each person, then the people they introduced you to. */
export function GraphList({ graph, id, nameOf, describe, lang }: Props) {
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
