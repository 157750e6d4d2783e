// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AutoBackupApi } from '../../../components/autoBackup/autoBackupApi';
import { AutoBackupSection } from '../../../components/autoBackup/AutoBackupSection';
import type { AutoBackupConfig, AutoBackupState } from '../../../utils/backup/autoBackupTypes';
import type { UiLang } from '../../../utils/i18n';

const NOW = Date.UTC(2026, 10, 25, 9);
let root: HTMLElement;

function fakeApi(answer: boolean | Error, state: AutoBackupState = { files: [] }) {
  const calls: string[] = [];
  let config: AutoBackupConfig = { enabled: false, keep: 4 };
  let listener: (() => void) | undefined;
  const api: AutoBackupApi = {
    requestPermission: () => {
      calls.push('request');
      return answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer);
    },
    dropPermission: async () => void calls.push('drop'),
    readConfig: async () => config,
    writeConfig: async (c) => {
      calls.push(`write:${c.enabled}`);
      config = c;
    },
    readState: async () => state,
    watch: (cb) => {
      listener = cb;
      return () => (listener = undefined);
    },
    now: () => NOW,
  };
  return { api, calls, config: () => config, setState: (s: AutoBackupState) => ((state = s), listener?.()) };
}

const flush = () => act(async () => new Promise((r) => setTimeout(r, 0)));
async function show(api: AutoBackupApi, lang: UiLang = 'en') {
  act(() => render(<AutoBackupSection lang={lang} api={api} />, root));
  await flush();
}
const box = () => root.querySelector<HTMLInputElement>('#autobackup-enabled')!;
async function click(el: HTMLElement) {
  act(() => el.click());
  await flush();
}

beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

describe('automatic backups in the options page', () => {
  it('asks for the permission first, then turns on with a backup requested now', async () => {
    const f = fakeApi(true);
    await show(f.api);
    expect(box().checked).toBe(false);
    await click(box());
    expect(f.calls).toEqual(['request', 'write:true']);
    expect(f.config()).toEqual({ enabled: true, keep: 4, requestedAt: NOW });
    expect(root.querySelector('[role="status"]')?.textContent).toContain('The first file is being written');
  });

  it('a refused permission: the setting stays off, and an alert says why', async () => {
    const f = fakeApi(false);
    await show(f.api);
    await click(box());
    expect(box().checked).toBe(false);
    expect(f.config().enabled).toBe(false);
    expect(f.calls).toEqual(['request']);
    expect(root.querySelector('[role="alert"]')?.textContent).toBe('Automatic backups stay off: the browser did not allow Relais to save files.');
  });

  it('a browser that cannot ask (an error): off too, with the error, in French', async () => {
    const f = fakeApi(new Error('optional permission not declared'));
    await show(f.api, 'fr');
    await click(box());
    expect(box().checked).toBe(false);
    expect(root.querySelector('[role="alert"]')?.textContent).toContain('optional permission not declared');
    expect(root.querySelector('[role="alert"]')?.textContent).toContain('restent désactivées');
  });

  it('shows when the last backup was written, and a later failure with its reason while the previous stays the latest', async () => {
    const ok = { id: 7, fileName: '/home/u/Downloads/Relais/relais-backup-2026-11-18.json', at: NOW - 7 * 864e5 };
    const f = fakeApi(true, { files: [ok], lastSuccess: ok });
    await show(f.api);
    expect(root.querySelector('#autobackup-last')?.textContent).toContain('relais-backup-2026-11-18.json');
    expect(root.querySelector('#autobackup-last')?.textContent).toContain('November 18, 2026');
    expect(root.querySelector('#autobackup-failure')).toBeNull();

    act(() => f.setState({ files: [ok], lastSuccess: ok, lastFailure: { at: NOW, reason: 'interrupted', detail: 'FILE_ACCESS_DENIED' } }));
    await flush();
    const alert = root.querySelector('#autobackup-failure')!;
    expect(alert.getAttribute('role')).toBe('alert');
    expect(alert.textContent).toContain('FILE_ACCESS_DENIED');
    expect(alert.textContent).toContain('The previous backup is still the latest.');
    expect(root.querySelector('#autobackup-last')?.textContent).toContain('relais-backup-2026-11-18.json');
  });

  it('turning off gives the permission back and keeps the files', async () => {
    const f = fakeApi(true);
    await show(f.api);
    await click(box());
    await click(box());
    expect(f.calls).toEqual(['request', 'write:true', 'write:false', 'drop']);
    expect(root.querySelector('[role="status"]')?.textContent).toContain('files already written stay');
  });

  it('every control is labelled', async () => {
    await show(fakeApi(true).api);
    for (const c of root.querySelectorAll<HTMLInputElement>('input')) expect(root.querySelector(`label[for="${c.id}"]`)?.textContent?.trim(), c.id).toBeTruthy();
  });
});
