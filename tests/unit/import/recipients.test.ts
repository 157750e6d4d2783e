import { describe, expect, it } from 'vitest';
import { splitProfileUrls } from '../../../utils/import/linkedin-export/parse/people';
import { splitRecipientNames } from '../../../utils/import/linkedin-export/plan/recipientNames';

describe('several recipients', () => {
  it('splits RECIPIENT PROFILE URLS by URL shape, keeping commas inside a slug', () => {
    expect(splitProfileUrls('https://www.linkedin.com/in/jane-doe-phd,https://www.linkedin.com/in/anna-lee-7')).toEqual([
      'https://www.linkedin.com/in/jane-doe-phd',
      'https://www.linkedin.com/in/anna-lee-7',
    ]);
    expect(splitProfileUrls('https://www.linkedin.com/in/odd,slug,www.linkedin.com/in/b')).toEqual(['https://www.linkedin.com/in/odd,slug', 'www.linkedin.com/in/b']);
    expect(splitProfileUrls('')).toEqual([]);
  });

  it('splits TO into names known elsewhere, even when a name holds ", "', () => {
    const known = new Set(['jane doe, phd', 'anna lee']);
    expect(splitRecipientNames('Jane Doe, PhD, Anna Lee', (n) => known.has(n.toLowerCase()))).toEqual(['Jane Doe, PhD', 'Anna Lee']);
  });

  it('keeps a degree with the name before it when that name is unknown', () => {
    expect(splitRecipientNames('Jane Doe, PhD, Bob Stone, MBA', () => false)).toEqual(['Jane Doe, PhD', 'Bob Stone, MBA']);
  });

  it('splits plain ", " lists and recognises the user under their name', () => {
    expect(splitRecipientNames('Alex Moreau, Anna Lee', () => false, 'Alex Moreau')).toEqual(['Alex Moreau', 'Anna Lee']);
    expect(splitRecipientNames('', () => true)).toEqual([]);
  });
});
