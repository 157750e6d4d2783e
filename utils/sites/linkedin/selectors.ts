// Every LinkedIn selector of the adapter, as arrays of alternatives tried in order. Each alternative
// says which layout/state it matches. LinkedIn serves two layouts at once (see DESIGN.md): the
// classic Ember one (stable msg-*, pv-*, artdeco-* classes) and the 2025–26 server-driven one (hashed
// classes, componentkey attributes, Ember dialogs moved into the #interop-outlet shadow root). So
// every list ends with a structural alternative (roles, ARIA, URL shapes) that survives renamed
// classes. tests/unit/sites/linkedin/selectors.test.ts checks each alternative against the fixtures
// with the number of matches expected. Checked against captures of 2023-03 … 2026-05.

export const SELECTORS = {
  /** Hosts of the open shadow root where 2025–26 LinkedIn renders messaging and send-invite. */
  interopHost: [
    '#interop-outlet', // 2025–26, id seen on every SDUI page
    '[data-testid="interop-shadowdom"]', // 2025–26, same element, test id used by automation code
  ],

  /** The message composer: a rich textbox inside a messaging form. */
  composer: [
    '.msg-form__contenteditable[contenteditable="true"]', // classic and interop, 2023–2026
    'form [contenteditable="true"][role="textbox"]', // structural: any rich textbox in a form (hashed classes)
  ],

  /** The messaging form around a composer. */
  messageForm: [
    'form.msg-form', // classic and interop, 2023–2026
    'form:has([contenteditable="true"][role="textbox"])', // structural
  ],

  /** The send button of a messaging form ("Send" / "Envoyer"). */
  sendButton: [
    '.msg-form__send-button', // classic and interop, 2023–2026
    'button[type="submit"]', // structural: the form's only submit button
  ],

  /** An overlay conversation bubble (several can be open at once). */
  bubble: [
    '.msg-overlay-conversation-bubble', // classic and interop, 2023–2026
    '[role="dialog"]:has(form [contenteditable="true"][role="textbox"])', // structural: a dialog holding a composer
  ],

  /** A bubble folded into its header: nothing to read. */
  minimisedBubble: [
    '.msg-overlay-conversation-bubble--is-minimized', // classic, 2023–2026
  ],

  /** The header of a conversation (thread title bar or bubble header). */
  conversationHeader: [
    '.msg-title-bar', // thread page, 2023–2026
    '.msg-overlay-bubble-header', // bubble (also the minimised list dock), 2023–2026
    '#thread-detail-jump-target', // thread page, jump target id, 2025–26
    'header', // structural: bubbles use a <header>
    ':has(> h2 a[href*="/in/"])', // structural: what holds a title linking to a profile (2025–26 overlay with hashed classes and no <header>)
  ],

  /** A conversation named by its label: the 2025–26 overlay dialog ("Conversation with Julie Petit"). */
  conversationLabel: [
    '[aria-label^="Conversation with "]', // en, 2025–26
    '[aria-label^="Conversation avec "]', // fr, 2025–26
  ],

  /** The link to the other person's profile in a 1:1 conversation header. */
  headerProfileLink: [
    'a.msg-thread__link-to-profile', // thread page, 2023–2026
    '.msg-overlay-bubble-header__title a[href*="/in/"]', // bubble, 2023–2026
    'h2 a[href*="/in/"]', // structural: the title is a link to /in/…
    'a[href*="/in/"]:has(h2)', // structural: a link to /in/… around the title (2025–26 pattern)
  ],

  /** The conversation title (one name, or the names of a group). */
  headerTitle: [
    '.msg-entity-lockup__entity-title', // thread page, 2023–2026
    '.msg-overlay-bubble-header__title', // bubble, 2023–2026
    'h2', // structural
  ],

  /** The headline line under the title of a thread page. */
  headerHeadline: [
    '.msg-entity-lockup__entity-info', // thread page, 2023–2026 (contains a visually-hidden presence status)
  ],

  /** The 1:1 profile card at the top of a conversation ("· 1st", headline). */
  profileCardSubtitle: [
    '.msg-s-profile-card .artdeco-entity-lockup__subtitle [title]', // 2023–2026
  ],

  /** One message event of the visible list. */
  messageEvent: [
    'li.msg-s-message-list__event', // classic and interop, 2023–2026
    'li:has(> [data-event-urn])', // structural: a list item holding a message URN
  ],

  /** The item carrying the message URN (and the --other modifier when someone else sent it). */
  eventItem: [
    '.msg-s-event-listitem', // 2023–2026
    '[data-event-urn]', // structural
  ],

  /** "Someone else sent this" (absent on the viewer's own messages). */
  otherSender: [
    '.msg-s-event-listitem--other', // 2023–2026
  ],

  /** The "Sent at 3/12/2026, 8:30 AM" indicator: only on the viewer's own messages. */
  sentIndicator: [
    '[data-test-msg-cross-pillar-message-sending-indicator-presenter__container]', // 2025–26
    '.msg-s-event-with-indicator__sending-indicator', // 2024–26
  ],

  /** Day heading before a message group ("Today", "Aujourd’hui", "Mar 3", "lundi"). */
  dayHeading: [
    'time.msg-s-message-list__time-heading', // 2023–2026
    '.msg-s-message-list__time-heading', // same, when not a <time>
  ],

  /** Visually-hidden "X sent the following messages at 10:42 AM" / "X a envoyé … à 10:42". */
  groupA11yHeading: [
    '.msg-s-event-listitem--group-a11y-heading', // 2023–2026
  ],

  /** Sender name and time of a message group. */
  senderName: [
    '.msg-s-message-group__name', // 2023–2026
    '.msg-s-message-group__meta a[href*="/in/"]', // meta block link
  ],
  senderLink: [
    '.msg-s-message-group__meta a[href*="/in/"]', // 2023–2026
    'a.msg-s-event-listitem__link[href*="/in/"]', // the avatar link
  ],
  groupTime: [
    '.msg-s-message-group__timestamp', // 2023–2026
    '.msg-s-message-group__meta time', // structural
  ],

  /** The text of a message. */
  messageBody: [
    '.msg-s-event-listitem__body', // 2023–2026
    '.msg-s-event__content > p', // structural: a paragraph of the content block itself (not one inside a shared item)
  ],

  /**
   * What a message event holds that the sender did not type: a shared video or LinkedIn Live
   * event (the player's controls and hidden dialogs: "Media player modal window"), a shared post,
   * a link's preview card. A message body inside one of these is not message text.
   */
  notMessageText: [
    '[data-vjs-player]', // video.js player of shared videos and LinkedIn Live, 2023–2026
    '.media-player', // the player's wrapper, 2023–2026
    'video, audio, figure', // structural: media
    '[role="dialog"]', // structural: the player's modal windows
    'a[href]', // structural: a shared post's, event's or link's preview card is a link
    'article, [role="article"]', // structural: a shared post
  ],

  /** The logged-in viewer: photo in the nav "Me" menu or in the minimised messaging dock. */
  viewerPhoto: [
    'img.global-nav__me-photo', // classic nav, 2023–2026
    '.msg-overlay-list-bubble header img[alt]', // messaging dock (also inside the interop shadow root), 2023–2026
  ],

  /** The send-invite dialog (gating state and note state). */
  inviteDialog: [
    '[data-test-modal-id="send-invite-modal"] [role="dialog"]', // 2024–2026
    '.send-invite[role="dialog"]', // 2024–2026
    '[role="dialog"]:has(#custom-message)', // structural: the note state
  ],

  /** The note field of the invitation, once "Add a note" was clicked. */
  inviteNote: [
    'textarea#custom-message', // 2019–2026
    'textarea[name="message"]', // structural
  ],

  /** Profile top card. */
  topCardClassic: [
    'section.artdeco-card[data-member-id]', // classic 2024 Ember (class names partly hashed)
    'main section:has(h1)', // structural
  ],
  topCardSdui: [
    '[componentkey^="com.linkedin.sdui.profile.card.ref"][componentkey$="Topcard"]', // 2025–26 SDUI
  ],
  profileName: [
    'h1', // classic
    '[componentkey^="ProfileVerificationTriggerRef-"] h2', // 2025–26 SDUI: the name is an h2 under the verification trigger
    'h2', // SDUI fallback: first heading of the top card
  ],
  profileHeadline: [
    '.text-body-medium.break-words', // classic 2024
  ],
  distanceBadge: [
    '.distance-badge .dist-value', // classic 2024 ("2nd", "2e")
    '.distance-badge', // classic, with its visually-hidden sentence
  ],
  /** Link of the mutual connections ("X, Y, and 2 other mutual connections"); its URL carries the owner's member id. */
  mutualLink: [
    'a[href*="facetConnectionOf"]', // 2024–2026
    'a[href*="connectionOf="]', // 2024-08 variant (connectionOf=[…])
  ],
  /** Current company button: aria-label "Current company: X. Click to skip…" / "Entreprise actuelle : X. …". */
  currentCompany: [
    'button[aria-label^="Current company"]', // en, 2024–2026
    'button[aria-label^="Entreprise actuelle"]', // fr, 2024–2026
  ],
  /** The Message link of the profile: /messaging/compose/?profileUrn=urn:li:fsd_profile:ACoAA…&recipient=ACoAA… */
  composeLink: [
    'a[href*="/messaging/compose/"][href*="profileUrn="]', // 2025–26 SDUI (top card and More menu)
    'a[href*="/messaging/compose/"][href*="recipient="]', // variant without profileUrn
  ],
  /** Connect link of the SDUI layout: /preload/custom-invite/?vanityName=… */
  customInviteLink: [
    'a[href*="/preload/custom-invite/"]', // 2025–26
  ],
} as const;

export type SelectorKey = keyof typeof SELECTORS;
