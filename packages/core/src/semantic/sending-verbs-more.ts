// Verbs of sending, uploading and forwarding, and the words that negate them, in nine more languages for the
// credential-file reading of sends-secrets.ts: Swahili, Bengali, Tagalog, Greek, Ukrainian written in Latin
// letters (as chats and transliterating keyboards write it), Romanian, Hungarian, Swedish and Finnish. The
// reading stays what it is in the other fifteen: the credential file and the outside address carry the order,
// the verb only says which way the file goes. Whole inflected forms, not stems: a stem would take in nouns
// ("tume" is a commission in Swahili) and loading verbs ("lataa", "ladda" also download).

/** Verbs of sending, joined with `|` (word-bounded by the caller). */
export const moreSendingVerbs = [
  // Swahili: the negative is a prefix (usitume, hatumi), so it never matches a listed form.
  'tuma|atume|utume|mtume|kutuma|anatuma|itume|pakia|apakie|upakie|kupakia',
  // Bengali: imperatives, infinitive, future.
  'পাঠান|পাঠাও|পাঠাতে|পাঠাবে|পাঠাবেন|পাঠাবি|আপলোড',
  // Tagalog: focus forms of padala (send), pasa (pass on) and the borrowed upload.
  'ipadala|ipapadala|magpadala|nagpapadala|ipasa|ipapasa|i-upload|mag-upload|iupload',
  // Greek: send, upload, forward in imperative, subjunctive and present.
  'στείλε|στείλτε|στείλει|στείλεις|στέλνει|στέλνεις|στέλνετε|στέλνε|ανέβασε|ανεβάστε|ανεβάσει|ανεβάζει|προώθησε|προωθήστε|προωθεί|διαβίβασε',
  // Ukrainian in Latin letters.
  'nadishly|nadishlit|nadishlyte|nadislaty|nadsylaty|nadsylai|nadsylaie|vidpravy|vidpravte|vidpravyty|vidpravliaty|pereshly|pereslaty|zavantazh|zavantazhte|zavantazhyty',
  // Romanian.
  'trimite|trimiteți|trimiteti|trimită|trimita|încarcă|incarca|încărca|redirecționează|redirectioneaza|transferă|transfera',
  // Hungarian: with and without the perfective el-, and fel- for uploads.
  'küld|küldd|küldje|küldi|küldeni|küldenie|elküld|elküldi|elküldeni|elküldenie|elküldje|továbbítsd|továbbítsa|továbbítja|feltölt|feltölti|feltölteni|feltöltenie',
  // Swedish.
  'skicka|skickar|skickas|vidarebefordra|vidarebefordrar|överför',
  // Finnish: imperative, infinitive and the passive participle of duty (lähetettävä).
  'lähetä|lähettäkää|lähettää|lähettävät|lähetettävä|välitä|välittää|siirrä|siirtää',
].join('|');

/** Words that negate such a verb next to it, joined with `|` (word-bounded by the caller). */
export const moreNegations = ['μην|δεν|ποτέ', 'nem|soha', 'älä|älkää|ei|koskaan', 'inte|aldrig', 'nu|niciodată', 'huwag|hindi', 'না|কখনো|কখনও', 'kamwe', 'nikoly'].join('|');
