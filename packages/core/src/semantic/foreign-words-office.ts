// The words foreign-address.ts needs to read an order addressed to the AI in fourteen more languages:
// Albanian, Armenian, Hausa, Welsh, Basque, Croatian, Galician, Maltese, Zulu, Kazakh, Uzbek, Marathi,
// Telugu and Irish. Only the AI as a speaker names it when it turns to it (a vocative), and the acts an
// office text should never hand it: sending, forwarding, sharing, deleting, granting, paying, buying,
// uploading, posting. Kept apart from foreign-words*.ts so each language's lexicon stays in one place.

/** The AI named in a vocative (lower case), before a comma or "!". */
export const aiVocatives: readonly string[] = [
  'օգնական', // Armenian
  'mataimaki', // Hausa
  'cynorthwyydd', 'gynorthwyydd', // Welsh (the vocative may take the soft mutation)
  'laguntzaile', 'laguntzailea', // Basque
  'msizi', // Zulu
  'көмекші', // Kazakh
  'yordamchi', // Uzbek
  'सहाय्यक', 'सहायका', // Marathi
  'సహాయకుడా', 'సహాయకుడు', 'సహాయకా', // Telugu
  'a chúntóir', 'a chuntoir', // Irish (the vocative particle and the lenited noun)
];

/** Imperatives that open the clause after the vocative (languages that put the verb first). */
export const actWords: readonly string[] = [
  // Albanian: send, share, forward, delete, give, pay
  'dërgo', 'dërgoje', 'dërgoja', 'dërgoni', 'dërgojani', 'ndaje', 'ndajeni', 'ndani', 'përcill', 'përcille', 'përcillni', 'fshij', 'fshi', 'fshije', 'fshini', 'jep', 'jepi', 'jepni', 'paguaj', 'paguani',
  // Hausa: send, forward, delete, share
  'tura', 'aika', 'aike', 'goge', 'raba',
  // Welsh: send, give, delete, share, transfer, forward, pay
  'anfonwch', 'anfona', 'danfonwch', 'rhowch', 'rho', 'dilëwch', 'dilea', 'rhannwch', 'rhanna', 'trosglwyddwch', 'trosglwydda', 'blaenyrrwch', 'talwch',
  // Croatian: archive, grant
  'arhiviraj', 'dodijeli', 'dodijelite',
  // Galician: forward, send, share, delete
  'reenvía', 'reenviade', 'envía', 'enviade', 'comparte', 'compartide', 'elimina', 'eliminade', 'borra', 'borrade',
  // Maltese: send, delete, share, forward, pay
  'ibgħat', 'ibagħtu', 'ħassar', 'ħassru', 'aqsam', 'aqsmu', 'għaddi', 'għaddu', 'ħallas', 'ħallsu',
  // Zulu: send, delete, share, forward, buy, give
  'thumela', 'thumelani', 'susa', 'susani', 'yabelana', 'dlulisela', 'thenga', 'thengani', 'nika', 'nikeza',
  // Irish: send, share, delete, give, forward, pay
  'seol', 'seolaigí', 'roinn', 'roinnigí', 'scrios', 'scriosaigí', 'tabhair', 'tugaigí', 'cuir ar aghaidh', 'íoc',
];

/** Imperatives of languages that put the verb last or mark it in its form (read anywhere after the vocative). */
export const actForms: readonly string[] = [
  // Armenian: send, delete, forward/transfer, share, give
  'ուղարկիր', 'ուղարկեք', 'ջնջիր', 'ջնջեք', 'փոխանցիր', 'փոխանցեք', 'կիսվիր', 'կիսվեք', 'տուր', 'տվեք',
  // Basque: send, delete, share, forward, pay
  'bidali', 'ezabatu', 'partekatu', 'birbidali', 'ordaindu',
  // Kazakh: send, delete, clear, share, give
  'жібер', 'жіберіңіз', 'жой', 'жойыңыз', 'тазала', 'тазалаңыз', 'бөліс', 'бөлісіңіз', 'бер', 'беріңіз',
  // Uzbek: send, delete, share, give (both apostrophes)
  'yubor', 'yuboring', "o'chir", "o'chiring", 'oʻchir', 'oʻchiring', 'ulash', 'ulashing', 'ber', 'bering',
  // Marathi: send, delete, upload, share, forward
  'पाठव', 'पाठवा', 'हटव', 'हटवा', 'अपलोड कर', 'अपलोड करा', 'शेअर कर', 'शेअर करा', 'डिलीट कर', 'डिलीट करा', 'फॉरवर्ड कर', 'फॉरवर्ड करा',
  // Telugu: send, delete, post, share, upload, forward
  'పంపు', 'పంపండి', 'పంపించు', 'పంపించండి', 'తొలగించు', 'తొలగించండి', 'పోస్ట్ చేయి', 'పోస్ట్ చేయండి', 'షేర్ చేయి', 'షేర్ చేయండి', 'అప్‌లోడ్ చేయి', 'అప్‌లోడ్ చేయండి', 'ఫార్వర్డ్ చేయి',
];

/** Negations before an act in these languages: Albanian, Welsh, Irish, Hausa, Maltese, Basque. */
export const negationWords: readonly string[] = ['mos', 'peidiwch', 'paid', 'ná', 'kada', 'qatt', 'ez'];
