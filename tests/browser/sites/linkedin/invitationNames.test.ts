// An invitation dialog naming only the first name ("Personnalisez votre invitation à
// <strong>Julie</strong>") over the profile of Julie Petit: the invitee is Julie Petit.
import { describe, expect, it } from 'vitest';
import { isSendButton, parseInvitationDialog, parseProfile, queryAllDeep, surfaceForEvent, type InvitationView } from '../../../../utils/sites/linkedin';
import { loadFixture, loadHtml, readFixture, URLS } from './loadPage';

const NAME = 'invitation-firstname-2026-fr.html';
const URL = URLS[NAME];
const JULIE = 'https://www.linkedin.com/in/julie-petit-5b2c8a/';
const invitee = (html: string, url = URL) => (parseInvitationDialog(loadHtml(html), url) as InvitationView).invitee;

describe('an invitation dialog naming only the first name', () => {
  it('names her only « Julie » in the dialog itself', () => {
    const [strong] = queryAllDeep(loadFixture(NAME, URL), '.artdeco-modal__content strong');
    expect(strong.textContent).toBe('Julie');
  });

  it('is an invitation to Julie Petit, the fullest name the page gives for her', () => {
    expect(invitee(readFixture(NAME))).toEqual({ name: 'Julie Petit', profileUrl: JULIE });
  });

  it('takes the top card’s name when the Connect link says nothing', () => {
    const html = readFixture(NAME).replace(/ aria-label="Inviter Julie Petit à rejoindre votre réseau"/, '');
    expect(invitee(html)).toEqual({ name: 'Julie Petit', profileUrl: JULIE });
  });

  it('keeps « Julie » when nothing on the page names her in full, and never takes another person’s name', () => {
    const bare = readFixture(NAME).replace(/ aria-label="Inviter Julie Petit à rejoindre votre réseau"/, '').replace(/>Julie Petit<\/h2>/, '>Marc Dupont</h2>');
    expect(invitee(bare).name).toBe('Julie');
  });

  it('« Envoyer sans note » is a send to Julie Petit', () => {
    const doc = loadFixture(NAME, URL);
    const [send] = queryAllDeep(doc, 'button[aria-label="Envoyer sans note"]');
    expect(isSendButton([send])).toBe(true);
    expect((surfaceForEvent([send], doc, URL) as InvitationView).invitee).toEqual({ name: 'Julie Petit', profileUrl: JULIE });
  });
});

describe('her profile behind the dialog, in French', () => {
  it('reads « Elle » as her pronoun, not her headline', () => {
    expect(parseProfile(loadFixture(NAME, URL), URL)).toMatchObject({
      name: 'Julie Petit', headline: 'Cheffe de projet RH chez Maison Verbena', title: 'Cheffe de projet RH', company: 'Maison Verbena',
      degree: 2, mutualCount: 3, mutualNames: ['Léa Marchand'],
    });
  });
});
