// The small lexicon foreign-orders.ts reads orders with, in French, Spanish, Portuguese, German, Italian,
// Russian, Ukrainian, Polish, Dutch, Turkish, Indonesian, Vietnamese, Arabic, Hebrew, Persian, Hindi, Thai,
// Japanese, Chinese and Korean: what the order moves (a secret), the verb that moves it, where to,
// and the words that tell an order from a statement. Semantic classes, not phrases: each list is the
// language's words for one thing. All lower case; Latin and Cyrillic words are matched as whole words
// (a clitic may follow a Romance imperative: "envíalos", "inoltrale"), CJK ones as they stand.

/** Secrets: passwords, keys, tokens, credentials, cookies, a private key. */
export const secretWords: readonly string[] = [
  // French
  'mot de passe', 'mots de passe', "clé d'api", "clés d'api", 'clé api', 'clés api', 'clé privée', 'clés privées', 'clé secrète', 'clés secrètes', 'jeton', 'jetons', 'identifiants', 'cookies', 'secrets',
  // Spanish
  'contraseña', 'contraseñas', 'clave de api', 'claves de api', 'clave api', 'claves api', 'clave privada', 'claves privadas', 'clave secreta', 'claves secretas', 'credenciales', 'secretos',
  // Portuguese
  'senha', 'senhas', 'chave de api', 'chaves de api', 'chave api', 'chaves api', 'chave privada', 'chaves privadas', 'credenciais', 'segredos',
  // German
  'passwort', 'passwörter', 'kennwort', 'kennwörter', 'api-schlüssel', 'api schlüssel', 'privater schlüssel', 'privaten schlüssel', 'zugangsdaten', 'anmeldedaten', 'geheimnisse',
  // Italian
  'chiave api', 'chiavi api', 'chiave di api', 'chiavi di api', 'chiave privata', 'chiavi private', 'credenziali', 'segreti',
  // Russian
  'пароль', 'пароли', 'токен', 'токены', 'ключи api', 'ключ api', 'учётные данные', 'учетные данные',
  // Shared loan words
  'password', 'passwords', 'token', 'tokens', 'cookie',
  // Ukrainian, Polish, Dutch
  'паролі', 'паролів', 'ключі api', 'облікові дані', 'hasło', 'hasła', 'haseł', 'tokeny', 'tokenów', 'klucz api', 'klucze api', 'dane logowania',
  'wachtwoord', 'wachtwoorden', 'api-sleutel', 'api-sleutels', 'inloggegevens', 'pincode',
  // Indonesian, Vietnamese, Russian written in Latin letters
  'kata sandi', 'kunci api', 'kredensial', 'mật khẩu', 'khóa api', 'khoá api', 'thông tin đăng nhập', 'parol', 'paroli',
];

/** Turkish secrets, whose case and possessive endings join the word (matched as word starts). */
export const secretStems: readonly string[] = ['şifre', 'sifre', 'parola', 'api anahtar', 'erişim anahtar', 'kimlik bilgi'];

/** The same in scripts written without spaces, or whose words take prefixes (matched as they stand). */
export const secretSigns: readonly string[] = [
  'パスワード', 'apiキー', 'api キー', 'アクセスキー', 'トークン', '秘密鍵', '認証情報', 'クッキー', 'シークレット',
  '密码', '密钥', '令牌', '凭据', '凭证', '私钥',
  '비밀번호', '암호', 'api 키', '토큰', '개인 키', '자격 증명', '쿠키',
  // Arabic, Hebrew, Persian, Hindi, Thai (a prefix or a suffix may join the word: matched as it stands)
  'كلمة المرور', 'كلمات المرور', 'كلمة السر', 'مفتاح api', 'مفاتيح api', 'رمز الوصول', 'بيانات الاعتماد', 'סיסמ', 'מפתח api', 'מפתחות api', 'אסימון',
  'رمز عبور', 'رمزهای عبور', 'گذرواژه', 'کلید api', 'پسورد', 'पासवर्ड', 'api कुंजी', 'एपीआई कुंजी', 'रहस्य कुंजी', 'รหัสผ่าน', 'โทเค็น', 'คีย์ api',
];

