import { SELECTORS } from './selectors';
import { allOf, firstIn, firstOf } from './deepQuery';
import { visibleText, normSpace } from './text';
import { canonicalProfileUrl } from './people';
import { classifyPage, vanityFromUrl } from './page';
import { findTopCard, readProfileName } from './profile';
import { readComposerText } from './composer';
import type { InvitationView, NotRecognised, ParseOptions } from './types';

const INVITE_LABEL = /^(?:Invite (.+?) to connect|Inviter (.+?) à rejoindre votre réseau)$/i;

function vanityUrl(vanity: string | null): string | undefined {
  return vanity ? canonicalProfileUrl(`https://www.linkedin.com/in/${vanity}/`) : undefined;
}

/** The invitation in one send-invite dialog; the invitee comes from the dialog, the URL and the page behind it. */
export function parseInvitationIn(dialog: Element, doc: Document, url: string, opts: ParseOptions = {}): InvitationView | NotRecognised {
  const noteField = firstIn(dialog, SELECTORS.inviteNote);
  let profileUrl = vanityUrl(vanityFromUrl(url)) ?? (classifyPage(url) === 'profile' ? canonicalProfileUrl(url) : undefined);
  const content = dialog.querySelector('.artdeco-modal__content') ?? dialog;
  let name = normSpace(visibleText(content.querySelector('strong'), 200));
  if (!name) {
    const card = findTopCard(doc, opts);
    // The page behind the dialog is the invitee's profile only when it is theirs.
    if (card && (classifyPage(url) === 'profile' || profileUrl)) {
      const cardName = readProfileName(doc, card);
      const cardVanity = allOf(card, SELECTORS.customInviteLink).map((a) => vanityUrl(vanityFromUrl(a.getAttribute('href'))));
      const cardOwnUrl = firstIn(card, ['a[href*="/in/"][href*="/overlay/"]'])?.getAttribute('href');
      if (classifyPage(url) === 'profile' || cardVanity.includes(profileUrl) || canonicalProfileUrl(cardOwnUrl) === profileUrl) name = cardName;
    }
  }
  if (!name && profileUrl) {
    for (const a of allOf(doc, SELECTORS.customInviteLink, opts.getShadowRoot)) {
      if (vanityUrl(vanityFromUrl(a.getAttribute('href'))) !== profileUrl) continue;
      const labelled = a.getAttribute('aria-label') ? a : a.querySelector('[aria-label]');
      const m = INVITE_LABEL.exec(normSpace(labelled?.getAttribute('aria-label')));
      if (m) name = (m[1] ?? m[2] ?? '').trim();
      if (name) break;
    }
  }
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
