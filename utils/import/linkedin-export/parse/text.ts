/** One space for every run of whitespace, trimmed, NFC: the form in which two copies of a message compare equal. */
export function normaliseWhitespace(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };

/**
 * Plain text of a CONTENT cell for analysis (asks, live-duplicate matching) only. The stored text
 * stays as LinkedIn wrote it and is always rendered as text, so this never needs to be safe HTML:
 * it only removes markup so that `<p>Hello</p>` and `Hello` compare equal.
 */
export function stripTags(text: string): string {
  if (!text.includes('<') && !text.includes('&')) return text;
  return text
    .replace(/<\s*br\s*\/?>/gi, '\n')
    .replace(/<\/\s*(p|div|li)\s*>/gi, '\n')
    .replace(/<[^<>]{0,2000}>/g, '')
    .replace(/&(amp|lt|gt|quot|apos|nbsp|#39);/g, (_, e: string) => ENTITIES[e] ?? '');
}

/**
 * Sponsored messages and InMail campaigns: LinkedIn's campaign editor wraps them in spin-break
 * paragraphs, and a badly merged campaign leaves its placeholders (`%FIRSTNAME%`) unfilled.
 */
export function isSponsoredContent(content: string): boolean {
  return /spinmail-quill-editor/i.test(content.slice(0, 500)) || /%(FIRST|LAST)_?NAME%/i.test(content);
}

/** "LinkedIn Member" is how the export names deleted and hidden accounts (also in French exports). */
export function isLinkedInMemberName(name: string): boolean {
  // Called for every name of every row: most are ruled out by their length alone.
  if (name.length < 15 || name.length > 40) return false;
  return /^(linkedin member|membre (de )?linkedin)$/i.test(name.trim());
}
