import { describe, expect, it } from 'vitest';
import { isStorableUrl } from '../../utils/model/storedUrl';
import { ROW_SCHEMAS } from '../../utils/backup/rowSchemas';
import * as v from 'valibot';

describe('a URL kept in the database (profile, thread)', () => {
  it.each([
    'https://www.linkedin.com/in/jane-doe/',
    'https://fr.linkedin.com/in/jane-doe',
    'http://www.linkedin.com/messaging/thread/2-abc/',
    'https://linkedin.com/in/x',
  ])('takes %s', (url) => expect(isStorableUrl(url)).toBe(true));

  it.each([
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    ' javascript:alert(1)',
    '\u0000javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    'data:text/html,<b>x</b>',
    'vbscript:x',
    'https://evil.example/in/x',
    'https://www.linkedin.com.evil.example/in/x',
    'https://evillinkedin.com/in/x',
    'https://user:pw@www.linkedin.com/in/x',
    '//www.linkedin.com/in/x',
    '/in/x',
    '',
  ])('refuses %j', (url) => expect(isStorableUrl(url)).toBe(false));

  it('is what a backup row is checked against', () => {
    const row = { id: 'linkedin:in/x', site: 'linkedin', name: 'X', aliases: [], createdAt: 1, updatedAt: 1 };
    expect(v.safeParse(ROW_SCHEMAS.contacts, { ...row, profileUrl: 'https://www.linkedin.com/in/x/' }).success).toBe(true);
    expect(v.safeParse(ROW_SCHEMAS.contacts, { ...row, profileUrl: 'java\tscript:alert(1)' }).success).toBe(false);
  });
});
