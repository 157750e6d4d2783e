import { useEffect, useState } from 'preact/hooks';
import { parseRoute, type Route } from './route';

/** The route in the URL hash, following back/forward and links. */
export function useHashRoute(): Route {
  const [route, setRoute] = useState<Route>(() => parseRoute(location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(location.hash));
    addEventListener('hashchange', onChange);
    return () => removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
