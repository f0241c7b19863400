import type { TextCatalogue } from '../mail/outgoing-mail';

/** The security mails of accounts, in every mail language (the layout around them is mail's). */
export interface AuthMailTexts {
  verifyEmail: { subject: string; text: string; link: string };
  passwordReset: { subject: string; text: string; link: string };
  passwordChanged: { subject: string; text: string; link: string };
}

/** `{hours}`/`{days}` are replaced with the validity of the link. */
export const AUTH_MAIL_TEXTS: TextCatalogue<AuthMailTexts> = {
  de: {
    verifyEmail: {
      subject: 'Bitte bestätigen Sie Ihre E-Mail-Adresse',
      text: 'Willkommen bei TalentBridge Sachsen!\n\nBitte bestätigen Sie, dass diese E-Mail-Adresse Ihnen gehört. Der Link gilt {days} Tage und nur einmal.\n\nSie haben sich nicht registriert? Dann ignorieren Sie diese E-Mail einfach.',
      link: 'E-Mail-Adresse bestätigen',
    },
    passwordReset: {
      subject: 'Ihr Passwort zurücksetzen',
      text: 'Jemand – hoffentlich Sie – möchte das Passwort Ihres Kontos bei TalentBridge Sachsen zurücksetzen. Der Link gilt {hours} Stunde und nur einmal.\n\nWenn Sie das nicht waren, ignorieren Sie diese E-Mail: Ihr Passwort bleibt, wie es ist.',
      link: 'Neues Passwort festlegen',
    },
    passwordChanged: {
      subject: 'Ihr Passwort wurde geändert',
      text: 'Das Passwort Ihres Kontos bei TalentBridge Sachsen wurde soeben geändert. Alle anderen Anmeldungen wurden beendet.\n\nWaren Sie das nicht? Setzen Sie Ihr Passwort sofort zurück.',
      link: 'Passwort zurücksetzen',
    },
  },
  en: {
    verifyEmail: {
      subject: 'Please confirm your e-mail address',
      text: 'Welcome to TalentBridge Sachsen!\n\nPlease confirm that this e-mail address is yours. The link works once and for {days} days.\n\nYou did not sign up? Then simply ignore this e-mail.',
      link: 'Confirm e-mail address',
    },
    passwordReset: {
      subject: 'Reset your password',
      text: 'Someone – hopefully you – asked to reset the password of your TalentBridge Sachsen account. The link works once and for {hours} hour.\n\nIf it was not you, ignore this e-mail: your password stays as it is.',
      link: 'Choose a new password',
    },
    passwordChanged: {
      subject: 'Your password was changed',
      text: 'The password of your TalentBridge Sachsen account was just changed. Every other sign-in was ended.\n\nWas it not you? Reset your password at once.',
      link: 'Reset password',
    },
  },
  pl: {
    verifyEmail: {
      subject: 'Potwierdź swój adres e-mail',
      text: 'Witamy w TalentBridge Sachsen!\n\nPotwierdź, że ten adres e-mail należy do Ciebie. Link działa jeden raz i przez {days} dni.\n\nTo nie Ty się rejestrowałeś(-aś)? Po prostu zignoruj tę wiadomość.',
      link: 'Potwierdź adres e-mail',
    },
    passwordReset: {
      subject: 'Zresetuj swoje hasło',
      text: 'Ktoś – mamy nadzieję, że Ty – chce zresetować hasło do Twojego konta w TalentBridge Sachsen. Link działa jeden raz i przez {hours} godzinę.\n\nJeśli to nie Ty, zignoruj tę wiadomość: Twoje hasło pozostanie bez zmian.',
      link: 'Ustaw nowe hasło',
    },
    passwordChanged: {
      subject: 'Twoje hasło zostało zmienione',
      text: 'Hasło do Twojego konta w TalentBridge Sachsen zostało właśnie zmienione. Wszystkie inne logowania zostały zakończone.\n\nTo nie Ty? Natychmiast zresetuj hasło.',
      link: 'Zresetuj hasło',
    },
  },
  cs: {
    verifyEmail: {
      subject: 'Potvrďte prosím svou e-mailovou adresu',
      text: 'Vítejte na TalentBridge Sachsen!\n\nPotvrďte prosím, že tato e-mailová adresa patří vám. Odkaz platí jednou a {days} dny.\n\nNeregistrovali jste se? Pak tento e-mail jednoduše ignorujte.',
      link: 'Potvrdit e-mailovou adresu',
    },
    passwordReset: {
      subject: 'Obnovení hesla',
      text: 'Někdo – doufejme, že vy – chce obnovit heslo vašeho účtu na TalentBridge Sachsen. Odkaz platí jednou a {hours} hodinu.\n\nPokud jste to nebyli vy, tento e-mail ignorujte: vaše heslo zůstane beze změny.',
      link: 'Nastavit nové heslo',
    },
    passwordChanged: {
      subject: 'Vaše heslo bylo změněno',
      text: 'Heslo vašeho účtu na TalentBridge Sachsen bylo právě změněno. Všechna ostatní přihlášení byla ukončena.\n\nNebyli jste to vy? Okamžitě si heslo obnovte.',
      link: 'Obnovit heslo',
    },
  },
};
