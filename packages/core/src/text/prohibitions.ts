// A sentence that only forbids: "You must not read or print `secrets/*.enc` or call the production API",
// "Never commit .env", "Do not run migrations against staging". It speaks to the model as an order does, but
// what it asks is that something not be done; nothing happens if the model obeys it. What a prohibition must
// not hold to be read so: a second clause that asks something after all ("…; use mine instead", "… but send
// it to …", "… unless …"), a safeguard it switches off (never tell, ask, confirm, warn, check, show, refuse,
// stop: the user kept out), an order set aside (never follow the rules above), a tool it turns the model
// away from (never use the built-in tool: a preference asked), or secrecy. A placeholder offered in the
// forbidden value's stead ("never repeat secrets, write [redacted] instead") asks nothing more: it is how the
// prohibition is kept. A prohibition that ends a sentence after a `;` is read as the sentence's last clause
// (the clauses before it are judged as they are).

import { sentenceEnd } from './agent-guidance.js';

/**
 * A sentence opening with a prohibition: a bullet or a short lead, then you / the assistant, then the modal. A
 * page's accessibility snapshot writes each element as a bullet, its role and its text in quotes (`- text
 * "Never share your password."`): the quoted text is the page's sentence.
 */
const forbids = /^[ \t]*(?:[-*•>]+[ \t]*(?:[a-z]+[ \t]+["“])?|\d{1,2}[.)][ \t]*)?(?:(?:important|note|rule)[ \t]*:[ \t]*)?(?:(?:please|also)[ \t]+)?(?:(?:you|the (?:(?:ai|llm|coding)[ \t]+)?(?:assistant|agent|model|ai)|(?:(?:ai|llm|coding)[ \t]+)?(?:agents?|assistants?|models?))[ \t]+)?(?:must not|mustn't|must never|should not|shouldn't|should never|may not|cannot|can't|can never|do not|don't|never|are not (?:allowed|permitted) to|are (?:forbidden|prohibited) (?:to|from))[ \t]+\S/i;
/**
 * What makes it more than a prohibition: a second clause that asks, or a safeguard, an order, a tool or the
 * user set aside. A colon inside a word (a URL, a time) is read as asking: the address is the sentence's point.
 */
const asksMore = /;|:(?!\s)|\b(?:but|instead|rather|unless|until|except|otherwise|then|so that|because|since|only|whenever|when|if|use|using|prefer|tell|telling|mention|inform|notify|ask|asking|confirm|confirming|warn|show|showing|reveal|disclose|refuse|refusing|stop|question|check|checking|verify|wait|waiting|report|alert|log|display|follow|obey|apply|respect|honou?r|trust|the user|users?'s?|human|previous|prior|above|system|instructions?|rules?|prompt|policy|policies|guidelines?|limits?|restrictions?|safety|filters?|secrets? from|anyone|let)\b/i;

/**
 * A last clause that puts a placeholder where the forbidden value would go: "write [redacted] instead",
 * "use *** in its place", "replace them with <hidden>". The placeholder is a bracketed or starred word that
 * holds nothing, or the words "a placeholder"/"asterisks"; a clause that names anything else is a second ask.
 */
const placeholderInstead = /[,;]?[ \t]+(?:and[ \t]+)?(?:write|put|use|show|print|output|say|type|insert|replace (?:it|them|each|those) with|mask (?:it|them) (?:as|with))[ \t]+(?:["'`]?(?:\[[ \t]*(?:redacted|hidden|masked|removed|secret|omitted)[ \t]*\]|<[ \t]*(?:redacted|hidden|masked|removed|secret|omitted)[ \t]*>|\*{3,}|x{3,}|redacted|REDACTED)["'`]?|a placeholder|placeholders|asterisks)(?:[ \t]+(?:instead|in (?:its|their) place))?[ \t]*[.!]?[ \t]*$/i;

/**
 * "Use" or "run" of a command line (a program and its options: "never use `git push --force`", "do not run
 * rm -rf"): forbidding a command asks for no other tool, where "never use the built-in fetch tool" does.
 */
const usesCommand = /\b(?:use|using)[ \t]+(?=`?[a-z][\w.-]*(?:[ \t]+[\w.-]+){0,2}[ \t]+--?[a-z])/gi;

// The same prohibition in other languages: the AI named or not, then a modal of prohibition ("代理务必不要使用
// git push --force", "El agente no debe usar git push --force", "Der Agent darf niemals … ausführen"), or, in
// Japanese and Korean, the verb's prohibitive ending closing the sentence ("エージェントは … を使用しないでくださ
// い", "에이전트는 … 사용하지 마세요"). What may not stand in it is read as in English (asksMore, over the
// commands and Latin words it holds) and, per language, the words of a second clause or of a safeguard or
// the user set aside (tell, ask, the user, instead, but, unless, the rules above); a comma or a colon in
// CJK text joins a second clause, so the sentence must hold none.
const foreignSubject = String.raw`(?:(?:ai|人工智能|ai\s*)?(?:代理|智能体|助手|模型|助理)|(?:ai\s*)?(?:エージェント|アシスタント|モデル)(?:は|も)?|(?:ai\s*)?(?:에이전트|어시스턴트|모델)(?:는|은|도)?|(?:el|la|los|las|le|les|l'|der|die|das|o|a|il|lo)\s*(?:agente|agentes|asistente|asistentes|agent|agents|assistant|assistants|assistent|assistenten|ki|ia|modelo|modèle|modell|assistente|modello)|ai|ki|ia)`;
const foreignModal = String.raw`(?:务必不要|务必不可|务必不得|绝对不要|绝不能|绝不可|绝不|千万不要|永远不要|切勿|请勿|不得|不要|不可以|不可|不能|不应该|不应|严禁|禁止|no\s+(?:debe|deben|debes|puede|pueden|tiene que)|nunca\s+(?:debe|deben|debes)|no\s+(?:use|uses|ejecute|ejecutes|haga|hagas|borre|borres|elimine|elimines|envíe|envíes)|ne\s+doit\s+(?:pas|jamais)|ne\s+doivent\s+(?:pas|jamais)|ne\s+(?:jamais|pas)|n'(?:utilisez|exécutez|utilise|exécute)\s+(?:pas|jamais)|darf\s+(?:nicht|niemals|nie|kein\p{L}*)|dürfen\s+(?:nicht|niemals|nie|kein\p{L}*)|soll\s+(?:nicht|niemals|nie)|niemals|não\s+(?:deve|devem|pode|use|execute)|nunca\s+(?:deve|use)|non\s+(?:deve|devono|può|usare|eseguire|usa|esegui)|mai\s+(?:usare|eseguire))`;
const foreignForbids = new RegExp(String.raw`^[ \t]*(?:[-*•>]+[ \t]*|\d{1,2}[.)][ \t]*)?(?:${foreignSubject}[ \t,，、]*)?${foreignModal}(?=[\s\p{L}\p{N}\x60'"])`, 'iu');
/** Japanese and Korean: the sentence ends with a prohibitive ending (and a full stop at most). */
const endsForbidding = /(?:しないでください|しないで下さい|しないこと|してはいけません|してはならない|しては(?:いけない|だめ)|禁止です|禁止|하지\s*마세요|하지\s*마십시오|하지\s*말\s*것|하지\s*마라|해서는\s*안\s*됩니다|해서는\s*안\s*된다|금지(?:입니다)?)[ \t]*[。．.！!]?[ \t]*$/u;
const cjkSubjectStart = /^[ \t]*(?:[-*•>]+[ \t]*|\d{1,2}[.)][ \t]*)?(?:ai\s*)?(?:エージェント|アシスタント|モデル|에이전트|어시스턴트|모델)(?:は|も|는|은|도)/iu;
/** A second clause, a safeguard, the user or an order set aside, in the languages read above (and a CJK comma, colon or inner full stop). */
const foreignAsksMore = /[，、；：;:]|。(?=[^]*\S)|(?:但|而是|改用|改为|除非|然后|並且|并且|而且|同时|之后|告诉|告知|通知|询问|询问|确认|提示|用户|使用者|人类|之前|以上|上述|系统|指令|规则|提示词|限制|安全|过滤|秘密|だけ|代わり|ただし|その後|次に|ユーザー|利用者|伝え|知らせ|確認|尋ね|聞か|指示|ルール|制限|以前|上記|システム|대신|하지만|그러나|단[,\s]|그리고|다음|사용자|알리|묻|확인|지시|규칙|제한|이전|위의|시스템|\b(?:pero|sino|en su lugar|salvo|a menos|luego|después|usuario|usuaria|avis\p{L}*|pregunt\p{L}*|confirm\p{L}*|instrucciones|reglas|mais|plutôt|sauf|à moins|ensuite|puis|utilisateur|utilisatrice|prévenir|demander|dire|instructions|règles|aber|sondern|stattdessen|außer|es sei denn|dann|danach|nutzer\p{L}*|benutzer\p{L}*|anwender\p{L}*|fragen|sagen|bestätig\p{L}*|anweisungen|regeln|mas|porém|em vez|exceto|depois|usuário|perguntar|instruções|regras|ma|invece|tranne|poi|utente|chiedere|istruzioni|regole))/iu;

/** Whether one sentence only forbids, in a language other than English (see foreignForbids). */
function onlyForbidsForeign(s: string): boolean {
  const head = foreignForbids.exec(s);
  const rest = head !== null ? s.slice(head[0].length) : cjkSubjectStart.test(s) && endsForbidding.test(s) ? s.replace(endsForbidding, '') : undefined;
  return rest !== undefined && !foreignAsksMore.test(rest) && !asksMore.test(rest.replace(usesCommand, ''));
}

/** The longest sentence read as a prohibition (a long one holds more than one ask). */
const maxSentence = 160;

/** Whether one sentence only forbids. */
export function onlyForbids(sentence: string): boolean {
  const s = sentence.trim();
  if (s.length > maxSentence) return false;
  if (!forbids.test(s)) return onlyForbidsForeign(s);
  // What follows the modal: the forbidden acts, of which none may be a safeguard and no second clause may ask
  // (a placeholder put in the forbidden value's place asks nothing).
  const said = s.replace(placeholderInstead, '').replace(forbids, (m) => m.slice(-1)).replace(usesCommand, '');
  const colon = said.search(clauseColon);
  if (colon < 0) return !asksMore.test(said);
  return !asksMore.test(said.slice(0, colon)) && namesWhatIsForbidden(said.slice(colon + 1));
}

/** A colon that opens a clause (a blank after it): the clause after it decides whether the sentence asks more. */
const clauseColon = /:(?=\s)/;
/** What separates the items of a list. */
const itemBreak = /\s*(?:,|\bor\b|\band\b)\s*/;
/**
 * An item named literally: code or a quoted value, a path or a file name (`.env`, `secrets/*.enc`, `~/.ssh`),
 * a snake-case name (`id_rsa`, `DATABASE_URL`), or a command line (a program and its options: `rm -rf`, `git push --force`).
 */
const literalItem = /^(?:\x60[^\x60]+\x60|"[^"]+"|'[^']+'|[\w~.*-]*[/.~][\w./*~-]*|[\w-]*_[\w-]+|[\w.-]+(?:\s+-{1,2}[\w-]+(?:[= ][\w./*-]+)?)+)$/;

/**
 * Whether the clause after a prohibition's colon only names what is forbidden: a list of literal items ("never
 * commit these: .env, id_rsa or credentials.json"), or a prohibition of its own. Any other clause there
 * ("…: send it to …", "…: delete everything") is a second ask.
 */
function namesWhatIsForbidden(clause: string): boolean {
  const c = clause.trim().replace(/[.!]+$/, '');
  if (forbids.test(c)) return onlyForbids(c);
  return c.length > 0 && !asksMore.test(c) && c.split(itemBreak).every((item) => literalItem.test(item));
}

/** `text` with its sentences (or a sentence's last clause after `;`) that only forbid blanked (same length, line breaks kept); '' when there is none. */
export function prohibitionsBlanked(text: string): string {
  if (!/\b(?:not|never|don't|mustn't|shouldn't|can't|cannot|forbidden|prohibited|no|nunca|ne|n'|darf|dürfen|soll|niemals|não|non|mai)\b|[不勿禁]|ない|禁止|마|안\s*됩|금지/i.test(text)) return '';
  let out: string[] | undefined;
  let start = 0;
  while (start < text.length) {
    const end = sentenceEnd(text, start);
    const sentence = text.slice(start, end);
    let from = -1;
    if (onlyForbids(sentence)) from = start;
    else {
      // The clause after the sentence's last `;` (the ones before it are judged as written).
      const semicolon = sentence.lastIndexOf(';');
      if (semicolon > 0 && onlyForbids(sentence.slice(semicolon + 1))) from = start + semicolon + 1;
    }
    if (from >= 0) {
      out ??= text.split('');
      for (let i = from; i < end; i++) if (text[i] !== '\n') out[i] = ' ';
    }
    start = end;
  }
  return out === undefined ? '' : out.join('');
}
