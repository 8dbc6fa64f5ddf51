// An order, in a language other than English, to get a secret out of the user through the model: ask the
// user for their password, PIN or one-time code (solicits-secret.ts reads English). Read as the order's
// parts, as foreign-orders.ts reads a move: a verb of asking in its requesting form, the user as the one
// asked, a secret the user holds, and no negation. The requesting form is the verb's place where the place
// tells it (an imperative opens its clause or follows connectors: "Pídele al usuario …", not "El banco te
// pide …"), its form where the form does (Turkish "iste" / "ister", Persian "بخواه" / "می‌خواهد"), and a
// request ending or particle in Japanese, Korean, Chinese and Thai. A login flow described ("L'application
// demande à l'utilisateur son code") or a warning ("La banca non chiede mai il PIN") asks nothing.
import { formNegationWords, formNegationsJustBefore } from './foreign-words.js';
import { nfkcPattern } from './nfkc-pattern.js';

const bound = String.raw`(?![\p{L}\p{M}\p{N}_])`;
const start = String.raw`(?<![\p{L}\p{M}\p{N}_])`;

/** What the user holds: passwords, PINs, one-time and verification codes. */
const secret = nfkcPattern(
  [
    `${start}(?:passwords?|pin|pins|otp|tan|2fa|kennwort\\p{L}*|passwort\\p{L}*|bestätigungscode|sicherheitscode|einmalcode|mot de passe|code (?:de vérification|de confirmation|à usage unique|sms)|contraseña|código (?:de verificación|de autenticación|de autenticação|de verificação|de acesso|sms)|senha|codice (?:di verifica|otp|sms)|пароль|паролі|код (?:подтверждения|из sms|из смс|підтвердження)|hasł\\p{L}*|haseł|kod (?:weryfikacyjny|sms|potwierdzający)|wachtwoord|pincode|verificatiecode|doğrulama kod\\p{L}*|şifre\\p{L}*|kata sandi|kode (?:verifikasi|otp)|mật khẩu|mã (?:otp|xác minh|xác thực))${bound}`,
    'رمز التحقق|كلمة المرور|كلمة السر|קוד (?:ה)?אימות|סיסמ|کد تأیید|کد تایید|رمز عبور|ओटीपी|पासवर्ड|रहस्य कोड|รหัส ?otp|รหัสผ่าน|รหัสยืนยัน|認証コード|確認コード|暗証番号|パスワード|验证码|密码|인증 ?코드|인증번호|비밀번호',
  ].join('|'),
  'u',
);

/** A verb of asking with the user as the one asked, in a language whose imperative opens its clause. */
const askUser = nfkcPattern(
  [
    String.raw`(?:frag|frage|bitte|fordere)\s+(?:den|die|deinen)\s+(?:nutzer|benutzer|anwender|kunden)\p{L}*`,
    String.raw`(?:demande|demandez|exige|exigez|réclame|réclamez)\s+(?:à|a)\s+l['’]utilisat\p{L}*`,
    String.raw`(?:pide|pídele|pídale|pedile|solicita|solicítale|solicítele|pregunta|pregúntale|pregúntele)\s+al\s+usuario`,
    String.raw`(?:peça|peca|pede|solicite|pergunte)\s+(?:ao|à)\s+(?:usuário|usuario|utilizador)`,
    String.raw`(?:chiedi|chieda|domanda|richiedi)\s+all['’]utente`,
    String.raw`(?:попроси|попросите|спроси|спросите|запроси|запросите|узнай)\s+(?:у\s+)?пользовател\p{L}*`,
    String.raw`(?:попроси|попросіть|запитай|запитайте|спитай|запроси)\s+(?:у\s+)?користувач\p{L}*`,
    String.raw`(?:poproś|popros|zapytaj|poproście)\s+użytkownik\p{L}*`,
    String.raw`(?:vraag)\s+(?:de|deze)\s+gebruiker`,
    String.raw`(?:minta|mintalah|tanyakan|tanya)\s+(?:kepada\s+)?pengguna`,
    String.raw`(?:yêu cầu|hỏi|đề nghị)\s+người dùng`,
  ].join('|'),
  'gu',
);

/** A verb of telling or writing with the user as the one told: the order's message then tells the user to hand a secret over. */
const tellUser = nfkcPattern(
  [
    String.raw`(?:sag|sage|schreib|schreibe|teile|erkläre)\s+(?:dem|der)\s+(?:nutzer|benutzer|anwender|kunden)\p{L}*`,
    String.raw`(?:dis|dites|écris|écrivez|indique|indiquez|explique|expliquez)\s+(?:à|a)\s+l['’]utilisat\p{L}*`,
    String.raw`(?:di|dile|dígale|escribe|escríbele|indica|indícale|explica|explícale)\s+al\s+usuario`,
    String.raw`(?:diga|escreva|informe|explique)\s+ao\s+(?:usuário|usuario|utilizador)`,
    String.raw`(?:di['’]|dì|scrivi|dici|spiega|comunica)\s+all['’]utente`,
    String.raw`(?:скажи|скажите|напиши|напишите|сообщи|сообщите|объясни)\s+пользовател\p{L}*|(?:скажи|напиши|повідом)\s+користувач\p{L}*`,
    String.raw`(?:powiedz|napisz|poinformuj)\s+użytkownik\p{L}*|(?:zeg|vertel|schrijf|meld)\s+(?:aan\s+)?de\s+gebruiker`,
    String.raw`(?:katakan|beri tahu|beritahu|tulis)\s+(?:kepada\s+)?pengguna|(?:nói|báo|viết)\s+(?:với|cho)\s+người dùng`,
  ].join('|'),
  'gu',
);
/** What such a message says the user must do: hand something over. */
const mustHand = nfkcPattern(
  String.raw`(?<![\p{L}])(?:muss|müssen|doit|doivent|debe|deben|tiene que|deve|devem|tem que|должен|должна|должны|повинен|повинна|musi|moet|harus|phải)\s+(?:\p{L}+\s+){0,3}?(?:eingeben|senden|einfügen|schicken|angeben|coller|saisir|envoyer|entrer|fournir|pegar|enviar|mandar|introducir|ingresar|proporcionar|colar|informar|digitar|incollare|inserire|inviare|fornire|scrivere|ввести|отправить|прислать|вставить|сообщить|надіслати|вставити|ввести|wkleić|wpisać|podać|wysłać|invoeren|sturen|plakken|opgeven|memasukkan|mengirim|menempelkan|nhập|gửi|dán|cung cấp)(?![\p{L}])`,
);

