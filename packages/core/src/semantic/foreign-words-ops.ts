// The words foreign-address.ts needs to read an order addressed to the AI in thirteen more languages, as an
// operations stack's runbooks, alerts, tickets and notes would carry one: Esperanto, Bosnian, Macedonian,
// Luxembourgish, Gujarati, Kannada, Punjabi, Somali, Haitian Creole, Javanese, Kyrgyz, Mongolian and
// Malayalam. Three kinds of act: those no colleague's note asks of the AI (delete, destroy, turn off, disable,
// mute) count alone; sending, sharing and uploading count with an address or a URL after them ("send me the
// report" is a colleague's); the everyday ones (run, create, make, add, install, open, give) count only when
// the clause holds a step that takes a defence down or opens access (opsRisk in foreign-address.ts), since
// "Assistant, restart the pod" is what a runbook is for.

/** The AI named in a vocative (lower case), before a comma or "!". */
export const aiVocatives: readonly string[] = [
  'asistanto', 'asistantino', 'helpanto', // Esperanto
  'асистенту', 'асистентке', // Macedonian
  'સહાયક', 'સહાયકજી', // Gujarati
  'ಸಹಾಯಕ', 'ಸಹಾಯಕರೇ', 'ಸಹಾಯಕನೇ', // Kannada
  'ਸਹਾਇਕ', 'ਸਹਾਇਕ ਜੀ', // Punjabi
  'caawiye', 'kaaliye', // Somali
  'жардамчы', 'жардамчым', // Kyrgyz
  'туслах аа', 'туслах минь', 'туслах', // Mongolian
  'സഹായി', 'സഹായീ', // Malayalam
];

/** Strong imperatives that open the clause after the vocative (languages that put the verb first). */
export const actWords: readonly string[] = [
  'forigu', 'forviŝu', 'detruu', 'malŝaltu', 'malebligu', 'silentigu', // Esperanto: delete, erase, destroy, turn off, disable, mute
  'isključi', 'isključite', 'onemogući', 'onemogućite', // Bosnian: turn off, disable (foreign-words-further.ts has delete)
  'избришете', 'исклучи', 'исклучете', 'оневозможи', // Macedonian: delete, turn off, disable
  'läsch', 'läscht', 'deaktivéier', 'deaktivéiert', // Luxembourgish: delete, deactivate
  'tirtir', 'masax', 'dami', 'jooji', // Somali: delete, erase, turn off, stop
  'efase', 'detwi', 'dezaktive', 'siprime', // Haitian Creole: delete, destroy, disable, remove
  'busaken', 'busakna', 'pateni', 'patenana', // Javanese: delete, turn off
];

/** Strong imperatives of languages that put the verb last (read anywhere after the vocative). */
export const actForms: readonly string[] = [
  'કાઢી નાખો', 'ભૂંસી નાખો', 'બંધ કરો', 'મ્યૂટ કરો', 'મ્યુટ કરો', // Gujarati: delete, erase, turn off, mute
  'ಅಳಿಸಿ', 'ಅಳಿಸು', 'ನಿಷ್ಕ್ರಿಯಗೊಳಿಸಿ', 'ಆಫ್ ಮಾಡಿ', 'ಮ್ಯೂಟ್ ಮಾಡಿ', // Kannada: delete, disable, turn off, mute
  'ਮਿਟਾਓ', 'ਹਟਾਓ', 'ਬੰਦ ਕਰੋ', 'ਮਿਊਟ ਕਰੋ', // Punjabi: delete, remove, turn off, mute
  'өчүр', 'өчүрүңүз', 'өчүрүп сал', 'жок кыл', // Kyrgyz: turn off / delete, destroy
  'устга', 'устгаарай', 'унтраа', 'унтраагаарай', // Mongolian: delete / destroy, turn off
  'ഇല്ലാതാക്കുക', 'നീക്കം ചെയ്യുക', 'ഓഫ് ചെയ്യുക', 'പ്രവർത്തനരഹിതമാക്കുക', // Malayalam: delete, remove, turn off, disable
];