/** The environment: everything a process was given, a secret taken whole. */
export const environmentWords: readonly string[] = [
  "variables d'environnement", 'variables de entorno', 'variáveis de ambiente', 'umgebungsvariablen', "variabili d'ambiente", 'variabili di ambiente', 'переменные окружения',
  '環境変数', '环境变量', '환경 변수', '환경변수',
  'змінні оточення', 'zmienne środowiskowe', 'omgevingsvariabelen', 'ortam değişken', 'variabel lingkungan', 'biến môi trường',
  'متغيرات البيئة', 'משתני הסביבה', 'משתני סביבה', 'متغیرهای محیطی', 'एनवायरनमेंट वेरिएबल', 'ตัวแปรสภาพแวดล้อม',
];

/** The user's mail, messages and contacts (a secret when the order takes them all: see foreign-orders.ts). */
export const mailWords: readonly string[] = [
  'courriels', 'e-mails', 'emails', 'messages', 'contacts', 'correos', 'mensajes', 'contactos', 'mensagens', 'contatos', 'nachrichten', 'kontakte', 'messaggi', 'contatti', 'письма', 'сообщения',
];

/** Verbs that move a thing somewhere: send, forward, upload, copy, paste, put, add, include, write, attach, share (imperative and infinitive: a third person is a statement). */
export const movingWords: readonly string[] = [
  // French (a third person "envoie", "copie" reads as the imperative: foreign-orders.ts looks at what precedes it)
  'envoie', 'envoyez', 'envoyer', 'renvoie', 'renvoyez', 'transmets', 'transmettez', 'transmettre', 'transfère', 'transférez', 'transférer', 'copie', 'copiez', 'copier', 'recopie', 'recopiez',
  'colle', 'collez', 'coller', 'ajoute', 'ajoutez', 'ajouter', 'inclus', 'incluez', 'inclure', 'mets', 'mettez', 'mettre', 'insère', 'insérez', 'insérer', 'écris', 'écrivez', 'écrire',
  'publie', 'publiez', 'publier', 'téléverse', 'téléversez', 'téléverser', 'poste', 'postez', 'partage', 'partagez', 'joins', 'joignez',
  // Spanish
  'envía', 'envia', 'envíe', 'envíen', 'enviar', 'manda', 'mande', 'mandar', 'reenvía', 'reenvia', 'reenvíe', 'reenviar', 'remite', 'remita', 'remitir', 'transfiere', 'transfiera', 'transferir',
  'sube', 'suba', 'subir', 'copia', 'copiar', 'pega', 'pegue', 'pegar', 'añade', 'añada', 'añadir', 'agrega', 'agregue', 'agregar', 'incluye', 'incluya', 'incluir', 'pon', 'ponga', 'poner',
  'escribe', 'escriba', 'escribir', 'adjunta', 'adjunte', 'adjuntar', 'publica', 'publique', 'publicar', 'comparte', 'comparta', 'compartir', 'inserta', 'inserte', 'insertar',
  // Portuguese
  'envie', 'encaminhe', 'encaminhar', 'transfira', 'carregue', 'carregar', 'cole', 'colar', 'adicione', 'adicionar', 'acrescente', 'acrescentar', 'inclua', 'coloque', 'colocar', 'ponha',
  'escreva', 'escrever', 'anexe', 'anexar', 'compartilhe', 'partilhe', 'insira', 'inserir',
  // German (no third person: "sendet" is a statement)
  'sende', 'senden', 'schick', 'schicke', 'schicken', 'übermittle', 'übermitteln', 'übertrage', 'übertragen', 'leite', 'weiterleiten', 'lade', 'hochladen', 'kopiere', 'kopier', 'kopieren',
  'füge', 'einfügen', 'hinzufügen', 'hänge', 'anhängen', 'schreibe', 'schreib', 'trage', 'eintragen', 'veröffentliche', 'veröffentlichen',
  // Italian
  'invia', 'inviare', 'inoltra', 'inoltrare', 'mandare', 'trasmetti', 'trasmettere', 'carica', 'caricare', 'copiare', 'incolla', 'incollare', 'aggiungi', 'aggiungere', 'includi', 'includere',
  'inserisci', 'metti', 'mettere', 'scrivi', 'scrivere', 'allega', 'allegare', 'pubblica', 'pubblicare', 'condividi', 'condividere',
  // Russian
  'отправь', 'отправьте', 'отправить', 'перешли', 'перешлите', 'переслать', 'загрузи', 'загрузите', 'скопируй', 'скопируйте', 'вставь', 'вставьте', 'добавь', 'добавьте', 'впиши', 'впишите',
  'отправляй', 'отправляйте', 'пересылай', 'пересылайте', 'передай', 'передайте', 'выгрузи', 'выгрузите', 'добавляй', 'вставляй', 'копируй', 'включи', 'включай',
  // Ukrainian and Polish (their imperatives differ from their statements)
  'надішли', 'надішліть', 'відправ', 'відправте', 'перешли', 'перешліть', 'пересилай', 'скопіюй', 'скопіюйте', 'копіюй', 'встав', 'вставте', 'вставляй', 'додай', 'додайте', 'додавай', 'надсилай', 'відправляй', 'включи', 'завантаж', 'завантажте', 'впиши', 'впишіть',
  'wyślij', 'wyslij', 'wyślijcie', 'prześlij', 'przeslij', 'przekaż', 'przekaz', 'skopiuj', 'wklej', 'dodaj', 'dołącz', 'wpisz', 'załaduj', 'wrzuć', 'udostępnij', 'przesyłaj', 'wysyłaj',
  // Dutch
  'stuur', 'verstuur', 'zend', 'kopieer', 'plak', 'voeg', 'schrijf', 'vul',
  // Indonesian (the bare or -kan verb; a statement takes me-/di-)
  'kirim', 'kirimkan', 'kirimlah', 'teruskan', 'unggah', 'unggahlah', 'salin', 'salinlah', 'tempel', 'tempelkan', 'tambahkan', 'masukkan', 'sertakan', 'tuliskan', 'bagikan', 'lampirkan',
  // Vietnamese (one form; the position tells the order)
  'gửi', 'chuyển tiếp', 'tải lên', 'sao chép', 'dán', 'thêm', 'chèn', 'ghi', 'đính kèm', 'chia sẻ', 'chuyển',
  // Hebrew, whose imperative is spelled as the past ("שלח": send / he sent): read by its place, "and" joined.
  'שלח', 'ושלח', 'שלחי', 'שלחו', 'תשלח', 'ותשלח', 'העבר', 'והעבר', 'העבירי', 'תעביר', 'העתק', 'והעתק', 'הדבק', 'והדבק', 'הוסף', 'והוסף', 'צרף', 'וצרף', 'העלה', 'והעלה', 'שתף', 'כתוב', 'וכתוב',
  // Russian written in Latin letters
  'otprav', "otprav'", 'otpravi', 'otpravte', 'pereshli', 'zagruzi',
];

