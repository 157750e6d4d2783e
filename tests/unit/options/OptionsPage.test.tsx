// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OptionsPage } from '../../../components/options/OptionsPage';
import type { UiLang } from '../../../utils/i18n';
import { DEFAULT_SETTINGS, type Settings } from '../../../utils/model/settings';
import { freshDb } from '../db/testDb';

let root: HTMLElement;
let saved: Partial<Settings>[];

function show(lang: UiLang, settings: Settings = DEFAULT_SETTINGS) {
  act(() => render(<OptionsPage settings={settings} lang={lang} save={(p) => saved.push(p)} db={freshDb()} />, root));
}
const byId = <T extends HTMLElement>(id: string) => root.querySelector<T>(`#${id}`)!;
function type(input: HTMLInputElement, value: string, commit = true) {
  act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    if (commit) input.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
  saved = [];
});
afterEach(() => {
  render(null, root);
  root.remove();
});

describe('options page', () => {
  it('gives every control a label, and every id once', () => {
    show('en');
    const controls = [...root.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select')];
    expect(controls.length).toBeGreaterThan(15);
    for (const c of controls) expect(root.querySelector(`label[for="${c.id}"]`)?.textContent?.trim(), c.id).toBeTruthy();
    const ids = [...root.querySelectorAll('[id]')].map((e) => e.id);
    expect(ids.length).toBe(new Set(ids).size);
  });

  it('saves a valid cadence for its tier only, keeping the others', () => {
    show('en');
    type(byId('cadence-regular'), '60');
    expect(saved).toEqual([{ cadenceDays: { close: 30, regular: 60, weak: 180 } }]);
  });

  it('offers the welcome page’s rhythms, the current one pressed, one click each', () => {
    show('fr');
    const presets = [...root.querySelectorAll<HTMLButtonElement>('.presets button')];
    expect(presets.map((b) => b.textContent)).toEqual(['Souvent', 'Régulier', 'Léger']);
    expect(presets.map((b) => b.getAttribute('aria-pressed'))).toEqual(['false', 'true', 'false']);
    expect(root.querySelector('.cadence')!.textContent).toContain('proches tous les 30 jours');
    act(() => presets[0].click());
    expect(saved).toEqual([{ cadenceDays: { close: 14, regular: 45, weak: 90 } }]);
    // A rhythm of one's own presses none and says so.
    show('en', { ...DEFAULT_SETTINGS, cadenceDays: { close: 10, regular: 90, weak: 180 } });
    expect([...root.querySelectorAll('.presets [aria-pressed="true"]')]).toHaveLength(0);
    expect(root.querySelector('.cadence')!.textContent).toContain('Your own rhythm');
  });

  it('shows why an entry is invalid, next to the field, and does not save it', () => {
    show('en');
    const field = byId<HTMLInputElement>('daily-limit');
    type(field, '0');
    expect(saved).toEqual([]);
    expect(field.getAttribute('aria-invalid')).toBe('true');
    const error = byId('daily-limit-error');
    expect(error.getAttribute('role')).toBe('alert');
    expect(error.textContent).toBe('Enter a number from 1 to 1000.');
    expect(field.getAttribute('aria-describedby')).toContain('daily-limit-error');
    type(field, '20');
    expect(saved).toEqual([{ dailyOutreachLimit: 20 }]);
    expect(root.querySelector('#daily-limit-error')).toBeNull();
  });

  it('is entirely in French when the language is French, day names included', () => {
    show('fr', { ...DEFAULT_SETTINGS, language: 'fr' });
    const text = root.textContent!;
    for (const s of ['Rappels', 'Proches', 'Jours de repos', 'Lundi', 'Dimanche', 'Vos données', 'Tout effacer…', 'Restaurer une sauvegarde']) expect(text).toContain(s);
    for (const s of ['Reminders', 'Monday', 'Erase everything', 'Restore a backup']) expect(text).not.toContain(s);
    expect(byId<HTMLSelectElement>('language-select').value).toBe('fr');
  });

  it('saves the language, the switches and the digest hour as they change', () => {
    show('en');
    act(() => {
      const lang = byId<HTMLSelectElement>('language-select');
      lang.value = 'fr';
      lang.dispatchEvent(new Event('change', { bubbles: true }));
      byId<HTMLInputElement>('notifications-enabled').click();
      byId<HTMLInputElement>('site-linkedin').click();
      byId<HTMLInputElement>('quiet-3').click();
      const hour = byId<HTMLSelectElement>('digest-hour');
      hour.value = '18';
      hour.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(saved).toEqual([{ language: 'fr' }, { notifications: false }, { sites: { linkedin: false } }, { quietDays: [0, 3, 6] }, { digestHour: 18 }]);
  });

  it('keeps a marked place for the LinkedIn export import', () => {
    show('en');
    expect(byId('linkedin-import').tagName).toBe('SECTION');
  });
});