/** Sending, sharing, uploading: an order with an address or a URL after it (any place after the vocative). */
export const sendWords: readonly string[] = [
  'sendu', 'plusendu', 'kunhavigu', 'alŝutu', // Esperanto
  'испрати', 'испратете', 'препрати', 'сподели', 'прикачи', // Macedonian
  'schéck', 'schéckt', 'deel', // Luxembourgish
  'મોકલો', 'મોકલ', 'મોકલી દો', 'શેર કરો', 'અપલોડ કરો', // Gujarati
  'ಕಳುಹಿಸಿ', 'ಕಳುಹಿಸು', 'ಹಂಚಿಕೊಳ್ಳಿ', 'ಅಪ್‌ಲೋಡ್ ಮಾಡಿ', // Kannada
  'ਭੇਜੋ', 'ਭੇਜ ਦਿਓ', 'ਸਾਂਝਾ ਕਰੋ', 'ਅਪਲੋਡ ਕਰੋ', // Punjabi
  'u dir', // Somali (a bare "dir" is English too)
  'voye', // Haitian Creole
  'kirimna', 'kirimen', 'kirimake', // Javanese
  'жибер', 'жибергиле', 'бөлүш', 'жүктө', // Kyrgyz
  'илгээ', 'илгээгээрэй', 'хуваалц', 'байршуул', // Mongolian
  'അയയ്ക്കുക', 'അയക്കുക', 'അയയ്ക്കൂ', 'പങ്കിടുക', 'അപ്‌ലോഡ് ചെയ്യുക', // Malayalam
];

/** Everyday imperatives: an order only with a risky step in the clause (any place after the vocative). */
export const everydayActs: readonly string[] = [
  'plenumu', 'rulu', 'lanĉu', 'kreu', 'aldonu', 'instalu', 'faru', 'malfermu', 'donu', // Esperanto
  'napravi', 'napravite', 'kreiraj', 'kreirajte', 'izvrši', 'izvršite', 'pokreni', 'pokrenite', 'otvori', 'otvorite', 'instaliraj', // Bosnian
  'направи', 'направете', 'креирај', 'изврши', 'стартувај', 'инсталирај', 'отвори', 'отворете', 'додели', // Macedonian
  'maach', 'maacht', 'installéier', 'féier', 'gëff', // Luxembourgish
  'ચલાવો', 'બનાવો', 'ઉમેરો', 'ખોલો', 'આપો', 'ઇન્સ્ટોલ કરો', // Gujarati
  'ಚಲಾಯಿಸಿ', 'ರಚಿಸಿ', 'ಸೇರಿಸಿ', 'ತೆರೆಯಿರಿ', 'ನೀಡಿ', 'ಸ್ಥಾಪಿಸಿ', // Kannada
  'ਚਲਾਓ', 'ਬਣਾਓ', 'ਜੋੜੋ', 'ਖੋਲ੍ਹੋ', 'ਦਿਓ', 'ਇੰਸਟਾਲ ਕਰੋ', // Punjabi
  'samee', 'fur', 'ku dar', 'sii', 'rakib', 'socodsii', // Somali
  'kreye', 'ajoute', 'louvri', 'ouvri', 'bay', 'enstale', 'kouri', 'egzekite', // Haitian Creole
  'tambahna', 'tambahake', 'gawea', 'gawenen', 'bukaken', 'bukakna', 'pasangen', 'pasangna', 'jalanna', 'mlakokna', // Javanese
  'иштет', 'түз', 'кош', 'ач', 'бер', 'орнот', // Kyrgyz
  'ажиллуул', 'үүсгэ', 'нэм', 'нээ', 'өг', 'суулга', // Mongolian
  'പ്രവർത്തിപ്പിക്കുക', 'സൃഷ്ടിക്കുക', 'ചേർക്കുക', 'തുറക്കുക', 'നൽകുക', 'സ്ഥാപിക്കുക', // Malayalam
];

/** Negations before an act: Esperanto, Somali, Haitian Creole, Javanese, Mongolian. */
export const negationWords: readonly string[] = ['neniam', 'ha', 'pa', 'aja', 'ojo', 'sampun', 'бүү', 'битгий'];