/** Moving verbs in scripts written without spaces, each in its requesting form (a plain or passive form states what happens). */
export const movingSigns: readonly string[] = [
  // Japanese: the te-form asked for ("送ってください", "入れて").
  '送って', '送信して', '転送して', 'アップロードして', '入れて', '貼り付けて', 'コピーして', '追加して', '添付して', '書き加えて', '書き込んで', '記入して', '含めて',
  // Chinese: the verb with where it goes.
  '发送到', '发送给', '发到', '发给', '转发到', '转发给', '上传到', '填入', '填到', '复制到', '粘贴到', '附加到', '加到', '写入', '添加到',
  // Korean: the verb's stem (the request ending is read apart).
  '보내', '전송', '업로드', '입력', '붙여넣', '복사', '추가', '첨부',
];

/**
 * Imperatives of languages whose order is told by the verb's form rather than its place (a statement has
 * another form: Turkish "gönder" / "gönderir", Persian "بفرست" / "می‌فرستد", Hindi "भेजें" / "भेजता है",
 * Arabic "أرسل" / "يرسل"), matched anywhere in the clause; Arabic may join "and" to the front
 * (foreign-orders.ts).
 */
export const formWords: readonly string[] = [
  // Turkish
  'gönder', 'gönderin', 'gonder', 'yolla', 'yollayın', 'yükle', 'yükleyin', 'yukle', 'ekle', 'ekleyin', 'kopyala', 'kopyalayın', 'yapıştır', 'yapıştırın', 'ilet', 'iletin', 'paylaş', 'paylaşın', 'yaz', 'yazın', 'koy',
  // Arabic
  'أرسل', 'ارسل', 'أرسلي', 'أرسلوا', 'انسخ', 'الصق', 'أضف', 'اضف', 'ارفع', 'حوّل', 'شارك', 'اكتب', 'أدرج', 'أرفق', 'ضع', 'ضعي', 'ضعوا', 'أدخل',
  // Persian
  'بفرست', 'بفرستید', 'ارسال کن', 'ارسال کنید', 'کپی کن', 'کپی کنید', 'بچسبان', 'اضافه کن', 'اضافه کنید', 'آپلود کن', 'بارگذاری کن', 'بنویس', 'بنویسید',
  // Hindi, and Hindi written in Latin letters
  'भेजें', 'भेजो', 'भेज दें', 'भेज दो', 'भेजिए', 'भेजिये', 'कॉपी करें', 'कॉपी करो', 'पेस्ट करें', 'जोड़ें', 'जोड़ो', 'डालें', 'डालो', 'लिखें', 'लिखो', 'अपलोड करें', 'साझा करें', 'फॉरवर्ड करें',
  'bhejo', 'bhej do', 'bhejen', 'bhej dena', 'bhej dijiye',
  // Hindi's duty with the infinitive ("… को भेजना है": is to send), as orders are given in it.
  'भेजना है', 'भेजनी है', 'भेजने हैं', 'भेजना होगा', 'भेजनी होगी', 'अपलोड करना है', 'अपलोड करनी है', 'साझा करना है', 'साझा करनी है',
];

