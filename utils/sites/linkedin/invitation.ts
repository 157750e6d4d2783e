import { SELECTORS } from './selectors';
import { allOf, firstIn, firstOf } from './deepQuery';
import { visibleText, normSpace } from './text';
import { canonicalProfileUrl } from './people';
import { classifyPage, vanityFromUrl } from './page';
import { findTopCard, readProfileName } from './profile';
import { readComposerText } from './composer';
import { fullestName } from '../../people/fullestName';
import type { InvitationView, NotRecognised, ParseOptions } from './types';

const INVITE_LABEL = /^(?:Invite (.+?) to connect|Inviter (.+?) à rejoindre votre réseau)$/i;

function vanityUrl(vanity: string | null): string | undefined {
  return vanity ? canonicalProfileUrl(`https://www.linkedin.com/in/${vanity}/`) : undefined;
}

/** The name on the top card behind the dialog, when that page is the invitee's profile. */
function cardNameFor(doc: Document, url: string, profileUrl: string | undefined, opts: ParseOptions): string {
  const card = findTopCard(doc, opts);
  if (!card || (classifyPage(url) !== 'profile' && !profileUrl)) return '';
  const cardVanity = allOf(card, SELECTORS.customInviteLink).map((a) => vanityUrl(vanityFromUrl(a.getAttribute('href'))));
  const cardOwnUrl = firstIn(card, ['a[href*="/in/"][href*="/overlay/"]'])?.getAttribute('href');
  const theirs = classifyPage(url) === 'profile' || cardVanity.includes(profileUrl) || canonicalProfileUrl(cardOwnUrl) === profileUrl;
  return theirs ? readProfileName(doc, card) : '';
}

/** "Invite Julie Petit to connect" on the Connect link to the invitee's vanity URL. */
function connectLabelName(doc: Document, profileUrl: string | undefined, opts: ParseOptions): string {
  if (!profileUrl) return '';
  for (const a of allOf(doc, SELECTORS.customInviteLink, opts.getShadowRoot)) {
    if (vanityUrl(vanityFromUrl(a.getAttribute('href'))) !== profileUrl) continue;
    const labelled = a.getAttribute('aria-label') ? a : a.querySelector('[aria-label]');
    const m = INVITE_LABEL.exec(normSpace(labelled?.getAttribute('aria-label')));
    const name = m ? (m[1] ?? m[2] ?? '').trim() : '';
    if (name) return name;
  }
  return '';
}

/** The invitation in one send-invite dialog; the invitee comes from the dialog, the URL and the page behind it. */
export function parseInvitationIn(dialog: Element, doc: Document, url: string, opts: ParseOptions = {}): InvitationView | NotRecognised {
  const noteField = firstIn(dialog, SELECTORS.inviteNote);
  let profileUrl = vanityUrl(vanityFromUrl(url)) ?? (classifyPage(url) === 'profile' ? canonicalProfileUrl(url) : undefined);
  const content = dialog.querySelector('.artdeco-modal__content') ?? dialog;
  // The dialog may name only the first name ("Personnalisez votre invitation à <strong>Julie</strong>");
  // the profile behind it and the Connect link's label name the same person in full.
  const name = fullestName(
    normSpace(visibleText(content.querySelector('strong'), 200)),
    cardNameFor(doc, url, profileUrl, opts),
    connectLabelName(doc, profileUrl, opts),
  );
  if (!name && !profileUrl) return { recognised: false, reason: 'invitee unknown' };
  if (!profileUrl) profileUrl = undefined;
  return {
    recognised: true,
    surface: 'invitation',
    root: dialog,
    composer: noteField,
    invitee: { name, profileUrl },
    note: noteField ? readComposerText(noteField) : '',
  };
}

export function findInviteDialog(doc: Document, opts: ParseOptions = {}): Element | null {
  return firstOf(doc, SELECTORS.inviteDialog, opts.getShadowRoot);
}

export function parseInvitationDialogUnsafe(doc: Document, url: string, opts: ParseOptions = {}): InvitationView | NotRecognised {
  const dialog = findInviteDialog(doc, opts);
  if (!dialog) return { recognised: false, reason: 'no invitation dialog open' };
  return parseInvitationIn(dialog, doc, url, opts);
}
