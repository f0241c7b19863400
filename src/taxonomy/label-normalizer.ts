/**
 * Turns what a person types for a skill or occupation into a lookup key, so
 * that "Softwareentwickler/in (m/w/d)", "softwareentwickler" and
 * "SOFTWAREENTWICKLER" meet, and "vývojář" meets "vyvojar". Pure: no I/O.
 */
export function normalizeLabel(raw: string): string {
  return raw
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '') // diacritics: é → e, ř → r (ß and ł have no decomposition: handled below)
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/ł/g, 'l')
    .replace(/\((?:[mwfdx]\s*\/\s*)+[mwfdx]\)/g, ' ') // (m/w/d), (w/m/d), (m/f/d)
    .replace(/([a-z])(?:\/-?|\*|:|_)in(?:nen)?\b/g, '$1') // Entwickler/in, Entwickler*in, Entwickler:innen
    .replace(/[^\p{L}\p{N}+#.]+/gu, ' ') // keep C++, C#, .NET
    .replace(/\.+(?=\s|$)/g, '') // a full stop ending a sentence is not part of the label
    .trim()
    .replace(/\s+/g, ' ');
}

/**
 * ESCO's German, Polish and Czech preferred labels often join the gender forms
 * ("Softwareentwickler/Softwareentwicklerin"): each form is a label of its own.
 */
export function labelVariants(label: string): string[] {
  const whole = normalizeLabel(label);
  const parts = label.includes('/') ? label.split('/').map(normalizeLabel) : [];
  return [...new Set([whole, ...parts].filter((v) => v.length > 0))];
}
