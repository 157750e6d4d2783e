/**
 * Particles that start a family name ("Jean-Baptiste de La Tour", "Ingrid van Dijk"): what comes
 * before them is the given name.
 */
const PARTICLES = new Set(['de', 'du', 'des', 'd’', "d'", 'le', 'la', 'van', 'von', 'der', 'den', 'da', 'di', 'del', 'della', 'dos', 'das', 'ben', 'bin', 'al', 'el', 'mac', 'st', 'saint']);

/**
 * The name to greet someone by: the given name when the full name says which it is, else the full
 * name. "Daniel Okafor" → "Daniel"; "Marie-Hélène Lévêque" → "Marie-Hélène"; "Jean-Baptiste de La
 * Tour" → "Jean-Baptiste". Three words without a particle ("Anne Sophie Delorme", "Núria García
 * López") could be a compound given name or two family names: the full name is never wrong there,
 * a guess could be. Anything after a comma or a bar (", PhD", "| Recruiter") is left out.
 */
export function givenName(fullName: string): string {
  const name = fullName.split(/\s*[,|(]/)[0].replace(/\s+/g, ' ').trim();
  const words = name.split(' ').filter(Boolean);
  if (words.length <= 1) return name || fullName.trim();
  const particle = words.findIndex((w, k) => k > 0 && PARTICLES.has(w.toLowerCase()));
  if (particle > 0) return words.slice(0, particle).join(' ');
  return words.length === 2 ? words[0] : name;
}
