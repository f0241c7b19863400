import { MAIL_LANGUAGES, type MailLanguage } from '../mail/outgoing-mail';

/**
 * The best of our mail languages for an `Accept-Language` header (RFC 9110:
 * quality values, a region subtag matching its language, `*` ignored), or
 * English when it names none of them or is absent.
 */
export function preferredLanguage(header: string | undefined): MailLanguage {
  let best: { language: MailLanguage; q: number; order: number } | null = null;
  (header ?? '').split(',').forEach((part, order) => {
    const [range, ...params] = part.trim().split(';');
    const primary = range.trim().toLowerCase().split('-')[0];
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    if (!MAIL_LANGUAGES.includes(primary as MailLanguage) || !(q > 0) || q > 1) return;
    if (!best || q > best.q || (q === best.q && order < best.order)) best = { language: primary as MailLanguage, q, order };
  });
  return (best as { language: MailLanguage } | null)?.language ?? 'en';
}
