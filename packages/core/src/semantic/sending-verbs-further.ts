// Verbs of sending, uploading and forwarding, and the words that negate them, in twelve languages more for
// the credential-file reading of sends-secrets.ts (after sending-verbs-more.ts): Czech, Slovak, Slovenian,
// Croatian, Serbian and Bosnian (Latin and Cyrillic), Bulgarian, Lithuanian, Latvian, Estonian, Malay, Urdu
// and Tamil. The reading is the same: the credential file and the outside address carry the order, the verb
// says which way the file goes. Whole imperative and infinitive forms, not stems: a verb negated by a prefix
// (Czech "neposílej", Lithuanian "nesiųsk") is no listed form, and a Tamil stem would take in its negative
// ("அனுப்பாதே": the vowel sign after the stem is no letter to a word boundary).

/** Verbs of sending, joined with `|` (word-bounded by the caller). */
export const furtherSendingVerbs = [
  // Czech and Slovak.
  'pošli|pošlete|odešli|odešlete|poslat|odeslat|přepošli|přepošlete|přeposlat|nahraj|nahrajte|pošlite|odošli|odošlite|poslať|odoslať|prepošli|prepošlite|preposlať',
  // Slovenian; Croatian, Serbian and Bosnian in Latin and Cyrillic letters.
  'pošlji|pošljite|poslati|naloži|naložite|posreduj|posredujte|pošalji|pošaljite|proslijedi|proslijedite|proslijediti|prosledi|prosledite|proslediti|otpremi|otpremite|пошаљи|пошаљите|проследи|проследите',
  // Bulgarian.
  'изпрати|изпратете|изпращай|прати|пратете|препрати|препратете|качи|качете',
  // Lithuanian and Latvian.
  'siųsk|siųskite|išsiųsk|išsiųskite|nusiųsk|nusiųskite|persiųsk|persiųskite|įkelk|įkelkite|sūti|sūtiet|nosūti|nosūtiet|pārsūti|pārsūtiet|augšupielādē',
  // Estonian ("saada" is also "to get": the file and the address still say which way it goes).
  'saada|saatke|edasta|edastage',
  // Malay (Indonesian's kirim and unggah are read with the first languages).
  'hantar|hantarkan|hantarlah|majukan|muat naik',
  // Urdu.
  'بھیجیں|بھیجے|بھیجو|بھیج دیں|بھیج دو|اپلوڈ',
  // Tamil.
  'அனுப்பு|அனுப்புங்கள்|அனுப்பவும்|பதிவேற்று|பதிவேற்றவும்',
].join('|');

/** Words that negate such a verb next to it, joined with `|` (word-bounded by the caller). */
export const furtherNegations = [
  'nikdy|nikoli|nikoliv', 'nikad|nikada|nemoj|nemojte|никад|немој', 'никога', 'niekada|niekuomet', 'nekad|nekādā',
  'ära|ärge|kunagi', 'jangan|usah', 'مت|کبھی', 'வேண்டாம்|ஒருபோதும்',
].join('|');
