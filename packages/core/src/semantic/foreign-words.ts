// The small lexicon foreign-orders.ts reads orders with, in French, Spanish, Portuguese, German, Italian,
// Russian, Japanese, Chinese and Korean: what the order moves (a secret), the verb that moves it, where to,
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
];

/** The same in scripts written without spaces (matched as they stand). */
export const secretSigns: readonly string[] = [
  'パスワード', 'apiキー', 'api キー', 'アクセスキー', 'トークン', '秘密鍵', '認証情報', 'クッキー', 'シークレット',
  '密码', '密钥', '令牌', '凭据', '凭证', '私钥',
  '비밀번호', '암호', 'api 키', '토큰', '개인 키', '자격 증명', '쿠키',
];

/** The environment: everything a process was given, a secret taken whole. */
export const environmentWords: readonly string[] = [
  "variables d'environnement", 'variables de entorno', 'variáveis de ambiente', 'umgebungsvariablen', "variabili d'ambiente", 'variabili di ambiente', 'переменные окружения',
  '環境変数', '环境变量', '환경 변수', '환경변수',
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

/** Fields, arguments and comments a tool or a ticket carries: where a secret put becomes someone else's. */
export const fieldWords: readonly string[] = [
  'champ', 'commentaire', 'argument', 'paramètre', 'campo', 'comentario', 'comentário', 'observações', 'argumento', 'parámetro', 'parâmetro', 'feld', 'kommentar', 'parameter', 'parametro', 'commento', 'поле', 'параметр', 'комментарий',
];
export const fieldSigns: readonly string[] = ['引数', 'パラメータ', 'フィールド', 'コメント', '参数', '字段', '备注', '评论', '인수', '매개변수', '필드', '댓글'];

/** What the model writes, or its end: a secret put there is shown to whoever reads it. */
export const outputWords: readonly string[] = [
  'à la fin', 'en dessous', 'réponse', 'résumé', 'al final', 'debajo', 'respuesta', 'resumen', 'no final', 'abaixo', 'resposta', 'resumo', 'am ende', 'darunter', 'antwort', 'zusammenfassung',
  'alla fine', 'sotto', 'risposta', 'riassunto', 'в конце', 'ответ',
];
export const outputSigns: readonly string[] = ['最後に', '末尾', '回答', '返答', '最后', '末尾', '回复', '答复', '끝에', '마지막에', '답변'];

/** The user's or the browser's: what the order takes is not the reader's own. */
export const usersWords: readonly string[] = [
  "de l'utilisateur", "de l'utilisatrice", 'des utilisateurs', 'du navigateur', 'del usuario', 'de la usuaria', 'de los usuarios', 'del navegador', 'do usuário', 'da usuária', 'dos usuários', 'do utilizador', 'do navegador',
  'des nutzers', 'der nutzer', 'des benutzers', 'der benutzer', 'des anwenders', 'des browsers', "dell'utente", 'degli utenti', 'del browser', 'пользователя', 'пользователей',
];
export const usersSigns: readonly string[] = ['ユーザーの', '利用者の', 'ブラウザの', '用户的', '用户', '浏览器', '사용자의'];
/** All of them, from a file, what the model can reach, or made public: not a reader's own key put where it belongs. */
export const othersWords: readonly string[] = [
  'tous', 'toutes', 'todos', 'todas', 'alle', 'allen', 'sämtliche', 'tutti', 'tutte', 'все', 'всё',
  'fichier', 'fichiers', 'archivo', 'archivos', 'fichero', 'ficheros', 'arquivo', 'arquivos', 'datei', 'dateien', 'configuration', 'configuración', 'configuração', 'konfiguration', 'configurazione',
  'public', 'publique', 'público', 'pública', 'öffentlich', 'öffentlichen', 'öffentliche', 'pubblico', 'pubblica',
  // What the model finds or holds: "que tengas", "que tu trouves", "die du findest".
  'que tengas', 'que encuentres', 'que veas', 'que puedas', 'que tu as', 'que tu trouves', 'que tu vois', 'que tu peux', 'que você encontrar', 'que você tiver', 'die du findest', 'die du hast', 'die du siehst', 'che trovi', 'che hai',
];
export const othersSigns: readonly string[] = ['すべて', '全て', '全部', 'ファイル', '所有', '文件', '사용자의', '모든', '전부', '파일', '공개', '公開', '公开'];

/** Secrecy: done without the user's knowing. */
export const covertWords: readonly string[] = [
  'discrètement', 'en douce', 'en cachette', 'secrètement', 'sans prévenir', 'sin avisar', 'a escondidas', 'en secreto', 'discretamente', 'sem avisar', 'em segredo', 'às escondidas', 'heimlich', 'unbemerkt',
  'di nascosto', 'segretamente', 'тайно', 'незаметно',
];
export const covertSigns: readonly string[] = ['こっそり', '知らせずに', '伝えずに', '言わずに', '内緒で', '偷偷', '悄悄', '秘密地', '몰래'];

/** A negation: the sentence warns against the move. */
export const negationWords: readonly string[] = ['ne', "n'", 'jamais', 'pas', 'no', 'nunca', 'jamás', 'não', 'nao', 'nie', 'niemals', 'nicht', 'kein', 'keine', 'non', 'mai', 'не', 'никогда', 'never', 'not'];
export const negationSigns: readonly string[] = ['ないで', 'ません', 'ないこと', '禁止', '不要', '别', '切勿', '请勿', '不得', '不能', '마세요', '마십시오', '말 것', '않'];

/** Words that may stand before an imperative in its clause: connectors, adverbs of order and time, courtesy. */
export const leadWords: readonly string[] = [
  'et', 'puis', 'ensuite', 'aussi', 'alors', 'maintenant', 'enfin', "d'abord", 'également', 'y', 'e', 'luego', 'después', 'también', 'además', 'ahora', 'entonces', 'primero', 'finalmente',
  'depois', 'também', 'agora', 'então', 'primeiro', 'und', 'dann', 'danach', 'anschließend', 'zuerst', 'auch', 'jetzt', 'bitte', 'vorher', 'nachher', 'zudem', 'poi', 'anche', 'ora', 'quindi', 'prima',
  'и', 'затем', 'потом', 'также', 'теперь', 'сначала', 'пожалуйста',
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
