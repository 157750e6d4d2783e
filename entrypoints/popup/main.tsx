import { render } from 'preact';
import { activeTabId, tabFromQuery } from '../../components/checklist/tabTarget';
import { readStoredCheck } from '../../components/checklist/useTabCheck';
import { loadSettings } from '../../utils/settings/settingsStore';
import { App, type Boot } from './App';
import '../../components/theme/theme.css';
import '../../components/checklist/surface.css';
import './style.css';

/** Never wait longer than this for what the first frame shows: a slow read renders without it. */
const BOOT_WAIT_MS = 150;

// The popup is judged on how fast its checklist appears: the tab, the settings (language) and the
// check the background stored are read before the first render, in parallel, so the first frame
// already shows the checklist instead of an empty shell followed by a second render.
async function boot(): Promise<Boot> {
  const queried = tabFromQuery(location.search);
  const tabId = queried ?? (await activeTabId());
  const [settings, stored] = await Promise.all([loadSettings().catch(() => undefined), readStoredCheck(tabId)]);
  return { tabId, tabKnown: true, settings, stored };
}

const timeout = new Promise<Boot>((resolve) => setTimeout(() => resolve({ tabId: tabFromQuery(location.search), tabKnown: false }), BOOT_WAIT_MS));
void Promise.race([boot().catch(() => ({ tabId: tabFromQuery(location.search), tabKnown: false }) as Boot), timeout]).then((initial) =>
  render(<App boot={initial} />, document.getElementById('app')!),
);
