// The lexicon of foreign-words.ts for eight more languages: Swedish, Czech, Greek, Romanian, Hungarian,
// Finnish, Bengali and Swahili, in the same semantic classes (what an order moves, the verb that moves it, where
// to, whose, and what tells an order from a statement), merged into foreign-orders.ts's patterns. How a
// language marks the order decides the list a verb goes in: Swedish, Czech, Greek and Romanian put their imperative
// first in its clause (or an infinitive after a modal: "ska skicka", "musí odeslat", "πρέπει να στείλει"),
// so their verbs are read by their place; Hungarian, Finnish, Bengali and Swahili mark the order in the
// verb's own form (Hungarian "küldd" / "küldi", Finnish "lähetä" / "lähettää", Bengali "পাঠাও" /
// "পাঠায়", Swahili "tuma", "atume" / "anatuma"), so theirs are read anywhere in the clause.

/** Secrets: passwords, keys, tokens, credentials (whole words). */
export const secretWords: readonly string[] = [
  // Swedish
  'lösenord', 'lösenordet', 'lösenorden', 'api-nyckel', 'api-nyckeln', 'api-nycklar', 'api-nycklarna', 'privat nyckel', 'privata nyckeln', 'privata nycklar', 'inloggningsuppgifter', 'inloggningsuppgifterna',
  // Czech
  'heslo', 'hesla', 'hesel', 'heslem', 'api klíč', 'api klíče', 'api klíčů', 'soukromý klíč', 'soukromé klíče', 'přihlašovací údaje', 'tokeny',
  // Greek
  'κωδικός πρόσβασης', 'κωδικό πρόσβασης', 'κωδικούς πρόσβασης', 'κωδικοί πρόσβασης', 'κωδικών πρόσβασης', 'συνθηματικό', 'συνθηματικά', 'κλειδί api', 'κλειδιά api', 'ιδιωτικό κλειδί', 'ιδιωτικά κλειδιά', 'διαπιστευτήρια',
  // Romanian (with and without its diacritics)
  'parolă', 'parola', 'parole', 'parolele', 'parolei', 'cheie api', 'cheia api', 'chei api', 'cheile api', 'cheie privată', 'cheia privată', 'cheie privata', 'cheia privata', 'chei private', 'token-ul', 'tokenul', 'credențiale', 'credentiale', 'credențialele', 'date de autentificare',
  // Swahili
  'nywila', 'nenosiri', 'maneno ya siri', 'neno la siri', 'ufunguo wa api', 'funguo za api', 'ufunguo binafsi', 'tokeni',
];

/** Hungarian and Finnish secrets, whose case and possessive endings join the word (matched as word starts). */
export const secretStems: readonly string[] = ['jelszó', 'jelszav', 'api-kulcs', 'api kulcs', 'privát kulcs', 'titkos kulcs', 'hozzáférési adat', 'bejelentkezési adat', 'salasan', 'api-avai', 'api-avaim', 'yksityinen avain', 'yksityisen avaimen', 'tunnistetie', 'kirjautumistie'];

/** Bengali secrets (a case ending may join the word: matched as it stands). */
export const secretSigns: readonly string[] = ['পাসওয়ার্ড', 'এপিআই কী', 'api কী', 'গোপন কী', 'প্রাইভেট কী', 'টোকেন', 'লগইন তথ্য'];

/** The environment, a secret taken whole. */
export const environmentWords: readonly string[] = ['variabilele de mediu', 'variabile de mediu', 'miljövariabler', 'miljövariablerna', 'proměnné prostředí', 'μεταβλητές περιβάλλοντος', 'környezeti változó', 'ympäristömuuttuj', 'vigezo vya mazingira', 'এনভায়রনমেন্ট ভেরিয়েবল'];

/** Verbs that move a thing somewhere, in the form that asks when it opens its clause (Swedish, Czech, Greek). */
export const movingWords: readonly string[] = [
  // Swedish (the imperative; the infinitive after "ska", "måste" is the same word or ends in -a)
  'skicka', 'vidarebefordra', 'ladda upp', 'kopiera', 'klistra in', 'lägg till', 'bifoga', 'skriv', 'infoga', 'publicera', 'maila', 'mejla',
  // Czech (the imperative, and the infinitive after "musí")
  'pošli', 'pošlete', 'odešli', 'odešlete', 'přepošli', 'přepošlete', 'nahraj', 'nahrajte', 'zkopíruj', 'zkopírujte', 'vlož', 'vložte', 'přidej', 'přidejte', 'připoj', 'připojte', 'napiš', 'napište', 'sdílej', 'sdílejte', 'zveřejni',
  'odeslat', 'poslat', 'přeposlat', 'nahrát', 'zkopírovat', 'vložit', 'přidat', 'připojit', 'sdílet', 'zveřejnit',
  // Romanian (the imperative, and the subjunctive after "să")
  'trimite', 'trimiteți', 'trimiteti', 'redirecționează', 'redirectioneaza', 'încarcă', 'incarca', 'copiază', 'copiaza', 'lipește', 'lipeste', 'adaugă', 'adauga', 'scrie', 'atașează', 'ataseaza', 'publică', 'publica', 'partajează', 'partajeaza',
  'trimită', 'trimita', 'încarce', 'copieze', 'adauge', 'atașeze',
  // Greek (the imperative, and the subjunctive after "να")
  'στείλε', 'στείλτε', 'προώθησε', 'προωθήστε', 'ανέβασε', 'ανεβάστε', 'αντίγραψε', 'αντιγράψτε', 'επικόλλησε', 'επικολλήστε', 'πρόσθεσε', 'προσθέστε', 'επισύναψε', 'επισυνάψτε', 'γράψε', 'γράψτε', 'μοιράσου', 'δημοσίευσε',
  'στείλει', 'στείλεις', 'στείλετε', 'ανεβάσει', 'ανεβάσεις', 'αντιγράψει', 'προωθήσει', 'επικολλήσει', 'προσθέσει', 'επισυνάψει', 'δημοσιεύσει',
];

