// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DERIVED_TABLES, storedTables } from '../../../components/welcome/privacyInventory';
import { PrivacyPage } from '../../../components/welcome/PrivacyPage';
import { WelcomePage } from '../../../components/welcome/WelcomePage';
import type { UiLang } from '../../../utils/i18n';
import { DEFAULT_SETTINGS, type Settings } from '../../../utils/model/settings';

let root: HTMLElement;
let saved: Partial<Settings>[];
const save = async (p: Partial<Settings>) => void saved.push(p);
const flush = () => act(async () => new Promise((r) => setTimeout(r, 0)));

function welcome(lang: UiLang, shortcuts = { popup: 'Alt+Shift+R', sidePanel: 'Alt+Shift+S' }, settings = DEFAULT_SETTINGS) {
  act(() => render(<WelcomePage lang={lang} settings={settings} shortcuts={shortcuts} browserKind="chrome" save={save} />, root));
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

describe('welcome page', () => {
  it('says what Relais never does, shows both shortcuts, and links to the import and the privacy page', () => {
    welcome('en');
    const text = root.textContent!;
    expect(text).toContain('never changes LinkedIn’s pages');
    expect(text).toContain('never sends anything anywhere');
    expect(text).toContain('stays on this computer');
    expect([...root.querySelectorAll('kbd')].map((k) => k.textContent)).toEqual(['Alt+Shift+R', 'Alt+Shift+S']);
    const links = [...root.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).toContain('/options.html#linkedin-import');
    expect(links).toContain('/privacy.html');
  });

  it('says so when a shortcut is not set rather than showing an empty key', () => {
    welcome('fr', { popup: 'Alt+Shift+R', sidePanel: undefined } as never);
    expect(root.querySelectorAll('kbd')).toHaveLength(1);
    expect(root.textContent).toContain('aucun');
  });

  it('the default rhythm shows selected; choosing another saves all three tiers', async () => {
    welcome('en');
    const radios = [...root.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
    expect(radios.find((r) => r.checked)?.value).toBe('steady');
    act(() => radios.find((r) => r.value === 'light')!.click());
    await flush();
    expect(saved).toEqual([{ cadenceDays: { close: 60, regular: 180, weak: 365 } }]);
    expect(root.querySelector('[role="status"]')?.textContent).toContain('Saved');
  });

  it('in French, every radio has its label, and the language switch offers English', () => {
    welcome('fr');
    expect(root.querySelector('h1')?.textContent).toBe('Bienvenue dans Relais');
    for (const r of root.querySelectorAll('input')) expect(r.closest('label')?.textContent?.trim()).toBeTruthy();
    const sw = root.querySelector<HTMLButtonElement>('.lang-switch button')!;
    expect(sw.textContent).toBe('English');
    act(() => sw.click());
    expect(saved).toEqual([{ language: 'en' }]);
  });
});

describe('privacy page', () => {
  it('names every table and every field the database can hold, in both languages', () => {
    for (const lang of ['en', 'fr'] as const) {
      act(() => render(<PrivacyPage lang={lang} save={save} />, root));
      const codes = new Set([...root.querySelectorAll('code')].map((c) => c.textContent));
      for (const { fields } of storedTables()) for (const f of fields) expect(codes.has(f), f).toBe(true);
      for (const { table } of DERIVED_TABLES) expect(codes.has(table), table).toBe(true);
      // One heading per table, and one for those made from them.
      expect(root.querySelectorAll('.table h3')).toHaveLength(storedTables().length + 1);
    }
  });

  it('says where each part lives and how to export or erase it', () => {
    act(() => render(<PrivacyPage lang="en" save={save} />, root));
    const text = root.textContent!;
    expect(text).toContain('IndexedDB database named “relais”');
    expect(text).toContain('storage.sync');
    expect(text).toContain('storage.local');
    expect(text).toContain('Download a backup');
    expect(text).toContain('Erase everything');
    expect(text).toContain('makes no network request');
  });
});
