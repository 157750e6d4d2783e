import { describe, expect, it } from 'vitest';
import { contactIdFromUrl, profileRefFromUrl } from '../../utils/model/contactId';

describe('contactIdFromUrl: one person, one id, whatever the URL shape', () => {
  it.each([
    ['https://www.linkedin.com/in/jane-doe-42/', 'linkedin:in/jane-doe-42'],
    ['https://www.linkedin.com/in/Jane-Doe-42?miniProfileUrn=x#top', 'linkedin:in/jane-doe-42'],
    ['/in/jane-doe-42/overlay/contact-info/', 'linkedin:in/jane-doe-42'],
    ['www.linkedin.com/in/jane-doe-42', 'linkedin:in/jane-doe-42'],
    ['https://fr.linkedin.com/in/jane-doe-42', 'linkedin:in/jane-doe-42'],
    ['https://www.linkedin.com/in/ma%C3%ABlle-lef%C3%A8vre-1a2b3c/', 'linkedin:in/maëlle-lefèvre-1a2b3c'],
    ['https://www.linkedin.com/in/MAËLLE-lefèvre-1a2b3c', 'linkedin:in/maëlle-lefèvre-1a2b3c'],
  ])('%s → %s', (url, id) => {
    expect(contactIdFromUrl(url)).toBe(id);
  });

  it('keeps the case of member ids, which are case-sensitive', () => {
    const ref = profileRefFromUrl('/in/ACoAABcDeFgHiJkLmNoPqRsTuVwXyZ012345');
    expect(ref?.id).toBe('linkedin:in/ACoAABcDeFgHiJkLmNoPqRsTuVwXyZ012345');
    expect(ref?.isMemberId).toBe(true);
  });

  it.each([
    [''],
    ['https://www.linkedin.com/company/acme/'],
    ['https://evil.example/in/jane-doe'],
    ['javascript:alert(1)'],
    ['https://www.linkedin.com/messaging/thread/2-abc/'],
    [null],
  ])('refuses %s', (url) => {
    expect(contactIdFromUrl(url as string)).toBeNull();
  });
});
