// Profile top cards of the 2025–26 layout as LinkedIn served them in 2026: what the card shows,
// not the first match in its markup.
import { describe, expect, it } from 'vitest';
import { parseProfile, type ProfileView } from '../../../../utils/sites/linkedin';
import { loadFixture, loadHtml, readFixture, URLS } from './loadPage';

const profile = (name: string) => parseProfile(loadFixture(name, URLS[name]), URLS[name]) as ProfileView;

describe('a card holding two degrees, "Company · School", mutual connections behind a row of photos', () => {
  const name = 'profile-sdui-2026-degree-en.html';

  it('reads the degree the card shows (2nd), not the hidden "· 1st" written before it', () => {
    const doc = loadFixture(name, URLS[name]);
    const degrees = Array.from(doc.querySelectorAll('p')).map((p) => p.textContent).filter((t) => /^· \d/.test(t ?? ''));
    expect(degrees).toEqual(['· 1st', '· 2nd']);
    expect(parseProfile(doc, URLS[name])).toMatchObject({ recognised: true, name: 'Lejla Mehmedović', degree: 2 });
  });

  it('gives no degree rather than a guess when nothing says which variant is shown', () => {
    const unstyled = readFixture(name).replace(/<style>[\s\S]*?<\/style>/, '');
    expect((parseProfile(loadHtml(unstyled), URLS[name]) as ProfileView).degree).toBeUndefined();
  });

  it('reads the company from "Vrtlar O.D. · University of Sarajevo", and the title beside it in the headline', () => {
    expect(profile(name)).toMatchObject({ company: 'Vrtlar O.D.', title: 'QA Automation Engineer', headline: 'QA Automation Engineer at Vrtlar | Playwright, Cypress' });
  });

  it('reads the count and the names from the sentence, not from the row of photos linked first', () => {
    expect(profile(name)).toMatchObject({ mutualCount: 5, mutualNames: ['Amira Hodžić', 'Tarik Begić'], memberProfileUrl: 'https://www.linkedin.com/in/ACoAAB7kQmZ2xWv9LpTn3RcYd5HsUe4JfGa0Ko8/' });
  });
});

describe('a card with a hiring card and 253 mutual connections', () => {
  const p = profile('profile-sdui-2026-hiring-en.html');
  it('reads "Hiring: Senior Web QA Engineer & 2 others" as hiring', () => {
    expect(p).toMatchObject({ name: 'Rachel Nguyen', hiring: true, openToWork: false, degree: 2 });
  });
  it('counts 253 mutual connections, two of them named', () => {
    expect(p).toMatchObject({ mutualCount: 253, mutualNames: ['Priya Nair', 'Tom Becker'] });
  });
  it('reads company and title; the school of "Brightline QA · Georgia Institute of Technology" is not the company', () => {
    expect(p).toMatchObject({ company: 'Brightline QA', title: 'Head of Quality Engineering' });
  });
});
