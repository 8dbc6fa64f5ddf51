// The small lexicon kept-payloads.ts reads with, by language family rather than by phrase: the noun for
// the user (and for a confirmation or permission asked of one), and the markers a language negates with -
// a word before the verb or noun ("nie", "huwag", "ห้าม"), a prefix or suffix on the verb (Czech "ne-",
// Swahili "usi-", Turkish "-madan", Finnish "-matta", Amharic "አት-"), or, in the languages that put the verb
// last (Korean, Japanese, Hindi, Urdu, Bengali, Tamil, Persian, Turkish, Hungarian, Amharic), a marker after
// the noun. All lower case. One noun and a handful of markers per language: a new language is a line here.

/**
 * The user, as the one an order keeps uninformed or unasked; matched as they stand (case endings, articles
 * and prefixes join them: "użytkownika", "המשתמש", "ব্যবহারকারীকে"). Also the gate of the reader: plain literals.
 */
export const userNouns: readonly string[] = [
  // The English word as other languages borrow it, with their own case marker (Tagalog "sa user", Hindi
  // "user को"): the bare word would open the reader on every English clause that names a user
  'sa user', 'ng user', 'ang user', 'kay user', 'user को', 'user से',
  // Romance, Germanic
  'utilisat', 'usuari', 'usuári', 'utilizador', 'utent', 'utilizator', 'nutzer', 'anwender', 'gebruiker', 'användar', 'bruger', 'bruker', 'notand', 'uzanto',
  // Slavic, Baltic, Finno-Ugric, Greek, Albanian, Basque, Celtic
  'пользовател', 'користувач', 'потребител', 'корисник', 'użytkownik', 'uživatel', 'používateľ', 'korisnik', 'uporabnik', 'naudotoj', 'vartotoj', 'lietotāj',
  'felhasználó', 'käyttäjä', 'kasutaja', 'χρήστ', 'përdorues', 'erabiltzaile', 'defnyddiwr', 'úsáideoir',
  // Turkic, Caucasus, Iranian, Semitic
  'kullanıcı', 'istifadəçi', 'foydalanuvchi', 'пайдаланушы', 'колдонуучу', 'მომხმარებ', 'օգտատեր', 'օգտվող', 'bikarhêner',
  'مستخدم', 'משתמש', 'کاربر', 'صارف', 'کارن',
  // South Asian
  'उपयोगकर्ता', 'प्रयोगकर्ता', 'वापरकर्ता', 'ব্যবহারকারী', 'ਵਰਤੋਂਕਾਰ', 'ਉਪਭੋਗਤਾ', 'વપરાશકર્તા', 'பயனர', 'వినియోగదారు', 'ಬಳಕೆದಾರ', 'ഉപയോക്താവ', 'പരിശീലക', 'පරිශීලක',
  // South-East and East Asian
  'ผู้ใช้', 'ຜູ້ໃຊ້', 'អ្នកប្រើ', 'အသုံးပြုသူ', 'người dùng', 'pengguna', 'gumagamit', 'ユーザー', '利用者', '用户', '用戶', '使用者', '사용자', '유저', 'хэрэглэгч',
  // African
  'mtumiaji', 'watumiaji', 'olùmúlò', 'olumulo', 'olùlò', 'mai amfani', 'umsebenzisi', 'isticmaale', 'ተጠቃሚ',
];

/**
 * A confirmation, approval or permission asked of the user: an order to act without one waives the user
 * ("ואל תבקש אישור", "صارف سے تصدیق مت لینا"). Read only with a command that destroys or runs a download.
 */
export const consentNouns: readonly string[] = [
  'confirmación', 'confirmare', 'bestätigung', 'rückfrage', 'conferma', 'confirmação', 'bevestiging', 'bekräftelse', 'bekræftelse', 'potwierdz', 'potvrzen', 'potvrden', 'подтвержд', 'підтвердж', 'επιβεβαίωσ',
  'megerősítés', 'vahvistu', 'kinnitus', 'onay', 'تأكيد', 'إذن', 'אישור', 'تأیید', 'تایید', 'اجازه', 'تصدیق', 'اجازت', 'पुष्टि', 'अनुमति', 'নিশ্চিত', 'অনুমতি', 'உறுதிப்படுத்த', 'அனுமதி',
  'ยืนยัน', 'อนุญาต', 'xác nhận', 'konfirmasi', 'pengesahan', 'kebenaran', 'izin', 'kumpirmasyon', 'pahintulot', 'uthibitisho', 'ruhusa', 'ìfọwọ́sí', 'ማረጋገጫ', 'ፈቃድ', '確認', '承認', '确认', '許可', '许可', '확인', '승인', '허락',
];