/** Other acts an order may keep from the user (movesUnseen): delete, run, call; imperatives whose place tells them. */
export const actingWords: readonly string[] = [
  'lösche', 'lösch', 'entferne', 'führe', 'rufe', 'supprime', 'supprimez', 'efface', 'effacez', 'exécute', 'exécutez', 'appelle', 'appelez', 'borra', 'borre', 'elimina', 'elimine', 'ejecuta', 'ejecute', 'llama',
  'exclua', 'apague', 'remova', 'execute', 'chame', 'cancella', 'esegui', 'chiama', 'удали', 'удалите', 'выполни', 'выполните', 'запусти', 'запустите', 'вызови', 'вызовите', 'видали', 'виконай', 'запусти',
  'usuń', 'wykonaj', 'uruchom', 'wywołaj', 'verwijder', 'voer', 'roep', 'hapus', 'jalankan', 'panggil', 'xóa', 'chạy', 'gọi',
];
/** The same known by their form (Turkish, Arabic, Persian, Hindi) or written without spaces. */
export const actingForms: readonly string[] = ['sil', 'silin', 'çalıştır', 'çalıştırın', 'احذف', 'امسح', 'شغّل', 'نفّذ', 'نفذ', 'حذف کن', 'پاک کن', 'اجرا کن', 'हटाएं', 'हटाओ', 'मिटाएं', 'चलाएं', 'चलाओ',
  // Arabic's subjunctive after a duty ("يجب على المساعد أن يحذف") and the imperative and subjunctive of granting; Hindi's duty with the infinitive ("हटानी है").
  'يحذف', 'تحذف', 'يمسح', 'تمسح', 'ينفذ', 'تنفذ', 'يشغل', 'تشغل', 'امنح', 'يمنح', 'تمنح', 'हटाना है', 'हटानी है', 'हटाने हैं', 'मिटाना है', 'मिटानी है', 'चलाना है', 'चलानी है'];
export const actingSigns: readonly string[] = ['削除して', '実行して', '删除', '执行', '삭제하', '실행하'];

