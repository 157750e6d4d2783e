import { describe, expect, it } from 'vitest';
import { CADENCE_PRESETS, presetOf } from '../../../components/welcome/cadencePresets';
import { shortcutsOf } from '../../../components/welcome/shortcuts';
import { handleInstalled, type FirstRunDeps, type UpdateRecord } from '../../../utils/background/onInstalled';
import { repairSettings } from '../../../utils/settings/repairSettings';
import { DEFAULT_SETTINGS } from '../../../utils/model/settings';

function deps() {
  const opened: string[] = [];
  const saved: UpdateRecord[] = [];
  const d: FirstRunDeps = {
    version: '0.2.0',
    now: 1000,
    openWelcome: async () => void opened.push('welcome'),
    saveUpdate: async (r) => void saved.push(r),
  };
  return { d, opened, saved };
}

describe('install and update', () => {
  it('a first install opens the welcome page and records nothing else', async () => {
    const { d, opened, saved } = deps();
    expect(await handleInstalled({ reason: 'install' }, d)).toBe('welcome');
    expect(opened).toEqual(['welcome']);
    expect(saved).toEqual([]);
  });

  it('an update opens nothing and remembers the version it came from', async () => {
    const { d, opened, saved } = deps();
    expect(await handleInstalled({ reason: 'update', previousVersion: '0.1.0' }, d)).toBe('update');
    expect(opened).toEqual([]);
    expect(saved).toEqual([{ from: '0.1.0', to: '0.2.0', at: 1000 }]);
  });

  it('a browser update, or an event without a version, changes nothing', async () => {
    const { d, opened, saved } = deps();
    expect(await handleInstalled({ reason: 'chrome_update' }, d)).toBe('ignored');
    expect(await handleInstalled({ reason: 'update' }, d)).toBe('ignored');
    expect(await handleInstalled({ reason: 'shared_module_update', previousVersion: '1' }, d)).toBe('ignored');
    expect([opened, saved]).toEqual([[], []]);
  });
});

describe('shortcuts shown on the welcome page', () => {
  it('reads Chrome’s and Firefox’s command names', () => {
    expect(shortcutsOf([{ name: '_execute_action', shortcut: 'Alt+Shift+R' }, { name: 'open-side-panel', shortcut: 'Alt+Shift+S' }])).toEqual({ popup: 'Alt+Shift+R', sidePanel: 'Alt+Shift+S' });
    expect(shortcutsOf([{ name: '_execute_browser_action', shortcut: 'Alt+Shift+R' }, { name: '_execute_sidebar_action', shortcut: 'Alt+Shift+S' }])).toEqual({ popup: 'Alt+Shift+R', sidePanel: 'Alt+Shift+S' });
  });

  it('says none when the browser left a shortcut unset (taken by another extension, or removed)', () => {
    expect(shortcutsOf([{ name: '_execute_action', shortcut: '' }, { name: 'other', shortcut: 'Ctrl+Q' }])).toEqual({ popup: undefined, sidePanel: undefined });
    expect(shortcutsOf([])).toEqual({});
  });
});

describe('first choice of rhythm', () => {
  it('the default settings are the “steady” choice, so it shows selected on a fresh install', () => {
    expect(presetOf(DEFAULT_SETTINGS.cadenceDays)).toBe('steady');
  });

  it('a rhythm set by hand matches no choice', () => {
    expect(presetOf({ close: 30, regular: 90, weak: 181 })).toBeNull();
  });

  it('every choice is within the bounds settings accept, so none is silently replaced', () => {
    for (const cadence of Object.values(CADENCE_PRESETS)) {
      const { settings } = repairSettings({ ...DEFAULT_SETTINGS, cadenceDays: cadence });
      expect(settings.cadenceDays).toEqual(cadence);
      expect(cadence.close).toBeLessThan(cadence.regular);
      expect(cadence.regular).toBeLessThan(cadence.weak);
    }
  });
});
