// Who is logged in is read from the nav "Me" photo or the messaging dock (in the light DOM or the
// #interop-outlet shadow root of the 2025–26 layout) and remembered for the page. A group whose
// title names the viewer, who has not written in it, is the case where only that photo keeps the
// user out of their own recipients.
import { describe, expect, it } from 'vitest';
import { parseThreadPage, surfaceForEvent, type ConversationView } from '../../../../utils/sites/linkedin';
import { loadHtml } from './loadPage';

const URL = 'https://www.linkedin.com/messaging/thread/2-Z3JvdXAtdmlld2VyLXRlc3Q/';
const NAV = '<header id="global-nav"><img class="global-nav__me-photo" alt="Camille Durand"></header>';
const DOCK_IN_INTEROP =
  '<div id="interop-outlet" data-testid="interop-shadowdom"><template shadowrootmode="open">' +
  '<aside class="msg-overlay-list-bubble"><header class="msg-overlay-bubble-header"><img alt="Camille Durand"></header></aside>' +
  '</template></div>';
const THREAD = `<main><div class="msg-convo-wrapper">
  <div class="msg-title-bar"><h2 class="msg-entity-lockup__entity-title">Camille Durand, Priya Nair, Tom Becker</h2></div>
  <ul class="msg-s-message-list-content"><li class="msg-s-message-list__event">
    <div class="msg-s-event-listitem msg-s-event-listitem--other" data-event-urn="urn:li:msg_message:1">
      <div class="msg-s-message-group__meta"><span class="msg-s-message-group__name">Priya Nair</span></div>
      <p class="msg-s-event-listitem__body">Notes from today attached.</p>
    </div></li></ul>
  <form class="msg-form"><div class="msg-form__contenteditable" contenteditable="true" role="textbox"><p>Thanks!</p></div>
    <button class="msg-form__send-button" type="submit">Send</button></form>
</div></main>`;

const page = (...parts: string[]) => loadHtml(`<!DOCTYPE html><html><body>${parts.join('')}</body></html>`, URL);
const recipients = (doc: Document) => (parseThreadPage(doc, URL) as ConversationView).participants.map((p) => p.name);
/** As the content script reads it: on an event in the composer. */
const onSend = (doc: Document) => {
  const box = doc.querySelector('[role="textbox"]')!;
  const v = surfaceForEvent([box, box.parentElement!], doc, URL) as ConversationView | null;
  return v?.participants.map((p) => p.name);
};

describe('the viewer', () => {
  it('is left out of a group that names them, from the nav photo', () => {
    expect(recipients(page(NAV, THREAD))).toEqual(['Priya Nair', 'Tom Becker']);
    expect(onSend(page(NAV, THREAD))).toEqual(['Priya Nair', 'Tom Becker']);
  });

  it('is found in the messaging dock inside the interop shadow root', () => {
    expect(onSend(page(THREAD, DOCK_IN_INTEROP))).toEqual(['Priya Nair', 'Tom Becker']);
  });

  it('is found once the nav bar renders, after a read that found nobody', () => {
    const doc = page(THREAD);
    expect(onSend(doc)).toEqual(['Camille Durand', 'Priya Nair', 'Tom Becker']); // nothing tells who the user is yet
    doc.body.insertAdjacentHTML('afterbegin', NAV);
    expect(onSend(doc)).toEqual(['Priya Nair', 'Tom Becker']);
  });

  it('follows a nav bar rendered again for another account', () => {
    const doc = page(NAV, THREAD);
    expect(onSend(doc)).toEqual(['Priya Nair', 'Tom Becker']);
    doc.querySelector('#global-nav')!.outerHTML = '<header id="global-nav"><img class="global-nav__me-photo" alt="Priya Nair"></header>';
    expect(onSend(doc)).toEqual(['Camille Durand', 'Tom Becker']);
  });

  it('is read again after LinkedIn navigates to another page', () => {
    const doc = page(NAV, THREAD);
    expect(onSend(doc)).toEqual(['Priya Nair', 'Tom Becker']);
    doc.querySelector('.global-nav__me-photo')!.setAttribute('alt', 'Tom Becker');
    // The page's own address changes (the frame's: about:blank → about:blank?mini=true), as LinkedIn's does.
    doc.defaultView!.history.pushState({}, '', '?mini=true');
    const other = `${URL}?mini=true`;
    const box = doc.querySelector('[role="textbox"]')!;
    const v = surfaceForEvent([box], doc, other) as ConversationView;
    expect(v.participants.map((p) => p.name)).toEqual(['Camille Durand', 'Priya Nair']);
  });
});
