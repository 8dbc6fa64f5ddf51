// Instruction cues: what one clause demands of the model. Each cue is a property of the clause (who it
// addresses, whether it obliges, what action it asks for, whether it hides that from the user), not a
// phrase of a known attack; the scorer learns how they combine. Patterns run on lower-case text.

/** The cues, in bit order. Names are stable: they appear in explanations and the model file. */
export const cueNames = [
  'addresses-model', // you / your / the assistant / the AI / the agent
  'imperative', // the clause opens with a verb (after please / now / then ...)
  'polite-request', // please / kindly + verb
  'obligation', // must, always, never, required, mandatory, regardless of ...
  'call-tool', // call / use / invoke ... a tool or a named function
  'tool-order', // before / after / instead of / every time ... calling or using
  'execute', // run or execute a command, script, shell
  'network-send', // send / post / upload / forward ... or a URL to visit
  'file-access', // read / open / write a file or path
  'sensitive-data', // credentials, keys, tokens, personal and financial data
  'parameter-override', // set / change / replace a parameter or value ("always set x to ...")
  'to-user', // tell / show / respond to the user (what the model presents; "notify the user's manager" tells someone else)
  'secrecy', // do not tell the user, silently, without mentioning ...
  'urgency', // urgent, immediately, critical, !!!
  'authority', // system notice, admin, security team, compliance, policy requires
  'status-claim', // deprecated, retired, disabled, no longer available, replaced by
  'persuasion', // the best, most trusted, 98%, the only tool you should use
  'impersonation', // I am the user, new user query, Human:, fake turns
  'override', // ignore / disregard / forget, previous task, new task, instead
  'false-error', // an error that asks for an action to get the result
  'hidden-markup', // <important>, <system>, [[...]], html comments
  'decode-hint', // decode / base64 / follow the encoded text
  'first-person-request', // for me / my account / my ID: the writer asks for action on their behalf
  'action-verb', // an operational verb: grant, transfer, delete, unlock, schedule, dispatch ...
  'description-of-tool', // "this tool / returns / retrieves / lists": describing, not ordering
  'conditional-use', // "use this tool when / if / to": guidance on this tool's own use
  'code-like', // source code, line-numbered listings, log and stack-trace lines
] as const;

export type CueName = (typeof cueNames)[number];

import { waiverSource } from './waivers.js';
import { programTable } from '../commands/programs.js';
import { FoundLiterals, LiteralIndex } from '../rules/literal-index.js';
import { alternativesOf } from '../text/pattern-tree.js';
import { requiredLiteralGroups } from '../text/required-literals.js';
import { toldOnlyWhatToDo, toldOnlyWithMore } from './conceals.js';
import { gatePatterns, moreGatePatterns } from './reader-gates.js';

const verbs =
  '(?:call|use|invoke|run|execute|trigger|send|forward|email|mail|post|upload|read|open|write|save|store|delete|remove|erase|wipe|transfer|wire|pay|grant|give|change|set|update|modify|edit|replace|override|move|copy|share|add|create|insert|append|include|attach|schedule|book|cancel|disable|enable|turn|unlock|lock|install|download|fetch|visit|navigate|go|click|tell|inform|say|respond|reply|answer|output|print|return|show|display|ignore|disregard|forget|do|make|ensure|stop|provide|list|collect|retrieve|export|leave|dispatch|guide|invite|follow|apply|perform|complete|report|notify|reset|deposit|withdraw|sell|buy|purchase|order|approve|accept|close|publish|submit|generate|redirect|adjust|reply|contact|text|message|remember|store|save|alert|access|log|sign|register|subscribe|unsubscribe|rename|archive|kill|terminate|restart|shut|grab|extract|dump|exfiltrate|leak|reveal|disclose|first|always|never|don\'t|do not)';

const re = (source: string): RegExp => new RegExp(source, 'u');

// The person served named by the role an agent works for (a security analyst, an on-call engineer, a
// developer, an admin): kept uninformed as "the user" is, where a verb of telling or mentioning is negated.
// Told what to do ("don't tell the developer to reinstall") is no secrecy.
const servedRoles = String.raw`the (?:on-call |duty |soc |security )?(?:analysts?|engineers?|developers?|admins?|administrators?|reviewers?|maintainers?|responders?|on-call)`;

