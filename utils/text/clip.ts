/** Page text for a sentence: spaces collapsed, trimmed, cut to `max` characters with an ellipsis. */
export function clip(text: string | undefined, max = 80): string {
  const t = (typeof text === 'string' ? text : '').replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}