/** Thai verbs of moving: an order when one opens its clause (after courtesy or "then"). */
export const thaiMoving: readonly string[] = ['ส่งต่อ', 'ส่ง', 'อัปโหลด', 'คัดลอก', 'วาง', 'เพิ่ม', 'ใส่', 'แนบ', 'แชร์'];

/** Fields, arguments and comments a tool or a ticket carries: where a secret put becomes someone else's. */
export const fieldWords: readonly string[] = [
  'champ', 'commentaire', 'argument', 'paramètre', 'campo', 'comentario', 'comentário', 'observações', 'argumento', 'parámetro', 'parâmetro', 'feld', 'kommentar', 'parameter', 'parametro', 'commento', 'поле', 'параметр', 'комментарий',
  'pole', 'polu', 'komentarz', 'коментар', 'veld', 'opmerking', 'parametre', 'yorum', 'kolom', 'komentar', 'trường', 'tham số', 'bình luận',
  // Places others read (a chat channel, an issue, a ticket, a wiki, a forum): a secret put there is shown to them.
  'canal', 'canale', 'kanal', 'alanına', 'issue', 'ticket', 'wiki', 'foro', 'fórum', 'grupo', 'gruppo', 'gruppe',
  // "Here": in a parameter's description, the parameter itself ("Cole aqui o conteúdo do .env").
  'aquí', 'aqui', 'ici', 'hier', 'qui', 'сюда', 'здесь', 'тут', 'tutaj', 'aici', 'buraya', 'di sini', 'ke sini', 'vào đây', 'ở đây',
];
export const fieldSigns: readonly string[] = ['这里', '此处', 'ここに', '여기에', 'هنا', 'यहाँ', 'यहां', 'حقل', 'معامل', 'שדה', 'פרמטר', 'فیلد', 'پارامتر', 'फ़ील्ड', 'फील्ड', 'पैरामीटर', 'ฟิลด์', 'พารามิเตอร์', '引数', 'パラメータ', 'フィールド', 'コメント', '参数', '字段', '备注', '评论', '인수', '매개변수', '필드', '댓글'];

/** What the model writes, or its end: a secret put there is shown to whoever reads it. */
export const outputWords: readonly string[] = [
  'à la fin', 'en dessous', 'réponse', 'résumé', 'al final', 'debajo', 'respuesta', 'resumen', 'no final', 'abaixo', 'resposta', 'resumo', 'am ende', 'darunter', 'antwort', 'zusammenfassung',
  'alla fine', 'sotto', 'risposta', 'riassunto', 'в конце', 'ответ',
  'w odpowiedzi', 'do odpowiedzi', 'у відповідь', 'в ответ', 'в ответе', 'ke jawaban', 'vào câu trả lời', 'na końcu', 'у відповіді', 'в кінці', 'in het antwoord', 'aan het einde', 'di akhir', 'dalam jawaban', 'trong câu trả lời', 'ở cuối',
];
/** Turkish, whose case and possessive endings join the word ("yanıtına", "cevabının sonuna"): matched as word starts. */
export const outputStems: readonly string[] = ['yanıtın', 'yanıta', 'cevabın', 'cevaba', 'özetin', 'özete'];
export const outputSigns: readonly string[] = ['في الرد', 'في نهاية', 'בתשובה', 'בסוף', 'در پاسخ', 'در انتها', 'जवाब में', 'उत्तर में', 'ในคำตอบ', 'ท้ายคำตอบ', '最後に', '末尾', '回答', '返答', '最后', '末尾', '回复', '答复', '끝에', '마지막에', '답변'];