/** Imperatives known by their form (Hungarian, Finnish, Bengali, Swahili), matched anywhere in the clause. */
export const formWords: readonly string[] = [
  // Hungarian: the imperative of the definite conjugation differs from the statement ("küldd" / "küldi").
  'küldd', 'küldje', 'küldjék', 'küldjétek', 'továbbítsd', 'továbbítsa', 'töltsd', 'töltse', 'másold', 'illeszd', 'illessze', 'csatold', 'írd', 'oszd',
  // Finnish: the imperative is the bare stem ("lähetä" / "lähettää"), or -kaa/-kää in the plural.
  'lähetä', 'lähettäkää', 'välitä', 'välittäkää', 'liitä', 'liittäkää', 'kirjoita', 'kirjoittakaa', 'palauta', 'palauttakaa', 'tulosta', 'tulostakaa', 'kopioikaa', 'jakakaa', 'siirrä', 'siirtäkää',
  // Bengali: the imperative ("পাঠাও", "পাঠান", "কপি করুন"), the statement takes a tense ("পাঠায়", "পাঠাবে").
  'পাঠাও', 'পাঠান', 'পাঠিয়ে দাও', 'পাঠিয়ে দিন', 'কপি করো', 'কপি করুন', 'আপলোড করো', 'আপলোড করুন', 'যোগ করো', 'যোগ করুন', 'লেখো', 'লিখুন', 'শেয়ার করো', 'শেয়ার করুন', 'ফরোয়ার্ড করো', 'ফরোয়ার্ড করুন',
  // Swahili: the bare stem or the subjunctive ("tuma", "atume"), the statement takes a tense ("anatuma", "hutuma").
  'tuma', 'tumeni', 'atume', 'utume', 'mtume', 'pakia', 'apakie', 'upakie', 'nakili', 'anakili', 'bandika', 'abandike', 'ambatisha', 'aambatishe', 'shiriki', 'ashiriki', 'sambaza', 'asambaze',
];

/** Other acts an order may keep from the user (delete, run, call), by their place. */
export const actingWords: readonly string[] = [
  'radera', 'ta bort', 'töm', 'kör', 'anropa',
  'smaž', 'smažte', 'vymaž', 'vymažte', 'odstraň', 'odstraňte', 'spusť', 'spusťte', 'zavolej', 'smazat', 'vymazat', 'odstranit',
  'șterge', 'sterge', 'ștergeți', 'rulează', 'ruleaza', 'execută', 'executa', 'apelează', 'apeleaza',
  'διάγραψε', 'διαγράψτε', 'σβήσε', 'σβήστε', 'εκτέλεσε', 'εκτελέστε', 'τρέξε', 'κάλεσε', 'διαγράψει', 'σβήσει',
];
/** The same known by their form (Hungarian, Finnish, Bengali, Swahili). */
export const actingForms: readonly string[] = [
  'töröld', 'törölje', 'töröljétek', 'futtasd', 'futtassa', 'hívd',
  'poista', 'poistakaa', 'tyhjennä', 'suorita', 'suorittakaa',
  'মুছে ফেলো', 'মুছে ফেলুন', 'মুছে দাও', 'মুছে দিন', 'মোছো', 'মুছুন', 'চালাও', 'চালান',
  'futa', 'afute', 'ufute', 'endesha', 'aendeshe',
];

/** The user's: what the order takes is not the reader's own. */
export const usersWords: readonly string[] = ['utilizatorului', 'utilizatorilor', 'användarens', 'användarnas', 'uživatele', 'uživatelů', 'του χρήστη', 'των χρηστών', 'felhasználó', 'felhasználók', 'käyttäjän', 'käyttäjien', 'mtumiaji', 'watumiaji'];
export const usersSigns: readonly string[] = ['ব্যবহারকারী'];
/** All of them, a file's: not a reader's own key put where it belongs. */
export const othersWords: readonly string[] = ['toate', 'toți', 'fișierul', 'fisierul', 'fișierului', 'allt', 'filen', 'všechna', 'všechny', 'všech', 'vše', 'souboru', 'όλους', 'όλα', 'όλες', 'όλοι', 'αρχείο', 'összes', 'minden', 'kaikki', 'koko', 'zote', 'wote', 'yote', 'faili'];
export const othersSigns: readonly string[] = ['সব ', 'সমস্ত', 'সকল'];

