// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LinkedInImport } from '../../../components/LinkedInImport';
import type { RelaisDB } from '../../../utils/db/database';
import type { ImportReport } from '../../../utils/import/linkedin-export/report/report';
import { generateExportZip } from '../../bench/generateExport';
import { freshDb } from '../db/testDb';
import { dump, zipOfEra } from './helpers';

let container: HTMLElement;
let db: RelaisDB;

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  db = freshDb();
});

afterEach(() => {
  render(null, container);
  container.remove();
});

function mount(lang: 'en' | 'fr', onDone?: (r: ImportReport) => void) {
  act(() => render(<LinkedInImport db={db} lang={lang} onDone={onDone} />, container));
}

function fileInput(): HTMLInputElement {
  return container.querySelector('input[type="file"]')!;
}

async function choose(files: File[]) {
  const input = fileInput();
  Object.defineProperty(input, 'files', { value: files, configurable: true });
  await act(async () => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

describe('LinkedInImport', () => {
  it('offers a control that names LinkedIn, says how to get the archive, and takes ZIP or CSV files', () => {
    mount('en');
    const input = fileInput();
    const label = container.querySelector(`label[for="${input.id}"]`);
    // The whole zone is the input's label: a click anywhere chooses; its name is the title (the rest is aria-hidden).
    expect(label?.querySelector('.drop-title')?.textContent).toBe('Import my LinkedIn data export');
    expect([...label!.children].filter((c) => c.getAttribute('aria-hidden') !== 'true').map((c) => c.textContent)).toEqual(['Import my LinkedIn data export']);
    expect(label?.textContent).toContain('Choose the ZIP file');
    expect(input.accept).toContain('.zip');
    expect(input.accept).toContain('.csv');
    expect(input.multiple).toBe(true);
    expect(document.getElementById(input.getAttribute('aria-describedby')!)?.textContent).toContain('Settings → Data privacy → Get a copy of your data');
  });

  it('speaks French', () => {
    mount('fr');
    expect(container.querySelector('label .drop-title')?.textContent).toBe('Importer mon export LinkedIn');
    expect(container.textContent).toContain('Choisir le fichier ZIP');
    expect(container.textContent).toContain('Paramètres → Confidentialité des données → Obtenir une copie de vos données');
  });

  it('imports a chosen ZIP and shows the report in the user language', async () => {
    const onDone = vi.fn();
    mount('fr', onDone);
    await choose([zipOfEra('2026')]);
    await vi.waitFor(() => expect(onDone).toHaveBeenCalledOnce(), { timeout: 10_000 });
    await act(async () => {});
    expect(container.textContent).toContain('Export LinkedIn importé : 13 contacts et 10 messages.');
    expect(container.textContent).toContain('Messages : 5 envoyés, 5 reçus.');
    expect(container.textContent).toContain('1 message sponsorisé');
    expect(onDone.mock.calls[0][0].messages).toEqual({ sent: 5, received: 5 });
    expect(await db.contacts.get('linkedin:in/sophie-martin-42')).toBeDefined();
  });

  it('takes files dropped on it', async () => {
    const onDone = vi.fn();
    mount('en', onDone);
    const zone = container.querySelector('.drop-zone')!;
    // Preact listens to `drop` where the DOM knows `ondrop` (browsers); happy-dom does not, so Preact listens to `Drop`.
    const drop = new Event('ondrop' in zone ? 'drop' : 'Drop', { bubbles: true, cancelable: true });
    Object.defineProperty(drop, 'dataTransfer', { value: { files: [zipOfEra('2026')] } });
    await act(async () => {
      zone.dispatchEvent(drop);
    });
    await vi.waitFor(() => expect(onDone).toHaveBeenCalledOnce(), { timeout: 10_000 });
  });

  it('shows an error clearly, as text, and changes nothing', async () => {
    mount('en');
    const before = await dump(db);
    await choose([new File(['<img src=x onerror="alert(1)">'], '<img src=x onerror=alert(1)>.zip')]);
    await vi.waitFor(() => expect(container.querySelector('[role="alert"]')).not.toBeNull(), { timeout: 10_000 });
    const alert = container.querySelector('[role="alert"]')!;
    expect(alert.textContent).toContain('is incomplete');
    expect(alert.textContent).toContain('<img src=x onerror=alert(1)>.zip');
    expect(container.querySelector('img')).toBeNull();
    expect(await dump(db)).toEqual(before);
  });

  it('shows progress with a cancel button that stops the import and changes nothing', async () => {
    mount('en');
    const before = await dump(db);
    const big = new File([generateExportZip({ connections: 2000, messages: 4000, seed: 3 })], 'Basic_LinkedInDataExport_06-15-2026.zip');
    await choose([big]);
    const progress = container.querySelector('progress');
    expect(progress).not.toBeNull();
    expect(fileInput().disabled).toBe(true);
    const cancel = [...container.querySelectorAll('button')].find((b) => b.textContent === 'Cancel')!;
    await act(async () => {
      cancel.click();
    });
    await vi.waitFor(() => expect(container.querySelector('[role="alert"]')?.textContent).toContain('Import cancelled'), { timeout: 10_000 });
    expect(container.querySelector('progress')).toBeNull();
    expect(fileInput().disabled).toBe(false);
    expect(await dump(db)).toEqual(before);
  });
});
