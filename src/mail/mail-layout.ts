import { MAIL_LAYOUT_TEXTS, PLATFORM_NAME } from './mail-layout.texts';
import type { OutgoingMail } from './outgoing-mail';

/** What leaves: the subject, the plain-text body and the HTML body of one mail. */
export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

/** The account page, where every non-security mail links to (mail settings, language). */
export const SETTINGS_PATH = '/account';

/**
 * The platform's layout around a feature's text, in the mail's language: the
 * platform name, the text, the link (a button in HTML, the bare address in plain
 * text) and the footer — the settings link for everything but security mails.
 * Pure; every piece of text is escaped in the HTML.
 */
export function renderMail(mail: Pick<OutgoingMail, 'language' | 'message' | 'security'>, publicUrl: string): RenderedMail {
  const texts = MAIL_LAYOUT_TEXTS[mail.language];
  const settingsUrl = `${publicUrl}${SETTINGS_PATH}`;
  const { subject, text, link } = mail.message;
  if (link && !/^https?:\/\//.test(link.url)) throw new Error(`A mail link must be an http(s) URL: ${link.url}`);
  const body = text.trim();
  const footer = mail.security ? texts.securityFooter : texts.settingsFooter.replace('{url}', settingsUrl);

  const plain = [body, ...(link ? [`${link.label}:\n${link.url}`] : []), `-- \n${PLATFORM_NAME}\n${footer}`].join('\n\n');

  const paragraphs = body
    .split(/\n\s*\n/)
    .map((p) => `<p style="margin:0 0 16px">${escapeHtml(p.trim()).replace(/\n/g, '<br>')}</p>`)
    .join('\n');
  const button = link
    ? `<p style="margin:24px 0"><a href="${escapeHtml(link.url)}" style="display:inline-block;padding:12px 20px;background:#0b5cad;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:bold">${escapeHtml(link.label)}</a></p>
<p style="margin:0 0 16px;font-size:14px;color:#444444">${escapeHtml(texts.linkFallback)}<br><a href="${escapeHtml(link.url)}" style="color:#0b5cad;word-break:break-all">${escapeHtml(link.url)}</a></p>`
    : '';
  const htmlFooter = mail.security
    ? escapeHtml(texts.securityFooter)
    : escapeHtml(texts.settingsFooter.replace('{url}', '\u0000')).replace(
        '\u0000',
        `<a href="${escapeHtml(settingsUrl)}" style="color:#0b5cad">${escapeHtml(texts.settingsLink)}</a>`,
      );
  const html = `<!DOCTYPE html>
<html lang="${mail.language}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(subject)}</title></head>
<body style="margin:0;padding:0;background:#f5f5f5">
<div style="max-width:600px;margin:0 auto;padding:24px;background:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#1a1a1a">
<p style="margin:0 0 24px;font-size:18px;font-weight:bold">${escapeHtml(PLATFORM_NAME)}</p>
${paragraphs}
${button}
<hr style="border:none;border-top:1px solid #dddddd;margin:24px 0 16px">
<p style="margin:0;font-size:13px;color:#555555">${htmlFooter}</p>
</div>
</body>
</html>
`;
  return { subject: subject.replace(/[\r\n]+/g, ' ').trim(), text: `${plain}\n`, html };
}

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
