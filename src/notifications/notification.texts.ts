import type { NotificationLanguage, NotificationParams, NotificationType } from './notification-types';

/** What a notification says: the in-app title and body, also the mail's subject and text. */
export interface NotificationText {
  title: string;
  body: string;
}

type Texts<T extends NotificationType> = Record<NotificationLanguage, (params: NotificationParams[T]) => NotificationText>;

/** The day `on` (YYYY-MM-DD) written out in the language, e.g. "14. März 2027". */
export function formatDay(on: string, language: NotificationLanguage): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${on}T00:00:00Z`));
}

/** The first titles as a list, and how many more there are. */
function listed(titles: string[], count: number, more: (n: number) => string): string {
  const lines = titles.map((title) => `– ${title}`);
  if (count > titles.length) lines.push(more(count - titles.length));
  return lines.length ? `\n${lines.join('\n')}` : '';
}

/**
 * Every notification's texts in de/en/pl/cs, one entry per type (the mapped
 * type makes a missing type or language a compile error; a unit spec checks
 * that each renders). Only the params reach a text, and the params carry only
 * what the recipient may see (notification-types.ts).
 */
export const NOTIFICATION_TEXTS: { [T in NotificationType]: Texts<T> } = {
  'invitation.received': {
    de: ({ employerName, offerTitle }) => ({
      title: `Einladung von ${employerName}`,
      body: `${employerName} lädt Sie zur Stelle „${offerTitle}“ ein. Sie können die Einladung annehmen oder ablehnen; Ihre Kontaktdaten sieht der Arbeitgeber erst, wenn Sie annehmen.`,
    }),
    en: ({ employerName, offerTitle }) => ({
      title: `Invitation from ${employerName}`,
      body: `${employerName} invites you to their job offer “${offerTitle}”. You can accept or decline; the employer sees your contact details only if you accept.`,
    }),
    pl: ({ employerName, offerTitle }) => ({
      title: `Zaproszenie od ${employerName}`,
      body: `${employerName} zaprasza Cię do oferty pracy „${offerTitle}”. Możesz przyjąć lub odrzucić zaproszenie; pracodawca zobaczy Twoje dane kontaktowe dopiero po przyjęciu.`,
    }),
    cs: ({ employerName, offerTitle }) => ({
      title: `Pozvánka od ${employerName}`,
      body: `${employerName} vás zve k pracovní nabídce „${offerTitle}“. Pozvánku můžete přijmout nebo odmítnout; vaše kontaktní údaje zaměstnavatel uvidí, až když ji přijmete.`,
    }),
  },
  'invitation.accepted': {
    de: ({ offerTitle, candidateName, candidateEmail }) => ({
      title: `Einladung angenommen: ${offerTitle}`,
      body: `${candidateName} hat Ihre Einladung zur Stelle „${offerTitle}“ angenommen und teilt die Kontaktdaten mit Ihnen: ${candidateEmail}`,
    }),
    en: ({ offerTitle, candidateName, candidateEmail }) => ({
      title: `Invitation accepted: ${offerTitle}`,
      body: `${candidateName} accepted your invitation to “${offerTitle}” and shares their contact details with you: ${candidateEmail}`,
    }),
    pl: ({ offerTitle, candidateName, candidateEmail }) => ({
      title: `Zaproszenie przyjęte: ${offerTitle}`,
      body: `${candidateName} przyjmuje Twoje zaproszenie do oferty „${offerTitle}” i udostępnia Ci dane kontaktowe: ${candidateEmail}`,
    }),
    cs: ({ offerTitle, candidateName, candidateEmail }) => ({
      title: `Pozvánka přijata: ${offerTitle}`,
      body: `${candidateName} přijímá vaši pozvánku k nabídce „${offerTitle}“ a sdílí s vámi kontaktní údaje: ${candidateEmail}`,
    }),
  },
  'invitation.declined': {
    de: ({ offerTitle, headline }) => ({
      title: `Einladung abgelehnt: ${offerTitle}`,
      body: `Das Profil „${headline}“ hat Ihre Einladung zur Stelle „${offerTitle}“ abgelehnt. Es werden keine Kontaktdaten geteilt.`,
    }),
    en: ({ offerTitle, headline }) => ({
      title: `Invitation declined: ${offerTitle}`,
      body: `The candidate “${headline}” declined your invitation to “${offerTitle}”. No contact details are shared.`,
    }),
    pl: ({ offerTitle, headline }) => ({
      title: `Zaproszenie odrzucone: ${offerTitle}`,
      body: `Osoba z profilu „${headline}” odrzuca Twoje zaproszenie do oferty „${offerTitle}”. Dane kontaktowe nie są udostępniane.`,
    }),
    cs: ({ offerTitle, headline }) => ({
      title: `Pozvánka odmítnuta: ${offerTitle}`,
      body: `Profil „${headline}“: vaše pozvánka k nabídce „${offerTitle}“ byla odmítnuta. Kontaktní údaje se nesdílejí.`,
    }),
  },
  'application.received': {
    de: ({ offerTitle, candidateName }) => ({
      title: `Neue Bewerbung: ${offerTitle}`,
      body: `${candidateName} hat sich auf Ihre Stelle „${offerTitle}“ beworben. Bewerbung und Kontaktdaten finden Sie bei der Stelle.`,
    }),
    en: ({ offerTitle, candidateName }) => ({
      title: `New application: ${offerTitle}`,
      body: `${candidateName} applied to your job offer “${offerTitle}”. You find the application and the contact details with the offer.`,
    }),
    pl: ({ offerTitle, candidateName }) => ({
      title: `Nowa aplikacja: ${offerTitle}`,
      body: `${candidateName} aplikuje na Twoją ofertę „${offerTitle}”. Aplikację i dane kontaktowe znajdziesz przy ofercie.`,
    }),
    cs: ({ offerTitle, candidateName }) => ({
      title: `Nová přihláška: ${offerTitle}`,
      body: `${candidateName} se hlásí na vaši nabídku „${offerTitle}“. Přihlášku a kontaktní údaje najdete u nabídky.`,
    }),
  },
  'job_offer.approved': {
    de: ({ offerTitle }) => ({
      title: `Stelle veröffentlicht: ${offerTitle}`,
      body: `Die Agentur hat Ihre Stelle „${offerTitle}“ geprüft und freigegeben. Sie ist jetzt in der Stellensuche zu finden.`,
    }),
    en: ({ offerTitle }) => ({
      title: `Job offer published: ${offerTitle}`,
      body: `The agency reviewed and approved your job offer “${offerTitle}”. It can now be found in the job search.`,
    }),
    pl: ({ offerTitle }) => ({
      title: `Oferta opublikowana: ${offerTitle}`,
      body: `Agencja sprawdziła i zatwierdziła Twoją ofertę „${offerTitle}”. Jest teraz widoczna w wyszukiwarce ofert.`,
    }),
    cs: ({ offerTitle }) => ({
      title: `Nabídka zveřejněna: ${offerTitle}`,
      body: `Agentura vaši nabídku „${offerTitle}“ zkontrolovala a schválila. Nyní ji lze najít ve vyhledávání nabídek.`,
    }),
  },
  'job_offer.rejected': {
    de: ({ offerTitle, reason }) => ({
      title: `Stelle nicht freigegeben: ${offerTitle}`,
      body: `Die Agentur hat Ihre Stelle „${offerTitle}“ nicht freigegeben. Begründung: ${reason}\nSie können die Stelle bearbeiten und erneut einreichen.`,
    }),
    en: ({ offerTitle, reason }) => ({
      title: `Job offer not approved: ${offerTitle}`,
      body: `The agency did not approve your job offer “${offerTitle}”. Reason: ${reason}\nYou can edit the offer and submit it again.`,
    }),
    pl: ({ offerTitle, reason }) => ({
      title: `Oferta niezatwierdzona: ${offerTitle}`,
      body: `Agencja nie zatwierdziła Twojej oferty „${offerTitle}”. Uzasadnienie: ${reason}\nMożesz edytować ofertę i przesłać ją ponownie.`,
    }),
    cs: ({ offerTitle, reason }) => ({
      title: `Nabídka neschválena: ${offerTitle}`,
      body: `Agentura vaši nabídku „${offerTitle}“ neschválila. Důvod: ${reason}\nNabídku můžete upravit a znovu odeslat.`,
    }),
  },
  'employer.verified': {
    de: ({ employerName }) => ({
      title: `Organisation bestätigt: ${employerName}`,
      body: `Die Agentur hat ${employerName} geprüft und bestätigt. Sie können jetzt Stellen veröffentlichen sowie Kandidatinnen und Kandidaten suchen und einladen.`,
    }),
    en: ({ employerName }) => ({
      title: `Organisation verified: ${employerName}`,
      body: `The agency checked and verified ${employerName}. You can now publish job offers and search and invite candidates.`,
    }),
    pl: ({ employerName }) => ({
      title: `Organizacja zweryfikowana: ${employerName}`,
      body: `Agencja sprawdziła i zweryfikowała ${employerName}. Możesz teraz publikować oferty oraz wyszukiwać i zapraszać kandydatów.`,
    }),
    cs: ({ employerName }) => ({
      title: `Organizace ověřena: ${employerName}`,
      body: `Agentura organizaci ${employerName} zkontrolovala a ověřila. Nyní můžete zveřejňovat nabídky a vyhledávat a zvát uchazeče.`,
    }),
  },
  'employer.rejected': {
    de: ({ employerName, reason, revoked }) =>
      revoked
        ? {
            title: `Bestätigung widerrufen: ${employerName}`,
            body: `Die Agentur hat die Bestätigung von ${employerName} widerrufen. Begründung: ${reason}\nIhre veröffentlichten Stellen sind nicht mehr öffentlich und werden erneut geprüft. Wenn Sie die Angaben zur Organisation korrigieren, wird sie erneut geprüft.`,
          }
        : {
            title: `Organisation nicht bestätigt: ${employerName}`,
            body: `Die Agentur konnte ${employerName} nicht bestätigen. Begründung: ${reason}\nWenn Sie die Angaben zur Organisation korrigieren, wird sie erneut geprüft.`,
          },
    en: ({ employerName, reason, revoked }) =>
      revoked
        ? {
            title: `Verification withdrawn: ${employerName}`,
            body: `The agency withdrew the verification of ${employerName}. Reason: ${reason}\nYour published job offers are no longer public and go back to review. Correct your organisation's details to have it checked again.`,
          }
        : {
            title: `Organisation not verified: ${employerName}`,
            body: `The agency could not verify ${employerName}. Reason: ${reason}\nCorrect your organisation's details to have it checked again.`,
          },
    pl: ({ employerName, reason, revoked }) =>
      revoked
        ? {
            title: `Weryfikacja cofnięta: ${employerName}`,
            body: `Agencja cofnęła weryfikację ${employerName}. Uzasadnienie: ${reason}\nOpublikowane oferty nie są już publiczne i wracają do sprawdzenia. Popraw dane organizacji, aby została ponownie sprawdzona.`,
          }
        : {
            title: `Organizacja niezweryfikowana: ${employerName}`,
            body: `Agencja nie mogła zweryfikować ${employerName}. Uzasadnienie: ${reason}\nPopraw dane organizacji, aby została ponownie sprawdzona.`,
          },
    cs: ({ employerName, reason, revoked }) =>
      revoked
        ? {
            title: `Ověření zrušeno: ${employerName}`,
            body: `Agentura zrušila ověření organizace ${employerName}. Důvod: ${reason}\nVaše zveřejněné nabídky už nejsou veřejné a vracejí se ke kontrole. Opravte údaje o organizaci, aby byla znovu zkontrolována.`,
          }
        : {
            title: `Organizace neověřena: ${employerName}`,
            body: `Agentura nemohla organizaci ${employerName} ověřit. Důvod: ${reason}\nOpravte údaje o organizaci, aby byla znovu zkontrolována.`,
          },
  },
  'saved_search.results': {
    de: ({ searchName, count, titles }) => ({
      title: `Neue Treffer: ${searchName}`,
      body: `Ihre gespeicherte Suche „${searchName}“ hat neue Treffer: ${count}.${listed(titles, count, (n) => `… und ${n} weitere`)}`,
    }),
    en: ({ searchName, count, titles }) => ({
      title: `New results: ${searchName}`,
      body: `Your saved search “${searchName}” has new results: ${count}.${listed(titles, count, (n) => `… and ${n} more`)}`,
    }),
    pl: ({ searchName, count, titles }) => ({
      title: `Nowe wyniki: ${searchName}`,
      body: `Twoje zapisane wyszukiwanie „${searchName}” ma nowe wyniki: ${count}.${listed(titles, count, (n) => `… i więcej: ${n}`)}`,
    }),
    cs: ({ searchName, count, titles }) => ({
      title: `Nové výsledky: ${searchName}`,
      body: `Vaše uložené hledání „${searchName}“ má nové výsledky: ${count}.${listed(titles, count, (n) => `… a další: ${n}`)}`,
    }),
  },
  'retention.warning': {
    de: ({ action, on }) =>
      action === 'hide'
        ? {
            title: 'Ihr Profil wird bald verborgen',
            body: `Sie haben sich lange nicht angemeldet. Am ${formatDay(on, 'de')} wird Ihr Profil für Arbeitgeber verborgen. Melden Sie sich vorher an, dann bleibt es sichtbar.`,
          }
        : {
            title: 'Ihr Konto wird bald gelöscht',
            body: `Sie haben sich lange nicht angemeldet. Am ${formatDay(on, 'de')} werden Ihr Profil und Ihr Konto gelöscht. Melden Sie sich vorher an, wenn Sie beides behalten möchten.`,
          },
    en: ({ action, on }) =>
      action === 'hide'
        ? {
            title: 'Your profile will soon be hidden',
            body: `You have not signed in for a long time. On ${formatDay(on, 'en')} your profile will be hidden from employers. Sign in before then to keep it visible.`,
          }
        : {
            title: 'Your account will soon be deleted',
            body: `You have not signed in for a long time. On ${formatDay(on, 'en')} your profile and your account will be deleted. Sign in before then if you want to keep them.`,
          },
    pl: ({ action, on }) =>
      action === 'hide'
        ? {
            title: 'Twój profil wkrótce zostanie ukryty',
            body: `Od dawna się nie logujesz. Dnia ${formatDay(on, 'pl')} Twój profil zostanie ukryty przed pracodawcami. Zaloguj się wcześniej, aby pozostał widoczny.`,
          }
        : {
            title: 'Twoje konto wkrótce zostanie usunięte',
            body: `Od dawna się nie logujesz. Dnia ${formatDay(on, 'pl')} Twój profil i konto zostaną usunięte. Zaloguj się wcześniej, jeśli chcesz je zachować.`,
          },
    cs: ({ action, on }) =>
      action === 'hide'
        ? {
            title: 'Váš profil bude brzy skryt',
            body: `Dlouho jste se nepřihlásili. Dne ${formatDay(on, 'cs')} bude váš profil skryt před zaměstnavateli. Přihlaste se předtím, aby zůstal viditelný.`,
          }
        : {
            title: 'Váš účet bude brzy smazán',
            body: `Dlouho jste se nepřihlásili. Dne ${formatDay(on, 'cs')} budou váš profil i účet smazány. Pokud si je chcete ponechat, přihlaste se předtím.`,
          },
  },
};

/** The label of the link in the mail (the in-app list links the whole entry). */
export const OPEN_LINK_LABEL: Record<NotificationLanguage, string> = {
  de: 'In TalentBridge Sachsen öffnen',
  en: 'Open in TalentBridge Sachsen',
  pl: 'Otwórz w TalentBridge Sachsen',
  cs: 'Otevřít v TalentBridge Sachsen',
};

/** The texts of one event in one language. */
export function renderNotification<T extends NotificationType>(
  type: T,
  params: NotificationParams[T],
  language: NotificationLanguage,
): NotificationText {
  return (NOTIFICATION_TEXTS[type] as Texts<T>)[language](params);
}
