import { OPEN_SIDE_PANEL_COMMAND } from '../../utils/background/sidePanelCommand';

export interface Shortcuts {
  popup?: string;
  sidePanel?: string;
}

/** Chrome (MV3) and Firefox (MV2) name the popup's built-in command differently. */
const POPUP = ['_execute_action', '_execute_browser_action'];
const SIDE_PANEL = [OPEN_SIDE_PANEL_COMMAND, '_execute_sidebar_action'];

/**
 * The shortcuts as the browser has them now (the user may have changed them, or another extension
 * may hold the suggested key, which leaves ours empty): undefined when none is set.
 */
export function shortcutsOf(commands: readonly { name?: string; shortcut?: string }[]): Shortcuts {
  const find = (names: string[]) => {
    const key = commands.find((c) => c.name !== undefined && names.includes(c.name))?.shortcut?.trim();
    return key ? key : undefined;
  };
  return { popup: find(POPUP), sidePanel: find(SIDE_PANEL) };
}