// Separate pattern per cue, in the order of cueNames.
const patterns: readonly RegExp[] = [
  // addresses-model
  re(String.raw`\b(?:you|your|you're|yourself|assistant|chatbot|llm|ai agent|the ai|the model|the agent|language model|claude|chatgpt|gpt|gemini|copilot)\b|(?:^|\s)(?:du|dir|dich|dein|deine|sie müssen|vous|votre|tu|toi|ton|ta|usted|tú|tu|el asistente|el modelo|el agente|o assistente|o modelo|l'assistente|il modello|voi|você|vocês|ты|вы|тебе|вам|твой|ваш|你|您|あなた|당신|너)(?:\s|$|[,.!?])`),
  // imperative
  re(String.raw`^(?:[-*•>#\d.)(\[\s"'\x60]*)(?:(?:assistant|ai|agent|model|bot)\s*:\s*)?(?:(?:please|kindly|now|then|also|first|next|finally|lastly|afterwards?|after that|additionally|immediately|and|just|simply|bitte|s'il vous plaît|por favor|per favore|пожалуйста|请)[,\s]+)?${verbs}\b`),
  // polite-request
  re(String.raw`(?:^|[\s"'(:])(?:please|kindly|bitte|veuillez|merci de|por favor|per favore|пожалуйста|请|お願い)[,\s]+[\p{L}]`),
  // obligation
  re(String.raw`\b(?:must|mustn't|always|never|mandatory|required|requires|require|obligatory|shall|have to|has to|need to|needs to|make sure|ensure that|be sure to|regardless of|no matter|under no circumstances|at all times|without exception|strictly|it is essential|it is critical|it is imperative|is crucial|non-negotiable|only acceptable)\b|(?:\b(?:muss|musst|immer|niemals|unbedingt|doit|devez|dois|toujours|jamais|obligatoire|debe|debes|deben|siempre|nunca|obligatorio|tiene que|tienes que|tienen que|deve|devi|sempre|obbligatorio|precisa|tem que|tem de|moet|moeten|musisz|należy)\b|(?:^|[\s\x22'(,.:;!?«„-])(?:müssen|должен|должна|должны|обязательно|всегда|никогда)(?![\p{L}\p{N}]))|(?:必须|务必|一定要|总是|永远|必ず|絶対|常に|なければ(?:な[らり]|いけ)|반드시|항상)`),
  // call-tool
  re(String.raw`\b(?:call|use|using|invoke|invoking|run|trigger|execute|calling|utilize|switch to)\b[^.]{0,60}?(?:\btools?\b|\bfunctions?\b|\bendpoint\b|\bapi\b|[a-z][a-z0-9]*_[a-z0-9_]+|\x60[^\x60]{2,40}\x60)|(?:(?:\b(?:rufe|verwende|benutze|nutze|appelle|utilise|llama a|usa|usar|utiliza|chiama)\b|(?:^|[\s\x22'(,.:;!?«„-])(?:вызови|вызовите|вызывать|используй|используйте)(?![\p{L}\p{N}]))|调用|使用|呼び出)[^.]{0,60}?(?:tool|werkzeug|outil|herramienta|strumento|инструмент|工具|ツール|_)`),
  // tool-order
  re(String.raw`\b(?:before|after|prior to|instead of|in place of|rather than|every time|each time|whenever|first)\b[^.]{0,40}?\b(?:call|calling|use|using|invoke|invoking|running|sending|responding|answering|each|every|any)\b`),
  // execute
  re(String.raw`\b(?:run|execute|exec|eval|spawn|launch)\b[^.]{0,40}?\b(?:command|commands|shell|script|bash|terminal|powershell|cmd|code|binary|payload|curl|wget|sudo|chmod|rm -rf)\b|(?:^|\s)(?:curl|wget|sudo|rm -rf|chmod \+x|nc -e|bash -c|powershell -)\s`),
  // network-send
  re(String.raw`\b(?:send|forward|post|upload|transmit|exfiltrate|leak|bcc|cc|mail|email|e-mail|submit|report|sync|share|copy)\b[^.]{0,60}?(?:https?://|www\.|@[a-z0-9-]+\.[a-z]{2,}|\bserver\b|\bendpoint\b|\bwebhook\b|\burl\b|\baddress\b|\bto\b)|https?://|\bwww\.[a-z0-9-]+\.|\b(?:visit|navigate to|open|go to|browse to|fetch)\b[^.]{0,30}?(?:https?://|www\.|\blink\b|\burl\b|\bsite\b|\bpage\b)|(?:^|\s)(?:envía|envia|envíe|envíes|enviar|envoie|envoies|envoyer|envoyez|transfère|sende|sendest|senden|schicke|schick|schickst|schicken|leite|invia|invii|inviare|inoltra|manda|mande|mandes|mandar|envie|envies|отправь|отправьте|отправить|перешли|перешлите|переслать|发送|转发|送信)(?![\p{L}\p{N}])`),
  // file-access
  re(String.raw`\b(?:read|open|cat|load|access|include|attach|write|save|append|upload|copy|move|delete|remove)\b[^.]{0,50}?(?:\bfile\b|\bfiles\b|~\/|\/etc\/|\/home\/|\.ssh|\.env\b|\.aws|id_rsa|passwd|shadow|\.pem|\.key\b|config|credentials|directory|folder|\.txt\b|\.json\b)`),
  // sensitive-data (not the object of a redaction: "redact any tokens" keeps them out; "don't redact the tokens" does not)
  re(String.raw`(?<!(?<!(?:\bnot|n't|\bnever|\bwithout) )\b(?:redact|redacting|mask|masking|omit|omitting|strip|stripping|scrub|scrubbing|censor|censoring|blank out|black out|x out|hide|hiding)(?: out)? (?:(?:any|all|the|your|those|these|of the|every|each) ){0,2})\b(?:password|passwords|passphrase|credential|credentials|api[ _-]?keys?|apikeys?|access keys?|secret|secrets|token|tokens|private keys?|ssh keys?|ssh-rsa|id_rsa|seed phrase|mnemonic|2fa|otp|verification code|ssn|social security|credit card|card number|cvv|iban|bank account|account number|routing number|passport|medical record|health record|phone number|home address|date of birth|conversation history|chat history|system prompt|previous messages)\b|(?:\b(?:passwort|kennwort|mot de passe|senha)\b|(?:^|[\s\x22'(,.:;!?«„-])(?:passwörter|contraseña|пароль|пароли)(?![\p{L}\p{N}]))|(?:密码|密钥|パスワード)`),
  // parameter-override
  re(String.raw`\b(?:set|change|replace|override|overwrite|substitute|swap|modify|rewrite|force|fill)\b[^.]{0,60}?\b(?:parameter|param|argument|field|value|recipient|address|amount|destination|city|account|to)\b[^.]{0,40}?(?:\bto\b|\bwith\b|\binto\b|=|:)|\b(?:always|must)\b[^.]{0,20}?\b(?:set|pass|use|include|add)\b[^.]{0,40}?(?:\bparameter\b|\bargument\b|\bfield\b|\bvalue\b|\bto ['"\x60]|=)|\b(?:alias|internal alias|internally mapped|maps? to)\b`),
  // to-user
  re(String.raw`\b(?:tell|inform|show|notify|say to|respond to|reply to|answer|assure|reassure|let)\b[^.]{0,30}?\b(?:the user|the human|the customer|the requester|them|user)\b(?!['’]s\b)|\b(?:tell|inform|reply|respond|say|report)\b[^.]{0,20}?\bthat\b`),
  // secrecy: keep something from the user (an object that is the user, or a covert verb)
  re(String.raw`\b(?:do not|don't|never|without|no need to|must not|should not|shouldn't|not to|nor|(?:and|or) not(?= (?:to )?(?:tell|inform|mention|reveal|notify|alert|disclose|let|bring|point)\b))\b[^.]{0,30}?\b(?:tell|telling|inform|informing|mention|mentioning|reveal|revealing|notify|notifying|alert|alerting|disclose|disclosing|let|bring (?:it|this|that|any of (?:it|this|that)) up|point (?:it|this) out)\b[^.]{0,30}?\b(?:the user|users?|your user|the human|the customer|the requester|the operator|the patient|the (?:home|account |card)?(?:owner|holder)|the homeowner|the household|them|anyone|with the user|the (?:person|people|human) (?:you(?:'re| are) (?:helping|assisting|working (?:with|for))|you (?:help|assist|work for)))\b|\b(?:silently|secretly|covertly|quietly|discreetly|invisibly)\b[^.]{0,20}?\b(?:send|forward|add|include|copy|change|replace|call|run|upload|transfer|redirect|set|append|use|pick|switch|route|share|delete|email|grant|give|invite|promote|approve|merge|push|disable|remove|install|post|paste|wire|pay)\b|\b(?:do not|don't|never|must not|should not|shouldn't|not to)\b[^.]{0,30}?\b(?:tell|telling|inform|informing|mention|mentioning|reveal|revealing|disclose|disclosing)\b[^.]{0,30}?\b${servedRoles}\b(?!\s+to\s)|\b(?:not|never) (?:to )?be (?:mentioned|told|disclosed|revealed) to (?:the user|users|the human|the customer|the operator|the owner|${servedRoles})\b|\bkeep (?:this|it|that) (?:secret |hidden )?(?:from the user|between us)\b|\b(?:the user|they|users) (?:(?:does not|doesn't|do not|don't) (?:(?:need|have) to (?:know|be told|notice|see this)|be told|notice|see this|know(?:(?: about)? (?:this|it|that|these|any of (?:this|it)|anything|what)|(?=\s*(?:[.;,!)]|$))))|(?:need not|should not|shouldn't|must not|mustn't|won't|will not) (?:need to )?(?:know|be told|notice|see this))\b|\bhidden from the user\b|\bwithout (?:the user's|their) (?:knowledge|consent|noticing)\b|(?:nicht[^.]{0,20}(?:erwähnen|sagen|mitteilen|informieren|verraten)|ne (?:dis|dites|mentionne|mentionnez|informe|informez|révèle)|sans (?:le dire|prévenir|informer|mentionner)|no (?:le )?(?:digas|diga|menciones|mencione|informes|reveles)|sin (?:decir|decírselo|decirle|avisar|informar|mencionar)|non (?:dire|dirlo|menzionare|informare|rivelare)|не (?:говори|говорите|сообщай|сообщайте|упоминай|упоминайте|рассказывай)|不要(?:告诉|提及|透露|通知)|别告诉|言わない|知らせない|秘密に|말하지)`),
  // urgency
  re(String.raw`\b(?:urgent|urgently|immediately|right now|right away|asap|at once|without delay|time-sensitive|high priority|top priority|more urgent)\b|(?<![,(/|]\s?)\b(?:critical|emergency)\b|\b(?:critical|emergency)\b(?!\s?[,)/|])|!!!|(?:\b(?:sofort|dringend|inmediatamente|urgente|subito)\b|(?:^|[\s\x22'(,.:;!?«„-])(?:immédiatement|срочно|немедленно)(?![\p{L}\p{N}]))|(?:立即|马上|紧急|至急|すぐに)`),
  // authority ("official" of an artifact, "the official installer", claims nothing over the model)
  re(String.raw`\b(?:system (?:update|notice|message|alert|override|administrator|admin|instruction|note|requirement)|administrator|admin notice|security (?:team|verification|policy|audit|requirement|check|protocol|notice)|compliance|for audit|audit (?:reasons|purposes|requirement)|policy requires|company policy|it department|official(?!\s+(?:installers?|install(?:ation)? scripts?|docs|documentation|images?|releases?|binar(?:y|ies)|builds?|packages?|site|website|repo|repository|downloads?|sdks?|clients?|cli|distributions?|guides?|tutorials?|plugins?|extensions?|apps?)\b)|authorized by|verified by|per (?:the )?(?:policy|regulation)|developer (?:note|notice|mode)|maintenance mode|from the developers?|by order of|legal requirement|regulatory)\b`),
  // status-claim
  re(String.raw`\b(?:deprecated|retired|discontinued|decommissioned|disabled|no longer (?:available|supported|works|functional|in use|valid)|has been (?:replaced|superseded|moved|renamed|removed)|replaced by|superseded by|is broken|out of service|under maintenance|temporarily unavailable|migrated to|renamed to)\b`),
  // persuasion: claims of rank, popularity or exclusivity aimed at the model's choice of tool
  re(String.raw`\b(?:best (?:[a-z-]+ )?(?:tool|function|choice|option|one)? ?in the world|world's (?:best|most|leading|number one|#1)|best-in-class|the best (?:tool|function|option|choice)|most trusted|trusted by|loved by|preferred by|recommended by (?:experts|professionals|developers|engineers|everyone|most)|used by (?:millions|thousands|most|all|every|\d)|number one|top[- ]rated|award[- ]winning|industry[- ]leading|unmatched|unrivaled|unrivalled|unparalleled|the only (?:tool|function|one|option) (?:you|that you|the (?:assistant|model|agent))|always (?:choose|prefer|pick|select|use) this|instead of (?:any |all )?other (?:tools|functions|readers|options)|better than (?:any|all|other|every)|outperforms (?:any|all|other|every))(?![\p{L}\p{N}])|(?:^|\s)#1\b|\b\d{2,3}(?:\.\d+)?\s?% of (?:users|developers|engineers|teams|companies|experts|professionals|agents|assistants|people|customers)`),
  // impersonation
  re(String.raw`\b(?:i am the user|i'm the user|this is the user|as the user(?!\s+(?:(?!(?:wants|wishes|asks|requests|prefers|expects|instructs|demands|says|tells|needs)\b)[a-z]+s|can|could|may|might|will|would)\b)|on behalf of the user|the user (?:has )?(?:said|authorized|approved|instructed|confirmed) (?:that |you )|new user (?:query|task|instruction|instructions|request|message|prompt)|user (?:query|request|message|instruction)s?\s*:|message from the user)\b|(?:^|[(\[{:;"'*_>-]\s*|\b(?:note|update|fyi|ps|also|and|so|but|reminder)\b[:,]?\s+)(?:the |your )?(?:user|customer|client|owner|human|principal|boss|requester)(?:'s)? (?:wants|would like|would prefer|prefers|wishes|has asked|asked|asks|is asking|needs|requests|has requested|requested|instructs|instructed|has instructed|told|has told|expects|authorizes|authorised|authorized) (?:for |that )?(?:you|the assistant|the ai|the agent|the model)\b|(?:benutzer|nutzer|anwender|kunde)(?:in)? (?:möchte|will|wünscht|bittet|hat gebeten|verlangt),? (?:dass (?:du|sie)|dich|sie)\b|l'utilisateur (?:veut|souhaite|voudrait|demande|a demandé) (?:que (?:tu|vous)|de)\b|el usuario (?:quiere|desea|pide|ha pedido|te pide|solicita|ha solicitado) que\b|l'utente (?:vuole|desidera|chiede|ha chiesto) (?:che|di)\b|o usuário (?:quer|deseja|pede|pediu|solicita) que\b|пользователь (?:хочет|просит|попросил|требует)|用户(?:希望|想要|要求|让)你|(?:^|[\s(\[{"'*_>:-])(?:human|assistant|system|ai|(?<!(?:the|for|to|your|our)\s)user)\s*:\s(?!\s*(?:"[\w.-]{0,40}"?|'[\w.-]{0,40}'?)\s*[;,]?\s*$)|<\/?(?:tool_result|tool_output|function_results?|system|user|assistant|human|im_start|im_end)\b|\[(?:system|user|assistant|inst)\]`),
  // override
  re(String.raw`\b(?:ignore|disregard|forget|override|supersede|bypass|skip)\b[^.]{0,40}?\b(?:previous|prior|above|earlier|original|all|any|instructions?|task|request|rules?|guidelines?|what)\b|\b(?:previous|original|current|prior) (?:task|instructions?|request|goal) (?:is|has been|was) (?:complete|completed|done|cancelled|canceled|finished|over|void)|\b(?:new|updated|real|actual|more important|more urgent) (?:task|instructions?|goal|objective|priority)\b|\binstead\b|(?:\b(?:ignoriere|vergiss|ignorez|oublie|oubliez|ignora|olvida|olvide|dimentica)\b|(?:^|[\s\x22'(,.:;!?«„-])(?:игнорируй|игнорируйте|забудь|забудьте)(?![\p{L}\p{N}]))|(?:忽略|无视|忘记|無視|忘れ)`),
  // false-error
  re(String.raw`\b(?:error|failed|failure|exception|unable to|could not|cannot|access denied|not authorized|verification required|authentication required)\b[^.]{0,80}?\b(?:you must|you need to|please|in order to|to (?:get|continue|proceed|obtain|see|retrieve|fix|resolve)|first (?:call|run|use|send))\b`),
  // hidden-markup
  re(String.raw`<(?:important|system|instructions?|secret|hidden|admin|note|critical|priority|directive|context|information)\b|\[\[|\]\]|<!--|\{\{|\}\}|<\|`),
  // decode-hint
  re(String.raw`\b(?:decode|decoded|decoding|base64|rot13|reverse (?:the|this)|encoded|deobfuscate|leetspeak|hex-encoded)\b`),
  // first-person-request (not the writer reporting what they did: "I typed my password", "lost my phone", "the
  // assistant reset my password", "it helped me reset my password": a past verb, or one whose past is its present
  // after a subject, before my/me)
  re(String.raw`\b(?:for me|on my behalf|my(?<!\b(?:(?!(?:need|feed|speed|proceed|succeed|exceed|embed|shred|breed|heed|weed)\s)[a-z]{2,}ed|lost|forgot|gave|sent|got|made|took|left|wrote|told|sold|saw|found|did|(?:\b(?:i|we|he|she|it|they|who|that|assistant|agent|bot|ai|support|me)\s)(?:reset|set|put|read|let|cut|shut|quit))\smy) (?:account|accounts|id|patient id|password|card|bank|home|house|residence|car|device|email|phone|friend|files?|data|records?|address|order|wallet|payment|subscription|profile))\b|\bme\b(?<!\b(?:(?!(?:need|feed|speed|proceed|succeed|exceed|embed|shred|breed|heed|weed)\s)[a-z]{2,}ed|gave|sent|got|made|took|told|showed)\sme)[^.]{0,20}\b(?:access|permission|money|funds|details|password|code)\b`),
  // action-verb
  re(String.raw`\b(?:grant|transfer|wire|withdraw|deposit|delete|erase|wipe|unlock|disable|dispatch|schedule|purchase|buy|sell|pay|approve|revoke|reset|redirect|forward|invite|add|remove|change|update|move|cancel|book|share|give|send|post|publish|install|download|upload|leave|close|turn off|turn on|set|kill|terminate|shut down|deploy|merge|push)\b`),
  // description-of-tool
  re(String.raw`\b(?:this (?:tool|function|endpoint|method|api)|returns|retrieves|fetches|lists|gets|searches|creates|generates|provides|allows|lets you|can be used|is used|useful for|supports|accepts|takes|args|arguments|parameters|the result|returns a|list of|number of|default)\b`),
  // conditional-use
  re(String.raw`\buse (?:this|it)(?: tool| function)? (?:when|if|to|for|only|whenever|instead)\b|\b(?:when|if) (?:you|the user) (?:need|needs|want|wants|ask|asks)\b|\buse (?:this|it) (?:before|after)\b`),
  // code-like (an arrow, not the end of an HTML comment: `-->` hides prose from a reader, not from the model)
  re(String.raw`^\d+\t|^\s*(?:#|//|/\*|\*|>>>|\$ )|[{}();=]\s*[{}();=]|\b(?:def|class|return|import|raise|const|function|var|let|self|elif|lambda|traceback|assert)\b|[a-z0-9_]\(\)|[a-z_]\.[a-z_]+\(|==|!=|(?<!-)->|=>`),
];

