// One person, named more or less fully by different pages: an invitation dialog says "Julie",
// the profile behind it "Julie Petit". The fuller name wins; a shorter one never replaces it.

// Words folded here rather than with nameTokens (./names.ts): that one brings the whole text fold
// (3 KB minified) into the LinkedIn content script, which reads invitations with this.
function words(name: string): string[] {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[\s\u00a0\u202f]+/)
    .filter(Boolean);
}

/** Whether `longer` names the person `shorter` names, more fully: "Julie Petit" for "Julie" (case and accents aside). */
export function extendsName(longer: string, shorter: string): boolean {
  const a = words(longer);
  const b = words(shorter);
  return b.length > 0 && a.length > b.length && b.every((w, i) => a[i] === w);
}

/**
 * The name to keep for one person from names given in order of authority: the first non-empty
 * one, replaced only by a later one that extends it ("Julie" → "Julie Petit"), never by a
 * different or shorter one.
 */
export function fullestName(...names: (string | null | undefined)[]): string {
  let best = '';
  for (const n of names) {
    const t = (n ?? '').trim();
    if (t && (!best || extendsName(t, best))) best = t;
  }
  return best;
}
