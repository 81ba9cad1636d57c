import type { IntentWords } from '../../domain/language/words';

/** German words for the conversation controls, as whole messages (accents optional: "prufe" matches "prüfe"). */
export const intents: IntentWords = {
  help: ['hilfe', 'hilf mir', 'hilfe bitte', 'menü', 'befehle', 'optionen', 'was kannst du', 'was kannst du tun', 'was kannst du alles', 'was machst du', 'was kann ich fragen', 'hallo', 'guten tag', 'moin'],
  cancel: ['abbrechen', 'abbruch', 'stopp', 'beenden', 'vergiss es', 'lass es', 'lass gut sein', 'abbrechen bitte'],
  restart: ['neu starten', 'neustart', 'von vorne', 'von vorn', 'nochmal von vorne', 'noch einmal von vorne', 'neu anfangen', 'von vorne anfangen', 'von vorne beginnen', 'zurücksetzen'],
  check: [
    ...['prüfen', 'prüfe', 'prüf', 'überprüfen', 'überprüfe', 'checken', 'check mal', 'testen', 'teste', 'diagnose', 'kontoprüfung'],
    ...['konto prüfen', 'mein konto prüfen', 'prüfe mein konto', 'prüf mein konto', 'konto überprüfen', 'mein konto überprüfen', 'adresse prüfen', 'prüfe die adresse', 'prüfe meine adresse'],
    ...['meine adresse prüfen', 'ist mein konto ok', 'ist mein konto in ordnung', 'ist mein konto bereit', 'ist mein vlsc konto ok'],
  ],
  checkAgain: ['nochmal prüfen', 'jetzt nochmal prüfen', 'noch einmal prüfen', 'erneut prüfen', 'ist es behoben', 'ist es jetzt behoben'],
  admins: [
    ...['wer ist mein admin', 'wer ist mein administrator', 'wer ist unser admin', 'wer ist unser administrator', 'wer sind unsere admins', 'wer sind unsere administratoren'],
    ...['wer ist unser globaler administrator', 'wer ist der globale administrator', 'globale administratoren', 'globale admins', 'admins finden', 'administratoren finden'],
    ...['admins anzeigen', 'zeig mir die admins', 'zeig mir unsere admins', 'mein admin', 'unsere admins', 'unser admin'],
  ],
  mfa: ['mfa prüfen', 'prüfe mfa', 'mfa überprüfen', 'mfa check', 'mfa status', 'mfa bereitschaft', 'sind wir bereit für mfa', 'sind wir mfa bereit', 'ist mfa eingerichtet', 'ist unsere mfa bereit', 'zwei-faktor prüfen'],
  campaign: ['kampagne starten', 'eine kampagne starten', 'neue kampagne', 'kampagne beginnen', 'kampagne anlegen', 'kampagne erstellen', 'starte eine kampagne'],
  campaignStatus: ['kampagnenstatus', 'status der kampagne', 'stand der kampagne', 'wie läuft die kampagne', 'wie steht die kampagne', 'fortschritt der kampagne'],
  drafts: {
    disassociation: ['trennung beantragen', 'trennung anfordern', 'trennungsantrag schreiben', 'trennungsanfrage schreiben', 'schreib einen trennungsantrag', 'konto trennen', 'mein konto trennen', 'mein vlsc konto trennen'],
    'extra-logins': ['mehr anmeldungen anfordern', 'mehr anmeldungen beantragen', 'zusätzliche anmeldungen anfordern', 'zusätzliche anmeldungen beantragen', 'ich brauche mehr anmeldungen', 'mehr logins anfordern', 'mehr logins beantragen', 'ich brauche mehr logins'],
    'mfa-support': ['mfa support schreiben', 'mfa support anschreiben', 'mfa support kontaktieren', 'e-mail an den mfa support', 'mail an den mfa support', 'schreib dem mfa support', 'an mfavlcsupport schreiben'],
  },
  smallTalk: {
    thanks: ['danke', 'danke schön', 'dankeschön', 'danke sehr', 'danke dir', 'vielen dank', 'besten dank', 'tausend dank', 'merci'],
    ok: ['alles klar', 'gut', 'super', 'prima', 'passt', 'verstanden', 'in ordnung', 'ja', 'genau', 'klasse', 'toll', 'perfekt', 'okay danke'],
    bye: ['tschüss', 'tschüs', 'ciao', 'bis dann', 'bis später', 'auf wiedersehen', 'schönen tag noch'],
  },
  leadIns: ['bitte', 'kannst du', 'kannst du bitte', 'könntest du', 'könntest du bitte', 'würdest du', 'ich möchte', 'ich will', 'ich würde gern', 'ich würde gerne', 'hallo', 'hi', 'hey', 'moin', 'also'],
  courtesies: ['bitte', 'danke', 'bitte danke', 'danke schön', 'vielen dank'],
  languageWords: ['sprache', 'sprache auf', 'sprache ändern', 'sprache ändern auf', 'sprache wechseln', 'sprache wechseln zu'],
  names: ['deutsch', 'german', 'allemand', 'alemán', 'tedesco', 'alemão', 'duits', 'ドイツ語', '德语', '德語', '독일어'],
  autoWords: ['automatisch', 'zurücksetzen', 'standard'],
};