/** The cue patterns, in bit order (for tests that compare the prefiltered cues with every pattern's answer). */
export const cuePatterns: readonly RegExp[] = patterns;

/**
 * The cues a clause shows, from one pass of a literal index and the regexes that can still match. Each
 * pattern is tested as its top-level alternatives (a clause matches it when it matches one), and an
 * alternative only when the clause holds a literal of each set it requires (see required-literals.ts):
 * `tell … the user` runs where a verb of telling and an object are both present, not wherever `user` is.
 * The gates of reader-gates.ts ride the same pass: an alternative of a gate's regex whose sets the clause
 * holds opens the gate, and its regex is never run here (the reader runs it, if it is called).
 */
class CueReader {
  readonly #index: LiteralIndex;
  /** Literal id -> the sets (their ids) it belongs to: `literalSets[setStart[id] .. setStart[id + 1])`. */
  readonly #setStart: Int32Array;
  readonly #literalSets: Int32Array;
  /** Set id -> the alternatives that require it, alike. */
  readonly #alternativeStart: Int32Array;
  readonly #setAlternatives: Int32Array;
  /** Per alternative, in pattern order: its cue's bit, its regex, and how many sets it requires. */
  readonly #bits: Int32Array;
  readonly #regexes: RegExp[];
  readonly #needs: Int32Array;
  /** Per alternative, its gate's bit in the first word and in the second (both 0: a cue's alternative). */
  readonly #gateBits: Int32Array;
  readonly #moreGateBits: Int32Array;
  /** Alternatives that require no set: tested on every clause. */
  readonly #always: Int32Array;
  /** Gates with an alternative that requires no set: open on every clause (each word). */
  readonly #alwaysOpen: number;
  readonly #alwaysOpenMore: number;
  /** The gates of the last clause read (each word). */
  gates = 0;
  moreGates = 0;
  /** Per set and per alternative: the number of the clause that last held one of its literals, and how many of its sets that clause holds. */
  readonly #setSeen: Uint32Array;
  readonly #alternativeSeen: Uint32Array;
  readonly #held: Int32Array;
  #clause = 0;
  /** The alternatives of one clause whose sets it holds all of, in the order found. */
  readonly #candidates: Int32Array;
  /** The literals one clause holds (each listed once), reused from clause to clause. */
  readonly #found: FoundLiterals;