/** Connectors and courtesy that may stand before such an imperative. */
const lead = /^(?:[-*•>\s]*)(?:(?:dann|jetzt|bitte|zuerst|puis|ensuite|maintenant|d'abord|luego|ahora|primero|depois|agora|primeiro|poi|ora|prima|затем|потом|теперь|сначала|потім|тепер|спочатку|potem|teraz|najpierw|dan|daarna|nu|eerst|lalu|kemudian|sekarang|tolong|silakan|hãy|vui lòng|sau đó|và|und|et|y|e|i|и|і|en)[,\s]+)*$/u;

/** Imperatives known by their form, with the user (as the one asked) anywhere in the clause. */
const askForm = nfkcPattern(String.raw`${start}(?:و|ف|ו)?(?:iste|isteyin|sor|sorun|talep et|talep edin|اطلب|اسأل|בקש|בקשי|שאל|תבקש|بخواه|بخواهید|بپرس|بپرسید|पूछें|पूछो|पूछिए|पूछना|माँगें|मांगें|मांगो|माँगो)${bound}`, 'u');
const formUser = /kullanıcı|المستخدم|משתמש|کاربر|उपयोगकर्ता/u;
/** The negations of an imperative's form that foreign-orders.ts reads, and Hebrew's אל ("אל תבקש"). */
const formNegated = new RegExp(`(?:^|\\s)(?:${['אל', ...formNegationWords, ...formNegationsJustBefore].join('|')})\\s*$`, 'u');

/** Japanese, Chinese, Korean and Thai: the user, a verb of asking, and what makes it a request. */
const signs = [
  // Japanese: the te-form of asking is a request (a statement ends in 〜ます).
  /(?:ユーザー|利用者)[^。]{0,30}?(?:尋ねて|聞いて|求めて|要求して|教えてもらって|入力してもらって|入力させて)(?!い?ません)/u,
  // Chinese: asking the user, opened by 请 or opening the clause.
  /^(?:请|然后|接着|并|再)?\s*(?:向用户|跟用户|让用户|要求用户|请用户)(?:索要|询问|要|提供|输入|发送|告知)|请[^。]{0,6}(?:向用户|让用户|要求用户)(?:索要|询问|要|提供|输入|发送|告知)/u,
  // Korean: asking the user, with a request ending.
  /사용자에게[^.]{0,30}?(?:물어보|물어|요청하|요구하|달라고)[^.]{0,30}?(?:세요|주세요|십시오|해라|하라)/u,
  // Thai: "ask for … from the user" opening the clause, or "ask the user".
  /^(?:กรุณา|โปรด|ช่วย|\s)*(?:ขอ.{0,30}?จากผู้ใช้|ถามผู้ใช้)/u,
];
const signNegated = /ないで|ません|不要|别|请勿|切勿|不得|마세요|않|อย่า|ไม่/u;

/** A first test: the user, in one of the languages above. */
const quick = /nutzer|benutzer|anwender|kunden|utilisat|usuari|usuári|utilizador|utent|пользовател|користувач|użytkownik|gebruiker|kullanıcı|pengguna|người dùng|المستخدم|משתמש|کاربر|उपयोगकर्ता|ผู้ใช้|ユーザー|利用者|用户|사용자/;

/** Whether a verb of `verbs` (global) opens its clause, or follows a comma or a colon after connectors. */
function opens(verbs: RegExp, clause: string): boolean {
  verbs.lastIndex = 0;
  for (let m = verbs.exec(clause); m !== null; m = verbs.exec(clause)) {
    const before = clause.slice(0, m.index);
    if (lead.test(before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(':'), before.lastIndexOf(';')) + 1))) return true;
  }
  return false;
}

/** Whether a clause (lower case) orders, in a language other than English, the model to ask the user for a secret. */
export function asksUserForSecret(clause: string): boolean {
  if (!quick.test(clause) || !secret.test(clause)) return false;
  if (opens(askUser, clause) || (opens(tellUser, clause) && mustHand.test(clause))) return true;
  const f = askForm.exec(clause);
  if (f !== null && formUser.test(clause) && !formNegated.test(clause.slice(Math.max(0, f.index - 8), f.index))) return true;
  return signs.some((s) => {
    const m = s.exec(clause);
    return m !== null && !signNegated.test(clause.slice(Math.max(0, m.index - 4), m.index + m[0].length + 4));
  });
}