/** Secrecy: done without the user's knowing. */
export const covertWords: readonly string[] = ['pe ascuns', 'în secret', 'in secret', 'i smyg', 'i hemlighet', 'potají', 'tajně', 'κρυφά', 'titokban', 'salaa', 'kwa siri'];
export const covertSigns: readonly string[] = ['গোপনে'];

/** Negations before a verb (Hungarian "ne", Finnish "älä" before an imperative). */
export const negationWords: readonly string[] = ['niciodată', 'niciodata', 'inte', 'aldrig', 'nikdy', 'μην', 'μη', 'δεν', 'ποτέ', 'nem', 'soha', 'älä', 'äläkä', 'kamwe'];

/** Words that may stand before an imperative in its clause. */
export const leadWords: readonly string[] = [
  'och', 'sedan', 'sen', 'också', 'även', 'nu', 'först', 'alltid', 'vänligen',
  'a', 'pak', 'potom', 'také', 'nyní', 'teď', 'nejprve', 'prosím', 'vždy',
  'și', 'si', 'apoi', 'acum', 'întâi', 'mereu', 'întotdeauna',
  'και', 'μετά', 'τώρα', 'πρώτα', 'επίσης', 'παρακαλώ', 'πάντα',
];

/** Modals that oblige the one addressed. */
export const modalWords: readonly string[] = ['trebuie să', 'trebuie sa', 'ska', 'skall', 'måste', 'musí', 'musíš', 'musíte', 'πρέπει να'];

/**
 * Done without the user knowing or being told, or with a negative order to tell the user, in each of the
 * languages above (regex sources).
 */
export const unseenSources: readonly string[] = [
  String.raw`utan\s+att\s+(?:\p{L}+\s+){0,2}?(?:berätta|säga|meddela|informera)\s+(?:\p{L}+\s+){0,3}?användar|utan\s+att\s+användaren\s+(?:\p{L}+\s+){0,2}?(?:märker|vet|ser|får\s+veta)|(?:säg|berätta|nämn)\s+(?:inte|inget|ingenting|aldrig)\s+(?:\p{L}+\s+){0,3}?användar`,
  String.raw`bez\s+vědomí\s+uživatel|(?:neříkej|neříkejte|neříkat|neinformuj|neinformujte|neinformovat|nezmiňuj)\s+(?:\p{L}+\s+){0,3}?uživatel|uživatel\p{L}*\s+(?:\p{L}+\s+){0,3}?(?:neříkej|neříkejte|neříkat|neinformuj|nesděluj)`,
  String.raw`(?:χωρίς\s+να|μην)\s+(?:το\s+|του\s+|τους\s+)?(?:πεις|πείτε|αναφέρεις|αναφέρετε|ενημερώσεις|ενημερώσετε)\s+(?:\p{L}+\s+){0,3}?χρήστ|χωρίς\s+να\s+(?:το\s+)?(?:ξέρει|καταλάβει|μάθει)\s+ο\s+χρήστης`,
  String.raw`ne\s+(?:szólj|szóljon|mondd|mondja|említsd|említse|áruld)\s+(?:el\s+)?(?:\p{L}+\s+){0,3}?felhasználó|felhasználó\p{L}*\s+tudta\s+nélkül|anélkül,?\s+hogy\s+(?:a\s+)?felhasználó`,
  String.raw`kertomatta\s+(?:\p{L}+\s+){0,2}?käyttäjä|käyttäjän\s+tietämättä|(?:älä|äläkä)\s+(?:\p{L}+\s+){0,1}?(?:kerro|mainitse|ilmoita)\s+(?:\p{L}+\s+){0,3}?käyttäjä`,
  String.raw`ব্যবহারকারীকে\s+(?:কিছু\s+|কিছুই\s+)?(?:না\s+জানিয়ে|না\s+বলে|জানাবে\s+না|বলবে\s+না|জানিও\s+না|বলো\s+না|জানাবেন\s+না|বলবেন\s+না)|ব্যবহারকারীর\s+অজান্তে`,
  String.raw`bila\s+(?:kumwambia|kumjulisha|kumweleza)\s+(?:\p{L}+\s+){0,2}?mtumiaji|bila\s+mtumiaji\s+kujua|(?:usimwambie|asimwambie|msimwambie)\s+mtumiaji`,
];
/** First words of `unseenSources`: each names the user. */
export const unseenUsers: readonly string[] = ['användar', 'uživatel', 'χρήστ', 'felhasználó', 'käyttäjä', 'ব্যবহারকারী', 'mtumiaji'];