  constructor(patterns: readonly RegExp[], gates: readonly RegExp[] = [], moreGates: readonly RegExp[] = []) {
    const literalIds = new Map<string, number>();
    const setsOfLiteral: number[][] = [];
    const setIds = new Map<string, number>();
    const alternativesOfSet: number[][] = [];
    const regexes: RegExp[] = [];
    const bits: number[] = [];
    const needs: number[] = [];
    const always: number[] = [];
    const gateBits: number[] = [];
    const moreGateBits: number[] = [];
    let alwaysOpen = 0;
    let alwaysOpenMore = 0;
    const all = [...patterns, ...gates, ...moreGates];
    all.forEach((pattern, k) => {
      const inFirst = k >= patterns.length && k < patterns.length + gates.length;
      const inMore = k >= patterns.length + gates.length;
      const gate = inFirst ? 1 << (k - patterns.length) : 0;
      const moreGate = inMore ? 1 << (k - patterns.length - gates.length) : 0;
      const alternatives = alternativesOf(pattern.source);
      for (const source of alternatives) {
        const alternative = regexes.length;
        regexes.push(alternatives.length === 1 || gate !== 0 || moreGate !== 0 ? pattern : new RegExp(source, pattern.flags));
        bits.push(gate === 0 && moreGate === 0 ? 1 << k : 0);
        gateBits.push(gate);
        moreGateBits.push(moreGate);
        const sets = new Set<number>();
        for (const literals of requiredLiteralGroups(source) ?? []) {
          const distinct = [...new Set(literals)];
          const key = distinct.sort().join('\0');
          let set = setIds.get(key);
          if (set === undefined) {
            set = setIds.size;
            setIds.set(key, set);
            alternativesOfSet.push([]);
            for (const literal of distinct) {
              let id = literalIds.get(literal);
              if (id === undefined) {
                id = literalIds.size;
                literalIds.set(literal, id);
                setsOfLiteral.push([]);
              }
              setsOfLiteral[id]!.push(set);
            }
          }
          if (!sets.has(set)) alternativesOfSet[set]!.push(alternative);
          sets.add(set);
        }
        needs.push(sets.size);
        if (sets.size === 0) {
          if (gate !== 0) alwaysOpen |= gate;
          else if (moreGate !== 0) alwaysOpenMore |= moreGate;
          else always.push(alternative);
        }
      }
    });
    const flat = (lists: number[][]): [Int32Array, Int32Array] => {
      const start = new Int32Array(lists.length + 1);
      lists.forEach((list, i) => (start[i + 1] = start[i]! + list.length));
      return [start, Int32Array.from(lists.flat())];
    };
    [this.#setStart, this.#literalSets] = flat(setsOfLiteral);
    [this.#alternativeStart, this.#setAlternatives] = flat(alternativesOfSet);
    this.#regexes = regexes;
    this.#bits = Int32Array.from(bits);
    this.#needs = Int32Array.from(needs);
    this.#always = Int32Array.from(always);
    this.#gateBits = Int32Array.from(gateBits);
    this.#moreGateBits = Int32Array.from(moreGateBits);
    this.#alwaysOpen = alwaysOpen;
    this.#alwaysOpenMore = alwaysOpenMore;
    this.#index = new LiteralIndex([...literalIds.keys()]);
    this.#setSeen = new Uint32Array(setIds.size);
    this.#alternativeSeen = new Uint32Array(regexes.length);
    this.#held = new Int32Array(regexes.length);
    this.#candidates = new Int32Array(regexes.length);
    this.#found = new FoundLiterals(setsOfLiteral.length, 1);
  }

  cues(clause: string): number {
    if (++this.#clause === 0xffffffff) {
      this.#setSeen.fill(0);
      this.#alternativeSeen.fill(0);
      this.#clause = 1;
    }
    const at = this.#clause;
    // Collected in the scan's loop, each literal once: no call per hit, no closure per clause.
    const found = this.#found;
    this.#index.collect(clause, found);
    const candidates = this.#candidates;
    let count = 0;
    for (let d = 0; d < found.distinctLength; d++) {
      const id = found.distinct[d]!;
      for (let k = this.#setStart[id]!, end = this.#setStart[id + 1]!; k < end; k++) {
        const set = this.#literalSets[k]!;
        if (this.#setSeen[set] === at) continue;
        this.#setSeen[set] = at;
        for (let j = this.#alternativeStart[set]!, last = this.#alternativeStart[set + 1]!; j < last; j++) {
          const a = this.#setAlternatives[j]!;
          if (this.#alternativeSeen[a] !== at) {
            this.#alternativeSeen[a] = at;
            this.#held[a] = 0;
          }
          if (++this.#held[a]! === this.#needs[a]) candidates[count++] = a;
        }
      }
    }
    let bits = 0;
    let gates = this.#alwaysOpen;
    let moreGates = this.#alwaysOpenMore;
    for (let k = 0; k < this.#always.length; k++) {
      const a = this.#always[k]!;
      if (!(bits & this.#bits[a]!) && this.#regexes[a]!.test(clause)) bits |= this.#bits[a]!;
    }
    for (let k = 0; k < count; k++) {
      const a = candidates[k]!;
      const bit = this.#bits[a]!;
      // A gate's alternative has no cue bit: it opens its gate, and its regex is not run here.
      if (bit === 0) {
        gates |= this.#gateBits[a]!;
        moreGates |= this.#moreGateBits[a]!;
      } else if (!(bits & bit) && this.#regexes[a]!.test(clause)) bits |= bit;
    }
    this.gates = gates;
    this.moreGates = moreGates;
    return bits;
  }
}

let reader: CueReader | undefined;

/**
 * Marks the cue reader finds in the same pass as the cues, in the bits past theirs: facts a later reading
 * wants to know a clause holds, which the scorer never sees. `securityDisabler`: a program that switches a
 * security control off (`security-disablers` of rules/programs.yaml), named as a word; `destructiveSql`: a
 * statement that drops or empties a table, grants all, alters a role or copies to a program (server-commands.ts, harmfulSqlHandedOver);
 * `waiver`: words that take the user out of the loop (waivers.ts; its full scan of every part of a tool list
 * cost 13% of reading a new one). Searching every
 * string of a tool list for it cost 4-5% of reading the list; riding the cue pass costs a few literals.
 */
export const Mark = { securityDisabler: 1 << cueNames.length, destructiveSql: 1 << (cueNames.length + 1), waiver: 1 << (cueNames.length + 2) } as const;
/** The bits of the cues, below the marks. */
export const cueBits = Mark.securityDisabler - 1;
/** The marks' patterns, in bit order after the cues' (the program table is read at first use). */
const markPatterns = (): RegExp[] => [
  re(String.raw`(?:^|[^\w-])(?:${[...programTable().securityDisablers.keys()].join('|')})(?![\w-])`),
  re(String.raw`\b(?:drop (?:table|database|schema)|truncate |delete from|grant all|alter (?:role|user)|to program ['"$])`),
  re(waiverSource),
];

/** Bitmask of the cues and {@link Mark}s one clause shows. */
export function cuesAndMarksOf(clause: string): number {
  const bits = (reader ??= new CueReader([...patterns, ...markPatterns()], gatePatterns(), moreGatePatterns())).cues(clause);
  // "never tell the user they are wrong without explaining why" negates a telling to ask for more of it;
  // "do not tell the user to reinstall" says what not to advise, and keeps nothing from them.
  return bits & secrecyBit && (toldOnlyWithMore(clause) || toldOnlyWhatToDo(clause, secrecyPattern)) ? bits & ~secrecyBit : bits;
}
const secrecyBit = 1 << cueNames.indexOf('secrecy');
const secrecyPattern = patterns[cueNames.indexOf('secrecy')]!;

/** The gates (reader-gates.ts) open for the clause last given to {@link cuesAndMarksOf} or {@link cuesOf}. */
export const lastGates = (): number => reader!.gates;
/** The gates of the second word (reader-gates.ts, moreReaderGate) open for that clause. */
export const lastMoreGates = (): number => reader!.moreGates;

/** Bitmask of the cues one clause shows. */
export function cuesOf(clause: string): number {
  return cuesAndMarksOf(clause) & cueBits;
}

/** The names of the cues set in `bits`. */
export function cueList(bits: number): CueName[] {
  const out: CueName[] = [];
  for (let i = 0; i < cueNames.length; i++) if (bits & (1 << i)) out.push(cueNames[i]!);
  return out;
}

export const Cue = Object.fromEntries(cueNames.map((n, i) => [n, 1 << i])) as Readonly<Record<CueName, number>>;
