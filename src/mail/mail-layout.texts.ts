import type { TextCatalogue } from './outgoing-mail';

/** What the layout around every mail says (the feature's own text is in between). */
export interface MailLayoutTexts {
  /** Under the button, for mail programs that show no buttons. */
  linkFallback: string;
  /** Footer of every mail that is not a security mail; `{url}` is the account page. */
  settingsFooter: string;
  /** The link text of the account page in the HTML footer. */
  settingsLink: string;
  /** Footer of security mails (sign-up confirmation, password reset): they are sent whatever the settings. */
  securityFooter: string;
}

export const PLATFORM_NAME = 'TalentBridge Sachsen';

export const MAIL_LAYOUT_TEXTS: TextCatalogue<MailLayoutTexts> = {
  de: {
    linkFallback: 'Falls der Knopf nicht funktioniert, kopieren Sie diese Adresse in Ihren Browser:',
    settingsFooter:
      'Sie erhalten diese E-Mail wegen Ihres Kontos bei TalentBridge Sachsen. Welche E-Mails Sie bekommen, stellen Sie hier ein: {url}',
    settingsLink: 'E-Mail-Einstellungen',
    securityFooter:
      'Diese E-Mail betrifft die Sicherheit Ihres Kontos bei TalentBridge Sachsen und wird unabhängig von Ihren E-Mail-Einstellungen verschickt.',
  },
  en: {
    linkFallback: 'If the button does not work, copy this address into your browser:',
    settingsFooter: 'You receive this e-mail because of your account on TalentBridge Sachsen. Choose which e-mails you get here: {url}',
    settingsLink: 'E-mail settings',
    securityFooter: 'This e-mail is about the security of your TalentBridge Sachsen account and is sent whatever your e-mail settings.',
  },
  pl: {
    linkFallback: 'Jeśli przycisk nie działa, skopiuj ten adres do przeglądarki:',
    settingsFooter:
      'Otrzymujesz tę wiadomość w związku z Twoim kontem w TalentBridge Sachsen. Jakie wiadomości otrzymujesz, ustawisz tutaj: {url}',
    settingsLink: 'Ustawienia e-mail',
    securityFooter:
      'Ta wiadomość dotyczy bezpieczeństwa Twojego konta w TalentBridge Sachsen i jest wysyłana niezależnie od ustawień e-mail.',
  },
  cs: {
    linkFallback: 'Pokud tlačítko nefunguje, zkopírujte tuto adresu do prohlížeče:',
    settingsFooter: 'Tento e-mail dostáváte kvůli svému účtu na TalentBridge Sachsen. Jaké e-maily dostáváte, nastavíte zde: {url}',
    settingsLink: 'Nastavení e-mailů',
    securityFooter: 'Tento e-mail se týká zabezpečení vašeho účtu na TalentBridge Sachsen a posílá se bez ohledu na nastavení e-mailů.',
  },
};
