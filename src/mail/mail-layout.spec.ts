import { escapeHtml, renderMail } from './mail-layout';
import { MAIL_LAYOUT_TEXTS } from './mail-layout.texts';
import { MAIL_LANGUAGES } from './outgoing-mail';

describe('mail layout', () => {
  const base = 'https://talentbridge.example';

  it('has every layout text in every language, with the settings placeholder where it belongs', () => {
    for (const language of MAIL_LANGUAGES) {
      const texts = MAIL_LAYOUT_TEXTS[language];
      expect(Object.keys(texts).sort()).toEqual(Object.keys(MAIL_LAYOUT_TEXTS.en).sort());
      for (const value of Object.values(texts)) expect(value.trim()).not.toBe('');
      expect(texts.settingsFooter).toContain('{url}');
      expect(texts.securityFooter).not.toContain('{url}');
    }
  });

  it('writes the footer in the mail’s language, with the settings link only for non-security mails', () => {
    const message = { subject: 'S', text: 'T' };
    const news = renderMail({ language: 'pl', security: false, message }, base);
    expect(news.text).toContain(MAIL_LAYOUT_TEXTS.pl.settingsFooter.replace('{url}', `${base}/account`));
    expect(news.html).toContain(`href="${base}/account"`);
    expect(news.html).toContain('<html lang="pl">');
    const security = renderMail({ language: 'cs', security: true, message }, base);
    expect(security.text).toContain(MAIL_LAYOUT_TEXTS.cs.securityFooter);
    expect(security.text).not.toContain('/account');
    expect(security.html).not.toContain('/account');
  });

  it('escapes everything in the HTML and keeps the plain text as written', () => {
    const rendered = renderMail(
      {
        language: 'en',
        security: true,
        message: {
          subject: '<b>Hi</b>\r\nBcc: x',
          text: 'A "quote" & <script>x</script>',
          link: { label: '<Go>', url: `${base}/r?token=a&b="c"` },
        },
      },
      base,
    );
    expect(rendered.subject).toBe('<b>Hi</b> Bcc: x');
    expect(rendered.text).toContain('A "quote" & <script>x</script>');
    expect(rendered.html).not.toContain('<script>');
    expect(rendered.html).toContain('A &quot;quote&quot; &amp; &lt;script&gt;x&lt;/script&gt;');
    expect(rendered.html).toContain(`href="${base}/r?token=a&amp;b=&quot;c&quot;"`);
    expect(rendered.html).toContain('&lt;Go&gt;');
    expect(rendered.html).toContain('<title>&lt;b&gt;Hi&lt;/b&gt;');
  });

  it('refuses a link that is not http(s)', () => {
    expect(() =>
      renderMail(
        { language: 'en', security: true, message: { subject: 'S', text: 'T', link: { label: 'x', url: 'javascript:alert(1)' } } },
        base,
      ),
    ).toThrow(/http\(s\)/);
  });

  it('escapes the five HTML-significant characters', () => {
    expect(escapeHtml(`&<>"'`)).toBe('&amp;&lt;&gt;&quot;&#39;');
  });
});