/** Negations and "without" that stand as words before what they negate (bounded as words where the script spaces them). */
export const negationWords: readonly string[] = [
  'no', 'non', 'ne', "n'", 'não', 'sin', 'sans', 'senza', 'sem', 'fără', 'fara', 'nu', 'nicht', 'nichts', 'ohne', 'niet', 'zonder', 'ikke', 'inte', 'uten', 'utan', 'uden', 'án', 'ekki',
  'nie', 'bez', 'не', 'ні', 'без', 'nemoj', 'μην', 'μη', 'δεν', 'χωρίς', 'nem', 'älä', 'älkää', 'ilman', 'ära', 'ärge', 'ilma', 'mos', 'ez', 'gabe', 'heb', 'peidiwch', 'gan', 'ná',
  'asla', 'ნუ', 'არ', 'մի', 'առանց', 'لا', 'لن', 'بدون', 'دون', 'بی', 'مت', 'نہ', 'بغیر', 'بنا', 'אל', 'לא', 'בלי', 'ללא', 'מבלי', 'मत', 'न', 'बिना', 'বিনা', 'না',
  'tanpa', 'jangan', 'tidak', 'tak', 'usah', 'huwag', 'wag', 'hindi', 'walang', 'không', 'đừng', 'chớ', 'bila', 'kamwe', 'kada', 'má', 'láì', 'láìsí', 'ngaphandle', 'ያለ',
  // "Never" stands alone where the language's "not" is left out ("Nunca envíes…", "Senden Sie niemals…").
  'nunca', 'jamás', 'jamais', 'niemals', 'nooit', 'nigdy', 'nikdy', 'никогда', 'ніколи', 'niciodată', 'aldrig', 'aldri', 'soha', 'koskaan', 'ποτέ', 'hiç',
];

/** Negations written without spaces around them (Thai, Lao, Khmer, Chinese): matched as they stand, just before the noun. */
export const negationSigns: readonly string[] = ['ห้าม', 'อย่า', 'ไม่', 'ຢ່າ', 'ບໍ່', 'កុំ', 'មិន', '不要', '不用', '不必', '无需', '無需', '别', '別', '勿', '禁止', '不得', '不准', '瞒着', '不让', '不讓'];

/**
 * The negating affixes of the verb-last languages, read after the noun too: the Amharic "አት-" and "ሳ-",
 * the Nepali and Hindi "न-" joined to a verb ("नभन्नुहोस्"), and the "without doing" suffixes.
 */
export const negationEndings = String.raw`(?<![\u1200-\u137f])(?:አት|አታ|ሳት|ሳይ|ሳያ|ሳታ|ሳን)[\u1200-\u137f]+|(?<![\p{L}\p{M}])न[\u0915-\u0939][\p{L}\p{M}]{3,}|\p{L}{2,}(?:matta|mättä|mata|madan|meden|maksızın|meksizin|mədən)(?![\p{L}])`;

/**
 * A negation joined to the verb before the noun: the Slavic and Baltic "ne-" ("neříkej uživateli"), the
 * Swahili "usi-" / "msi-", the Nguni "unga-", the Amharic "አት-" and "ሳ-", and the Finnish, Estonian and
 * Turkic "without doing" suffixes ("kertomatta", "sormadan"); a prefix opens a word after a space or a mark
 * (a path's `.netrc` is no negation).
 */
export const negationAffixes = String.raw`(?<![^\s,;:(«"'„“])(?:ne|usi|msi|unga)\p{L}{3,}|${negationEndings}`;



/**
 * What negates after the noun, in the languages that put the verb last ("사용자에게 알리지 마세요",
 * "ব্যবহারকারীকে জিজ্ঞাসা করার দরকার নেই", "a felhasználó tudta nélkül"): words, bounded as words.
 */
export const negationAfterWords: readonly string[] = [
  '마세요', '마십시오', '마라', '말고', '않고', '없이', 'मत', 'बिना', 'बगैर', 'नहीं', 'مت', 'بغیر', 'نہیں', 'نہ', 'না', 'নেই', 'ছাড়া',
  'வேண்டாம்', 'இல்லாமல்', 'கூடாது', 'వద్దు', 'లేకుండా', 'ಬೇಡ', 'ಇಲ್ಲದೆ', 'വേണ്ട', 'ഇല്ലാതെ', 'അരുത്', 'नका', 'नको', 'शिवाय', 'નહીં', 'વિના', 'එපා', 'නැතිව',
  'نگو', 'نگویید', 'نپرس', 'نپرسید', 'نده', 'ندهید', 'نکن', 'نکنید', 'بدون', 'nélkül', 'გარეშე', 'ნუ', 'бүү', 'битгий',
];

/** The same joined to the verb (Japanese "知らせずに", Tamil "சொல்லாதே"): matched as they stand. */
export const negationAfterEndings: readonly string[] = ['ないで', 'ずに', 'せず', 'なく', 'ません', '禁止', '않', 'ாதே', 'ாமல்'];