/** The user's or the browser's: what the order takes is not the reader's own. */
export const usersWords: readonly string[] = [
  "de l'utilisateur", "de l'utilisatrice", 'des utilisateurs', 'du navigateur', 'del usuario', 'de la usuaria', 'de los usuarios', 'del navegador', 'do usuário', 'da usuária', 'dos usuários', 'do utilizador', 'do navegador',
  'des nutzers', 'der nutzer', 'des benutzers', 'der benutzer', 'des anwenders', 'des browsers', "dell'utente", 'degli utenti', 'del browser', 'пользователя', 'пользователей',
  'користувача', 'користувачів', 'użytkownika', 'użytkowników', 'van de gebruiker', 'van gebruikers', 'kullanıcının', 'kullanıcıların', 'pengguna', 'người dùng', 'polzovatelya',
];
export const usersSigns: readonly string[] = ['المستخدم', 'המשתמש', 'کاربر', 'उपयोगकर्ता', 'ผู้ใช้', 'ユーザーの', '利用者の', 'ブラウザの', '用户的', '用户', '浏览器', '사용자의'];
/** All of them, from a file, what the model can reach, or made public: not a reader's own key put where it belongs. */
export const othersWords: readonly string[] = [
  'tous', 'toutes', 'todos', 'todas', 'alle', 'allen', 'sämtliche', 'tutti', 'tutte', 'все', 'всё',
  'всі', 'усі', 'wszystkie', 'wszystkich', 'tüm', 'bütün', 'semua', 'tất cả', 'vse', 'saare', 'sare', 'sabhi',
  'fichier', 'fichiers', 'archivo', 'archivos', 'fichero', 'ficheros', 'arquivo', 'arquivos', 'datei', 'dateien', 'configuration', 'configuración', 'configuração', 'konfiguration', 'configurazione',
  'public', 'publique', 'público', 'pública', 'öffentlich', 'öffentlichen', 'öffentliche', 'pubblico', 'pubblica',
  // What the model finds or holds: "que tengas", "que tu trouves", "die du findest".
  'que tengas', 'que encuentres', 'que veas', 'que puedas', 'que tu as', 'que tu trouves', 'que tu vois', 'que tu peux', 'que você encontrar', 'que você tiver', 'die du findest', 'die du hast', 'die du siehst', 'che trovi', 'che hai',
];
export const othersSigns: readonly string[] = ['جميع', 'كافة', 'את כל', 'כל ה', 'همه', 'सभी', 'ทั้งหมด', 'すべて', '全て', '全部', 'ファイル', '所有', '文件', '사용자의', '모든', '전부', '파일', '공개', '公開', '公开'];

/** Secrecy: done without the user's knowing. */
export const covertWords: readonly string[] = [
  'discrètement', 'en douce', 'en cachette', 'secrètement', 'sans prévenir', 'sin avisar', 'a escondidas', 'en secreto', 'discretamente', 'sem avisar', 'em segredo', 'às escondidas', 'heimlich', 'unbemerkt',
  'di nascosto', 'segretamente', 'тайно', 'незаметно',
  'таємно', 'непомітно', 'potajemnie', 'po cichu', 'stiekem', 'gizlice', 'sessizce', 'diam-diam', 'secara diam-diam', 'lén lút', 'âm thầm',
];
export const covertSigns: readonly string[] = ['سرا', 'خفية', 'בסתר', 'בשקט', 'مخفیانه', 'चुपके से', 'चुपचाप', 'แอบ', 'こっそり', '知らせずに', '伝えずに', '言わずに', '内緒で', '偷偷', '悄悄', '秘密地', '몰래'];

/** A negation: the sentence warns against the move. */
export const negationWords: readonly string[] = ['אל', 'לא', 'לעולם', 'niet', 'nooit', 'geen', 'nigdy', 'ніколи', 'jangan', 'tidak', 'đừng', 'không', 'ne', "n'", 'jamais', 'pas', 'no', 'nunca', 'jamás', 'não', 'nao', 'nie', 'niemals', 'nicht', 'kein', 'keine', 'non', 'mai', 'не', 'никогда', 'never', 'not'];
export const negationSigns: readonly string[] = ['ないで', 'ません', 'ないこと', '禁止', '不要', '别', '切勿', '请勿', '不得', '不能', '마세요', '마십시오', '말 것', '않'];
/**
 * Negations of an imperative known by its form (formWords), each a word of its own: Arabic لا, Urdu مت, Hindi
 * मत and नहीं, Turkish asla. Just before the verb ("मत भेजें"), or anywhere in a part of the clause, they
 * negate it (foreign-orders.ts).
 */
