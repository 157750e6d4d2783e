import { describe, expect, it } from 'vitest';
import { jsonDataUrl } from '../../../utils/backup/autoBackupDataUrl';
import { AWKWARD_TEXTS } from '../backup/sampleTables';

const decode = (url: string) => new TextDecoder().decode(Buffer.from(url.slice(url.indexOf(',') + 1), 'base64'));

describe('backup file as a data URL (Chrome’s service worker)', () => {
  it('carries every character of the JSON text, across chunk boundaries', () => {
    // Long enough for several chunks, with multi-byte characters straddling their edges.
    const text = JSON.stringify({ texts: AWKWARD_TEXTS, pad: 'é🙂'.repeat(40_000) });
    const url = jsonDataUrl(text);
    expect(url.startsWith('data:application/json;base64,')).toBe(true);
    expect(decode(url)).toBe(text);
  });

  it('an empty text is an empty file', () => {
    expect(decode(jsonDataUrl(''))).toBe('');
  });
});