export const formNegationWords: readonly string[] = ['لا', 'مت', 'मत', 'नहीं', 'asla'];
/** …and those that negate only just before the verb: Hindi न, and Hindi's mat and na in Latin letters (elsewhere "na" is "and" or "on"). */
export const formNegationsJustBefore: readonly string[] = ['न', 'mat', 'na'];

/** Words that may stand before an imperative in its clause: connectors, adverbs of order and time, courtesy. */
export const leadWords: readonly string[] = [
  'et', 'puis', 'ensuite', 'aussi', 'alors', 'maintenant', 'enfin', "d'abord", 'également', 'y', 'e', 'luego', 'después', 'también', 'además', 'ahora', 'entonces', 'primero', 'finalmente',
  'depois', 'também', 'agora', 'então', 'primeiro', 'und', 'dann', 'danach', 'anschließend', 'zuerst', 'auch', 'jetzt', 'bitte', 'vorher', 'nachher', 'zudem', 'poi', 'anche', 'ora', 'quindi', 'prima',
  'и', 'затем', 'потом', 'также', 'теперь', 'сначала', 'пожалуйста',
  'і', 'й', 'також', 'потім', 'спочатку', 'тепер', 'i', 'potem', 'następnie', 'też', 'także', 'teraz', 'najpierw', 'proszę',
  'en', 'daarna', 'vervolgens', 'ook', 'nu', 'eerst', 'graag', 'lalu', 'kemudian', 'dan', 'juga', 'tolong', 'silakan', 'harap', 'mohon', 'segera',
  'בנוסף', 'ואז', 'אחר', 'כך', 'גם', 'עכשיו', 'קודם', 'בבקשה', 'אנא', 'hãy', 'vui', 'lòng', 'xin', 'sau', 'đó', 'rồi', 'và', 'cũng', 'tiếp', 'theo', 'đồng', 'thời', 'potom', 'takzhe',
  // "Always": an order that obliges may put it before its verb ("zawsze dołącz …").
  'immer', 'toujours', 'siempre', 'sempre', 'всегда', 'завжди', 'zawsze', 'altijd', 'selalu', 'luôn',
  // Adverbs of manner that an imperative may follow ("transmets en douce", handled as covert too).
  'discrètement', 'discretamente', 'heimlich', 'tranquillement', 'rapidement', 'rápidamente', 'schnell',
];

/** Modals that oblige the one addressed: what follows is the order. */
export const modalWords: readonly string[] = ['doit', 'dois', 'devez', 'debe', 'debes', 'deben', 'deve', 'deves', 'devem', 'muss', 'musst', 'müssen', 'sollst', 'devi', 'должен', 'должна', 'должны', 'tiene que', 'tienes que', 'tem que', 'tem de', 'hay que', 'il faut', 'zu'];

/** German modals and auxiliaries that make the sentence a statement of what may or will happen. */
export const statementWords: readonly string[] = ['kann', 'können', 'wird', 'werden', 'wurde', 'wurden', 'darf', 'dürfen'];

/** Requests that close a clause in Japanese and Korean, or open one in Chinese. */
export const requestSigns: readonly string[] = ['ください', '下さい', 'くれ', 'なさい', 'しろ', 'せよ', '请', '把', '주세요', '하세요', '하십시오', '십시오', '해라', '보내라', '세요'];

/** Headers an API key is sent in: a guide telling its reader how to call the service. */
export const headerWords: readonly string[] = ['cabecera', 'encabezado', 'header', 'en-tête', 'cabeçalho', 'intestazione', 'authorization', 'bearer', 'ヘッダー', '请求头', '헤더'];

/**
 * Done without the user knowing or being told ("ohne dass der Nutzer es merkt", "sans que l'utilisateur le
 * sache", "не сообщая пользователю", "دون أن يعلم المستخدم", "tanpa memberi tahu pengguna"): the user and a
 * verb of knowing, noticing or telling under "without". Regex sources, one per language; not "without the
 * user having to …", which spares the user work.
 */
export const unseenSources: readonly string[] = [
  String.raw`ohne\s+dass\s+(?:der|die)\s+(?:nutzer|benutzer|anwender|kunde)\p{L}*\s+(?:\p{L}+\s+){0,2}?(?:merkt|erfährt|bemerkt|weiß|mitbekommt|sieht)|ohne\s+(?:den|die)\s+(?:nutzer|benutzer|anwender)\p{L}*\s+zu\s+(?:informieren|benachrichtigen|fragen)`,
  String.raw`sans\s+(?:que\s+l['’]utilisat\p{L}*\s+(?:ne\s+)?(?:le\s+|l['’]|s['’]en\s+|en\s+)?(?:sache|remarque|aperçoive|voie|rende compte|soit informé)|(?:prévenir|informer|avertir|le dire à)\s+l['’]utilisat)`,
  String.raw`sin\s+(?:que\s+el\s+usuario\s+(?:lo\s+|se\s+|le\s+)?(?:sepa|note|entere|dé cuenta|vea|perciba)|(?:avisar|informar|decirle|decir nada)\s+al\s+usuario)`,
  String.raw`sem\s+(?:que\s+o\s+(?:usuário|usuario|utilizador)\s+(?:o\s+|se\s+)?(?:saiba|perceba|note|veja)|(?:avisar|informar|contar)\s+(?:ao|o)\s+(?:usuário|usuario|utilizador))`,
  String.raw`senza\s+(?:che\s+l['’]utente\s+(?:lo\s+|se\s+ne\s+|ne\s+)?(?:sappia|accorga|noti|veda)|(?:avvisare|informare|dirlo\s+a)\s+l['’]utente|dirlo\s+all['’]utente)`,
  String.raw`без\s+ведома\s+(?:пользовател|користувач)|не\s+(?:сообщая|говоря|уведомляя|предупреждая|повідомляючи|кажучи)\s+(?:об\s+этом\s+|про\s+це\s+)?(?:пользовател|користувач)|без\s+відома\s+користувач`,
  String.raw`bez\s+wiedzy\s+użytkownik|nie\s+(?:informując|mówiąc)\s+(?:o\s+tym\s+)?użytkownik|zonder\s+dat\s+de\s+gebruiker\s+(?:het\s+|er\s+iets\s+van\s+)?(?:merkt|weet|ziet)|zonder\s+de\s+gebruiker\s+(?:iets\s+)?te\s+(?:informeren|vertellen|laten weten)`,
  String.raw`kullanıcı(?:ya|nın)?\s+(?:söylemeden|haber\s+vermeden|bildirmeden|fark\s+etmeden|haberi\s+olmadan)`,
  String.raw`tanpa\s+(?:memberi\s+tahu|memberitahu|sepengetahuan|memberitahukan)\s+(?:kepada\s+)?pengguna|không\s+(?:cho|báo\s+cho|để)\s+người\s+dùng\s+biết|không\s+báo\s+cho\s+người\s+dùng`,
  String.raw`(?:دون|بدون|من\s+غير)\s+(?:أن\s+(?:يعلم|يعرف|يلاحظ)|علم|إبلاغ|إخبار|اخبار|ابلاغ)\s+المستخدم|(?:בלי|מבלי|ללא)\s+(?:לספר|להודיע|ליידע|לומר)\s+(?:ל|את\s+)?(?:ה)?משתמש|מבלי\s+ש(?:ה)?משתמש\s+(?:ידע|ישים\s+לב)`,
  String.raw`بدون\s+(?:اینکه|آنکه|این\s+که)\s+کاربر\s+(?:بفهمد|بداند|متوجه\s+شود)|بدون\s+(?:اطلاع|اطلاع\s+دادن\s+به)\s+کاربر|उपयोगकर्ता\s+को\s+(?:बताए\s+बिना|बिना\s+बताए)`,
  String.raw`โดยไม่(?:ต้อง)?(?:บอก|แจ้ง)ผู้ใช้|โดยที่ผู้ใช้ไม่รู้|ユーザーに(?:は)?(?:知らせず|伝えず|言わず|気づかれ(?:ない|ず))|不让用户知道|瞒着用户|사용자(?:에게|가)\s*(?:모르게|알리지\s*않고)`,
];
