// Text that quotes an order as data instead of giving one: the lines a search found (`path:line:`), a
// string literal in code, a fenced code block or a blockquote under prose that discusses it, a quotation
// inside a sentence ("pages may say "..." to the agent"). A model reads these as what a file, a page or a
// writer says, not as what it is asked to do - unless the text around the quote hands it over ("follow the
// quoted steps", "assistant: do what it says"), which is then an order of its own.
//
// What is NOT a quote: a JSON or dict field (API results carry third-party text that way: it is what the
// model reads), a code comment, a quotation that is a sentence of its own ('The admin says: "..."'), a fence
// or blockquote with no discussion around it (an attacker can dress a whole page as code), a search hit of a
// prose file outside tests and fixtures.

import { forcePushSource } from './force-push.js';
import { opensLinkTitle } from './link-title.js';
import { isCasedLetter } from './char-classes.js';

/** Words of prose outside fences and blockquotes that make them quotes under discussion, not a page dressed as code. */
const minDiscussionWords = 6;
// Prose that discusses what a fence or blockquote holds as text under study: strings, an attack, a test, a
// deception someone reported (a phishing mail forwarded to the security team, a scam shown in training)
// (not merely "an example", which introduces a page's own content as well).
const discussion =
  /\b(?:strings?|phrases?|payloads?|injections?|injected|attacks?|attackers?|jailbreaks?|malicious|detect(?:s|ed|ion|or)?|flag(?:s|ged)?|filter(?:s|ed)?|patterns?|tests?|fixtures?|quoted?|cve-\d|vulnerabilit(?:y|ies)|exploits?|threats?|mitigations?|security|advisory|phishing|phish(?:ed|es)?|scams?|scammers?|fraud(?:ulent|sters?)?|spoof(?:ed|ing)?|impersonat(?:ion|ing|ed))\b/i;

// Lines of source code: declarations (exported or not), imports, definitions, calls, assertions, assignments.
const codeLine =
  /^[ \t]*(?:(?:export\s+)?(?:const|let|var)\s+[\w$[{]|(?:export\s+)?(?:default\s+)?(?:async\s+)?function\b|def\s+\w+\s*\(|class\s+\w+|import\s+[\w{*'"]|from\s+[\w.]+\s+import\b|#include\b|(?:pub\s+)?fn\s+\w|func\s+\w|package\s+\w|(?:public|private|protected|static)\s+\w|return\b|throw\s+\w|assert\b|expect\s*\(|module\.exports\b|console\.\w+\s*\(|(?:it|test|describe)\s*\(\s*['"`]|[\w$.[\]]+\s*(?:=|\+=)\s*[^=\s])/im;
// A search hit: `path:line:` or `path-line-` (context), `path:` alone; the path has a slash or an extension.
const hitLine = /^((?:[^\s:"'<>|`]*\/)?[^\s:"'<>|`/]+\.[A-Za-z0-9]{1,6}|[^\s:"'<>|`]*\/[^\s:"'<>|`]+)(?:(?::\d+)?:|-\d+-)/;
// ripgrep's heading mode: the path on a line of its own, then `line:` or `line-` hits.
const headingLine = /^(?:[^\s:"'<>|`]*\/)?[^\s:"'<>|`/]+\.[A-Za-z0-9]{1,6}$|^[^\s:"'<>|`]*\/[^\s:"'<>|`]+$/;
const numberedLine = /^\d+[:-]/;
const codeFile = /\.(?:[cm]?[jt]sx?|py|pyi|rb|go|rs|java|kt|kts|scala|swift|c|cc|cpp|cxx|h|hh|hpp|cs|php|sh|bash|zsh|lua|pl|ex|exs|dart|vue|svelte|r|jl|sql)$/i;
// Files of tests and sample data: their lines are the strings a test feeds to what it tests.
const testFile = /(?:^|[/_.-])(?:tests?|specs?|__tests__|fixtures?|testdata|examples?|samples?|mocks?)(?:[/_.-]|$)/i;
// A whole line of comment in code: `#` (not `#include` or `#!`), `//`, `--`, or a block comment's line.
export const commentLine = /^[ \t]*(?:#(?!include\b|!)|\/\/|--\s|\/\*|\*(?!\/))/;
const fence = /^ {0,3}(?:`{3,}|~{3,})/;
const blockquote = /^ {0,3}>/;
// A message forwarded into a report or a ticket: the heading a mail client or a reporter writes, then the
// message indented under it. Its indented lines are a blockquote (quotes when prose around them discusses them).
const forwardedHeading = /^\s*(?:(?:the\s+)?forwarded\s+(?:e-?mail|message|mail|text|sms)|-{2,}\s*(?:forwarded message|original message)\s*-{2,}|begin forwarded message)\s*:?\s*$/i;
const indented = /^(?: {2,}|\t)\S/;
// A line that is a specimen under a label naming a piece of text (`Text: "…"`, `Input 2: "…"`, `- **Sample:** "…"`):
// what a classifier, translator or test is handed to work on. A speaker's label ('The admin says: "…"') is not
// one. It is a quote when the prose around it gives a task on such text (see specimenTask).
const specimenLine =
  /^\s*(?:[-*]\s+)?(?:\*\*)?(?:the\s+)?(?:text|input|sample|example|string|payload|prompt|message|query|comment|review|snippet|excerpt|sentence|document|tweet|post|e-?mail|case|item|candidate|specimen|texte|texto|beispiel|ejemplo|entrada)(?:\s*#?\d+)?(?:\*\*)?\s*:\s*(?:\*\*)?\s*(["\u201c'`])/i;
const specimenClose: Readonly<Record<string, string>> = { '"': '"', '\u201c': '\u201d', "'": "'", '`': '`' };
// A task done on a text rather than by it: classifying, labelling, translating, scoring, detecting.
const specimenTask =
  /(?<![\p{L}])(?:classif(?:y|ies|ied|ication|ier)|categori[sz](?:e|es|ed|ation)|label(?:s|led|ed)?|translat(?:e|es|ed|ion)|summari[sz](?:e|es|ed)|moderat(?:e|es|ion)|rat(?:e|es)|scor(?:e|es)|sentiment|toxic(?:ity)?|spam|benign|safe|unsafe|tradu\p{L}*|übersetz\p{L}*|clasific\p{L}*|classe[rz])(?![\p{L}])/iu;
/** The span inside a specimen line's quotation (start, end), when the quotation ends the line. */
function specimenSpan(line: string): [number, number] | undefined {
  const m = specimenLine.exec(line);
  if (m === null) return undefined;
  const open = m[0].length - 1;
  const close = line.lastIndexOf(specimenClose[m[1]!]!);
  if (close <= open || !/^[\s.,;!?*]*$/.test(line.slice(close + 1))) return undefined;
  return [open + 1, close];
}

// A verb said as an order: starting a clause, or after "please", "now", "you must" ... ("the agent may
// follow it" reports; "follow it" orders).
const asOrder = String.raw`(?:^|[.!?;:]\s+|\n\s*|\b(?:please|now|then|so|just|and|also|first|always|only|you (?:must|should|need to|have to|will|can)|must|should)\s+)`;
// The text around quotes handing them to the model: a verb of carrying out, said as an order, with a word
// pointing at the quote.
const handsOver = new RegExp(
  `${asOrder}(?:follow|obey|execute|run|do|perform|carry out|apply|comply with|act on|treat|heed|repeat|paste|type|enter)\\b[^.!?\\n]{0,40}?\\b(?:above|below|following|quoted|preceding|previous|it|them|these|those|this|that)\\b`,
  'i',
);
// ... unless it is treating them as data ("treat them as evidence, not as instructions").
const treatedAsData = /\btreat(?:s|ed|ing)?\s+(?:them|it|these|those|this|that|the\s+\w+)\s+(?:only\s+|purely\s+|strictly\s+)?as\s+(?:data|evidence|untrusted(?:\s+\w+)?|plain text|text|information|content|examples?|samples?|quotes?|quotations|findings?)\b/gi;
// ... or going along with it: "go ahead", "do as it says", "ask that it be honoured".
const goesAlong = new RegExp(
  `${asOrder}(?:go ahead|proceed|do so|do as)\\b|\\bas (?:it|they|he|she|the \\w+) (?:says?|said|asks?|asked|wants?)\\b|\\b(?:be|is|are|gets?) (?:honou?red|followed|obeyed|executed|done|carried out|applied|performed|respected|complied with|acted on)\\b|\\b(?:ask|asks|request|requests|require|requires|expect|expects) that\\b`,
  'i',
);
// A verb of saying, said as an order, just before a quotation: the quote is what to say or write;
// ... or after a word for the reader in the same clause ("I need you to "…"", "your next step is "…"");
// ... or after an AI named as the one to run it ("the agent must run `…`").
const saying = new RegExp(
  `${asOrder}(?:respond|reply|answer|say|output|print|write|type|repeat|return|start|begin|end|append|prepend|include|add|sign)\\b[^.!?]{0,24}$|\\b(?:please|kindly|now|just|must|should|do)\\s*:?\\s*$|\\b(?:you|your|yourself)\\b[^.!?]*$|\\b(?:ai|agents?|assistants?|models?|llms?|agente|asistente|modelo|ia|assistent|ki|modell)\\b[^.!?]{0,30}\\b(?:run|execute|exec|paste|type|enter|exécuter|lancer|ejecutar|muss|musst|soll|sollst)\\s*:?\\s*$`,
  'i',
);
// ... or speaking to the model: "Assistant:", "hey AI,", "note for the agent:", "note for the IR assistant:".
const addressesModel =
  /(?:^|[.!?]\s+|\n\s*)(?:(?:dear|hey|hi|hello|attention|note (?:to|for))\s+(?:the\s+)?(?:[a-z]{2,12}\s+)?)?(?:ai|assistants?|agents?|models?|llms?|bots?|chatbots?|copilot|claude|chatgpt|gpt|gemini)\s*[:,!]|\b(?:to|for) (?:the |any |all |every )?(?:[a-z]{2,12} )?(?:ai|assistants?|agents?|models?|llms?)\b(?: reading| that reads| processing)?[^.!?\n]{0,12}:/i;

// ... or a heading that opens a section for the AI ("## For AI coding agents evaluating this package",
// "### Notes to the assistant"): what the section says is said to the model, its quotes included.
const sectionForModel =
  /^ {0,3}#{1,6}[ \t]+(?:(?:a[ \t]+)?(?:notes?|instructions?|guidance|message)[ \t]+)?(?:to|for)[ \t]+(?:the[ \t]+|any[ \t]+|all[ \t]+|every[ \t]+)?(?:(?:ai|llm|coding|autonomous)[ \t]+)*(?:ai|assistants?|agents?|llms?|copilots?)\b/im;

const isSpace = (c: number): boolean => c === 32 || c === 9;

/** Spans of a text to blank, in the order found; the text is rebuilt once (line breaks kept, lengths unchanged). */
class Blanked {
  readonly #starts: number[] = [];
  readonly #ends: number[] = [];
  constructor(readonly text: string) {}
  blank(start: number, end: number): void {
    if (end <= start) return;
    this.#starts.push(start);
    this.#ends.push(end);
  }
  get changed(): boolean {
    return this.#starts.length > 0;
  }
  toString(): string {
    // Spans come mostly in order; they may overlap (a template blanked, then a literal on one of its lines).
    const starts = this.#starts;
    const order = starts.map((_, i) => i);
    if (!isAscending(starts)) order.sort((x, y) => starts[x]! - starts[y]!);
    const parts: string[] = [];
    let at = 0;
    for (const i of order) {
      const start = Math.max(at, starts[i]!);
      const end = this.#ends[i]!;
      if (end <= start) continue;
      parts.push(this.text.slice(at, start));
      // The span's own text is searched for a line break, not the rest of the text (many spans on one line).
      const piece = this.text.slice(start, end);
      parts.push(piece.includes('\n') ? piece.replace(/[^\n]/g, ' ') : ' '.repeat(end - start));
      at = end;
    }
    parts.push(this.text.slice(at));
    return parts.join('');
  }
}

function isAscending(list: readonly number[]): boolean {
  for (let i = 1; i < list.length; i++) if (list[i]! < list[i - 1]!) return false;
  return true;
}

/** Blanks the string literals of one line of code that stand in an expression: an argument, an item, an assigned or returned value. */
function blankLiterals(line: string, at: number, out: Blanked): void {
  for (let i = 0; i < line.length; i++) {
    const q = line[i]!;
    if (q !== '"' && q !== "'" && q !== '`') continue;
    let end = i + 1;
    while (end < line.length && line[end] !== q) end += line[end] === '\\' ? 2 : 1;
    if (end >= line.length) return;
    let before = i - 1;
    while (before >= 0 && isSpace(line.charCodeAt(before))) before--;
    let after = end + 1;
    while (after < line.length && isSpace(line.charCodeAt(after))) after++;
    const opens = before < 0 || '([{,=+?:!&|>'.includes(line[before]!) || /\b(?:return|in|of)$/.test(line.slice(Math.max(0, before - 6), before + 1));
    const closes = after >= line.length || ')]},;+:.?%'.includes(line[after]!);
    if (opens && closes) out.blank(at + i + 1, at + end);
    i = end;
  }
}

/** Whether `text[i]` stands where an expression starts: after an operator or bracket, or `return`. */
function opensExpression(text: string, i: number): boolean {
  let before = i - 1;
  while (before >= 0 && /\s/.test(text[before]!)) before--;
  return before < 0 || '([{,=+?:!&|'.includes(text[before]!) || /\breturn$/.test(text.slice(Math.max(0, before - 6), before + 1));
}

/** Blanks the template literals of code that span lines and stand in an expression; whether there was one. */
function blankTemplates(text: string, out: Blanked): boolean {
  let found = false;
  for (let i = text.indexOf('`'); i >= 0; ) {
    let end = i + 1;
    while (end < text.length && text[end] !== '`') end += text[end] === '\\' ? 2 : 1;
    if (end >= text.length) break;
    const after = text[end + 1];
    if (text.lastIndexOf('\n', end) > i && opensExpression(text, i) && (after === undefined || ')]},;+:.?\n \t'.includes(after))) {
      out.blank(i + 1, end);
      found = true;
    }
    i = text.indexOf('`', end + 1);
  }
  return found;
}

/**
 * Blanks quotations that are part of a sentence of one prose line: after a word or a comma, followed by
 * more of the sentence ('such as "..." in an issue', 'the string "..." is flagged').
 */
function blankEmbedded(line: string, at: number, out: Blanked): void {
  const pairs: Readonly<Record<string, string>> = { '"': '"', '\u201c': '\u201d', '\u201e': '\u201c', '\u00ab': '\u00bb', '`': '`', '\u300c': '\u300d', '\u300e': '\u300f' };
  for (let i = 0; i < line.length; i++) {
    const close = pairs[line[i]!];
    if (close === undefined) continue;
    const end = line.indexOf(close, i + 1);
    if (end < 0) return;
    let before = i - 1;
    while (before >= 0 && isSpace(line.charCodeAt(before))) before--;
    let after = end + 1;
    while (after < line.length && isSpace(line.charCodeAt(after))) after++;
    // After a word (or "e.g."), not after punctuation: an item of a JSON array or object is no quotation.
    const inside = before >= 0 && (isCasedLetter(line[before]!) || /\d/.test(line[before]!) || /\b(?:e\.g|i\.e|cf)\.$/i.test(line.slice(0, before + 1)));
    const continues = after < line.length && (isCasedLetter(line[after]!) || /[,;)]/.test(line[after]!));
    // A quotation given as an example of a kind of text ('text such as "..."', „Anweisungen …, etwa „…"")
    // is mentioned, not said, even where it ends its sentence.
    const example = line[i] === '\u300c' || line[i] === '\u300e' ? cjkExample(line.slice(end + 1, end + 81)) : inside && exemplified(line.slice(Math.max(0, i - 80), i));
    // Inline code (`...`) is code shown in prose wherever it stands; a quotation must sit inside its sentence,
    // and not be what the reader is told to say ('respond with "..."' hands the quote over).
    const said = saying.test(line.slice(Math.max(0, i - 40), i)) || callsName(line, i, end) || dumpsSecrets(line, i, end) || runsForAi(line, i, end) || forcesForAi(line, i, end) || shellQuoted(line, i) || (line[i] === '"' && opensLinkTitle(line, i));
    if (!said && (line[i] === '`' || (inside && continues) || example || reportedFind(line, before, i))) out.blank(at + i + 1, at + end);
    i = end;
  }
}

// A quotation a writer reports having come upon ('in one tool result we found: "…"', 'the scanner logged: "…"'):
// a specimen of what was found, not a speaker's words to the reader (that is 'the admin says: "…"').
const discovered = /\b(?:found|observed|saw|recorded|logged|captured|detected|caught|flagged|collected|discovered|encountered|noticed|spotted)\s*:\s*$/i;
const reportedFind = (line: string, before: number, open: number): boolean =>
  before >= 0 && line[before] === ':' && discovered.test(line.slice(Math.max(0, open - 24), open));

// A word for a piece of text (what an attack or an example is made of) in the clause before a word that
// introduces an example: the quotation after them is one instance of that kind of text.
const exampleOfText = new RegExp(
  String.raw`\b(?:texts?|strings?|phrases?|payloads?|messages?|sentences?|lines?|comments?|inputs?|prompts?|content|instructions?|commands?|wording|words|e-?mails?|mails?|` +
    String.raw`textes?|instructions|commandes?|cha[iî]nes?|textos?|frases?|instrucci(?:ó|o)n(?:es)?|mensajes?|cadenas?|comandos?|` +
    String.raw`anweisungen|anweisung|befehle?|s[aä]tze?|nachrichten?|zeichenketten?|webseiten|seiten|e-?mails|` +
    String.raw`frasi|testi|messaggi|istruzioni|comandi|stringhe|pagine)\b[^.!?:;"\u201c\u201e\u00ab]{0,40}?` +
    String.raw`(?:\bsuch as|\blike|\be\.g\.,?|\bfor (?:example|instance),?|\bcomme|\bpar exemple,?|\btel(?:le)?s? que|\bcomo|\bpor ejemplo,?|\betwa|\bwie|\bz\. ?b\.|\bzum beispiel|\bcome|\bad esempio,?|\bper esempio,?|\bpor exemplo,?)\s*$`,
  'i',
);
// ... unless the sentence before it tells its reader to act on such text ("agents must act on instructions
// such as "…""): then the example is what to do.
const ordersReader =
  /\b(?:you|your|please|must|should|need to|have to|shall|always|now|follow|obey|act on|execute|perform|carry out|comply|ai|assistants?|agents?|models?|llms?|bitte|musst|m[uü]ssen|sollst|sollen|vous|devez|veuillez|debes|deben|por favor|devi|deve|devono|per favore|segui|esegui)\b/i;
function exemplified(before: string): boolean {
  if (!exampleOfText.test(before)) return false;
  // The sentence holding the quote: back to the last stop that is not an abbreviation's.
  const plain = before.replace(/\b(?:e\.g|i\.e|z\. ?b)\./gi, 'eg');
  let start = plain.length;
  while (start > 0 && !'.!?\n'.includes(plain[start - 1]!)) start--;
  const sentence = plain.slice(start);
  // An AI with an indefinite article ("documents an assistant reads") is any AI described, not the reader told to act.
  return !ordersReader.test(sentence.includes('a') ? sentence.replace(anyAi, ' ') : sentence);
}
const anyAi = /\b(?:an?|any|every|each)\s+(?:ai\s+)?(?:ai|assistant|agent|model|llm)\b/gi;

// A Japanese corner-bracket quotation followed by a word that makes it an example (「…」のような文, 「…」といった
// 指示): one instance of a kind of text, unless the rest of its sentence asks to act on it (従って, 実行).
const cjkMarker = /^(?:のような|のように|などの|などと|といった|という|等の)/;
const cjkActs = /従っ|従う|従え|実行|してください|しなさい|せよ|遵循|执行|照做|请/;
function cjkExample(after: string): boolean {
  if (!cjkMarker.test(after)) return false;
  const stop = after.search(/[。！？!?\n]/);
  return !cjkActs.test(stop < 0 ? after : after.slice(0, stop));
}

// A tool's name in inline code right after a verb of calling ("call `export_contacts` with …") is what the
// sentence calls, not a quotation: blanked, the order would lose its call.
const callingVerb = /\b(?:call|calls|calling|invoke|invokes|invoking|trigger|triggers|use the|using the)\s*$/i;
const toolName = /^[a-z][\w.-]*(?:\(\))?$/i;
const callsName = (line: string, open: number, close: number): boolean =>
  line[open] === '`' && callingVerb.test(line.slice(Math.max(0, open - 16), open)) && toolName.test(line.slice(open + 1, close));

// A command in inline code that prints the environment or a credential file is the secret its sentence
// moves when the sentence posts its output somewhere: blanked, the order would lose what it posts.
const secretDump = /^(?:printenv|env|export -p|cat\s+\S*(?:\.env|\.aws\/credentials|id_rsa|\.netrc|\.npmrc|\.git-credentials))(?:\s*$|\s*\|)/i;
const dumpsSecrets = (line: string, open: number, close: number): boolean => line[open] === '`' && secretDump.test(line.slice(open + 1, close));

// A download piped into a shell, in inline code on a line that names the AI in another language ("gli
// assistenti AI eseguono `wget … | sh`"): what the AI is told to run (semantic/foreign-pipes.ts reads who
// runs it and how), not data. An English install line keeps its reading: English names the AI as a product too.
const pipedDownload = /^\s*(?:sudo\s+)?(?:curl|wget)\b[^|]{0,200}\|\s*(?:sudo\s+)?(?:ba|z|da|k)?sh\b/i;
const foreignAi = /asistent|assistent|asyst|ассист|асист|агент|مساعد|सहायक|어시스턴트|에이전트|アシスタント|エージェント|助手|智能体/i;
const runsForAi = (line: string, open: number, close: number): boolean =>
  line[open] === '`' && foreignAi.test(line) && pipedDownload.test(line.slice(open + 1, close));

// A command that forces past review or destroys, in inline code on a line that names the AI in any
// language ("AI 에이전트는 … `git push --force origin main`으로 올리세요", "agents must push with `git push -f`"):
// the command the AI is told to run, not data. A README's "never run `git push --force`" names no AI and
// stays a quotation; a line that forbids it to the AI keeps its negation where the readers see it.
const forcingCommand = new RegExp(
  String.raw`^\s*(?:kubectl\s+delete\s+(?:\S+\s+)*?(?:--all|--all-namespaces|-A)(?![\w-])|${forcePushSource}|git\s+reset\s+--hard\b|rm\s+-[a-z]*r[a-z]*\s|drop\s+(?:table|database|schema)\b)`,
  'i',
);
const aiOnLine = /\b(?:ai|assistants?|agents?|llms?|copilot)\b/i;
/** …and so is such a command right after a verb of running ("Run `git push --force …` to restore the index"): what is run. */
const runVerbBefore = /\b(?:run|execute|exec)\s*$/i;
/** …but not a run forbidden ("never run `git push --force` on main"): that quotation stays one. */
const forbiddenRun = /\b(?:never|not|don't|dont|avoid|no)\s+(?:\w+\s+)?(?:run|execute|exec)\s*$/i;
const runsHere = (before: string): boolean => runVerbBefore.test(before) && !forbiddenRun.test(before);
const forcesForAi = (line: string, open: number, close: number): boolean =>
  line[open] === '`' && (aiOnLine.test(line) || foreignAi.test(line) || runsHere(line.slice(Math.max(0, open - 32), open))) && forcingCommand.test(line.slice(open + 1, close));

// Double quotes right after `bash -c` or `eval` are the shell's quoting of the script it runs (`bash -c
// "$(curl …)"`), not a quotation: blanked, the line would lose what it runs.
const shellScriptOpen = /(?:\b(?:ba|z|da|k)?sh\s+-c|\beval)\s*$/i;
const shellQuoted = (line: string, open: number): boolean => line[open] === '"' && shellScriptOpen.test(line.slice(Math.max(0, open - 16), open));

// A file's text quoted whole on the line under its name ('Dropped file README_RESTORE.txt:' then '"All your
// files are encrypted…"'): what a sandbox, a scanner or an analyst shows the file says, as a search hit does.
const namesFile = /(?:^|[\s(\\/])[\w.$~-]*[\w-]\.[a-z0-9]{1,6}\)?\s*:\s*$/i;
const wholeQuote = /^\s*(?:"[^"]+"|\u201c[^\u201d]+\u201d)\s*$/;
const quotesFileText = (line: string, previous: string): boolean => wholeQuote.test(line) && namesFile.test(previous);

// A row of a Markdown table: cells between pipes.
const tableRow = /^\s*\|.*\|\s*$/;

// A page's own fences: the text of a <pre>, <code>, <samp> or <blockquote> element, shown as written, not read
// as the page's words (an article quoting a payload with its markup escaped). Quotes under discussion, as a
// Markdown fence is; a hidden element is not one of these, so a page hiding its order stays an order.
const htmlQuoteOpen = /<(pre|code|samp|blockquote)\b[^<>]{0,200}>/gi;
// Markup that keeps text from the eye (a hidden attribute, display:none, zero opacity, a 0–1px font, white text).
const hiddenStyle = /\bhidden\b|display\s*:\s*none|visibility\s*:\s*hidden|opacity\s*:\s*0*(?:\.0+)?\s*(?:[;"'}]|$)|font-size\s*:\s*0*[01](?:\.\d+)?\s*(?:px|pt|em|rem)?\s*[;"'}]|color\s*:\s*(?:#fff(?:fff)?|white)\b/i;
// A tag before a word (a paragraph's start); one before blanks or another tag adds no line to read.
const htmlTag = /<[^<>\n]{1,400}>(?=\p{L})/gu;
const htmlQuoteClose: Readonly<Record<string, RegExp>> = { pre: /<\/pre\s*>/gi, code: /<\/code\s*>/gi, samp: /<\/samp\s*>/gi, blockquote: /<\/blockquote\s*>/gi };

/** Blanks the content of each HTML code or quotation element; whether any was. Linear: an element never closed stops the search for its tag. */
function blankHtmlQuotes(text: string, out: Blanked): boolean {
  let any = false;
  const unclosed = new Set<string>();
  htmlQuoteOpen.lastIndex = 0;
  for (let m = htmlQuoteOpen.exec(text); m !== null; m = htmlQuoteOpen.exec(text)) {
    const tag = m[1]!.toLowerCase();
    if (unclosed.has(tag)) continue;
    const close = htmlQuoteClose[tag]!;
    close.lastIndex = m.index + m[0].length;
    const end = close.exec(text);
    if (end === null) {
      unclosed.add(tag);
      continue;
    }
    htmlQuoteOpen.lastIndex = close.lastIndex;
    // Nobody hides a quote: an element styled out of sight stays the page's words. Markup inside it is not
    // read so (the canonical text has decoded &lt;p style=…&gt;: quoting hidden markup is what such articles do).
    if (hiddenStyle.test(m[0])) continue;
    out.blank(m.index + m[0].length, end.index);
    any = true;
  }
  return any;
}
const quotedCell = /^\s*(?:"[^"]+"|\u201c[^\u201d]+\u201d)\s*$/;
/**
 * Blanks the cells of a table row that are wholly a quotation (`| PI001 | "…" |`): a string the table lists
 * as an entry, not a sentence that says it; whether there was one.
 */
function blankQuotedCells(line: string, at: number, out: Blanked): boolean {
  let found = false;
  let open = line.indexOf('|');
  for (let close = line.indexOf('|', open + 1); close > 0; open = close, close = line.indexOf('|', open + 1)) {
    const cell = line.slice(open + 1, close);
    if (quotedCell.test(cell)) {
      const first = open + 1 + cell.search(/\S/);
      out.blank(at + first + 1, at + first + cell.trim().length - 1);
      found = true;
    }
  }
  return found;
}

// A record of a log in key=value pairs (logfmt, a syslog or CEF extension: `src=10.0.8.15 msg="…"`): its
// quoted values are the fields a log carries, what the model reads (as a JSON field is), not literals of code.
// Two pairs or more on every line: a line of code or an .env file assigns one.
const pairStart = /(?:^|\s)[\w.-]+="?/g;
/** Whether every line that is not blank holds two key=value pairs or more. */
function isKeyValueLog(lines: readonly string[]): boolean {
  let records = 0;
  for (const line of lines) {
    if (line.trim() === '') continue;
    pairStart.lastIndex = 0;
    if (pairStart.exec(line) === null || pairStart.exec(line) === null) return false;
    records++;
  }
  return records > 0;
}

/** Whether every line that is not blank is a search hit, a heading of hits, or a separator between them. */
function isSearchOutput(lines: readonly string[]): boolean {
  let hits = 0;
  let heading = false;
  for (const line of lines) {
    if (line.trim() === '' || line === '--') continue;
    if (hitLine.test(line)) hits++;
    else if (heading && numberedLine.test(line)) hits++;
    else if (headingLine.test(line)) heading = true;
    else return false;
  }
  return hits > 0;
}

/**
 * `text` with the spans it quotes as data blanked out (same length, line breaks kept), or undefined when it
 * quotes nothing that way or its words outside the quotes hand them to the model or speak to it. Read by
 * the detectors of orders to a model only after they found one: what is left of the text is read again,
 * and an order only inside quotes is not one.
 */
export function unquoted(text: string): string | undefined {
  // Text hidden in tag characters or variation selectors is read as hidden, quoted or not: nobody hides a quote.
  if (text.includes('\udb40')) return undefined;
  const out = new Blanked(text);
  const lines = text.split('\n');
  let discussed = false;
  let html = false;
  if (isSearchOutput(lines)) {
    // A hit in a test or fixture file is a string a test feeds; in code, its literals are quoted as in code.
    let heading = '';
    let at = 0;
    for (const line of lines) {
      const hit = hitLine.exec(line);
      const path = hit?.[1] ?? (numberedLine.test(line) ? heading : undefined);
      if (path === undefined) {
        if (headingLine.test(line)) heading = line;
      } else {
        const start = hit ? hit[0].length : line.indexOf(line.match(numberedLine)![0]) + line.match(numberedLine)![0].length;
        if (testFile.test(path)) out.blank(at + start, at + line.length);
        else if (codeFile.test(path)) blankLiterals(line.slice(start), at + start, out);
      }
      at += line.length + 1;
    }
    discussed = true;
  } else {
    const code = codeLine.test(text) && !/^\s*[[{]/.test(text) && !isKeyValueLog(lines);
    // Template literals over several lines first; the lines are then read as what is left of them.
    const read = code && blankTemplates(text, out) ? out.toString().split('\n') : lines;
    let inFence = false;
    let fenced = false;
    let forwarded = false;
    let specimen = false;
    let span: [number, number] | undefined;
    let at = 0;
    let previous = '';
    for (const line of read) {
      forwarded &&= indented.test(line);
      if (fence.test(line)) {
        inFence = !inFence;
        fenced = true;
      } else if (inFence) out.blank(at, at + line.length);
      else if (forwarded) {
        out.blank(at, at + line.length);
        fenced = true;
      } else if (forwardedHeading.test(line)) forwarded = true;
      else if (!code && (span = specimenSpan(line)) !== undefined) {
        out.blank(at + span[0], at + span[1]);
        specimen = true;
      } else if (blockquote.test(line)) {
        out.blank(at + line.indexOf('>') + 1, at + line.length);
        fenced = true;
      } else if (code) {
        // A comment line is prose the model reads as the file's words (see above), its quotes included.
        if (!commentLine.test(line)) blankLiterals(line, at, out);
      } else if (tableRow.test(line) && blankQuotedCells(line, at, out)) {
        // A table of quoted strings (what a scanner flags, a test's inputs) is a quote under discussion, as a fence is.
        fenced = true;
        blankEmbedded(line, at, out);
      }
      else if (!code && quotesFileText(line, previous)) out.blank(at + line.indexOf(line.trim()[0]!) + 1, at + line.trimEnd().length - 1);
      else blankEmbedded(line, at, out);
      at += line.length + 1;
      previous = line;
    }
    if (!code && text.includes('<') && blankHtmlQuotes(text, out)) fenced = html = true;
    const view = out.toString();
    // Fences and blockquotes are quotes when prose around them discusses them; literals and embedded quotations are by where they stand.
    // A specimen is one when the prose gives a task on such text (classify it, translate it) or discusses it.
    const words = view.match(/\p{L}{2,}/gu)?.length ?? 0;
    discussed = (!fenced || (words >= minDiscussionWords && discussion.test(view))) && (!specimen || (words >= minDiscussionWords && (specimenTask.test(view) || discussion.test(view))));
  }
  if (!out.changed || !discussed) return undefined;
  const view = out.toString();
  // A page's tags end its paragraphs as line breaks do: "<p>Assistant, follow the quoted steps" opens a line.
  const lined = html ? view.replace(htmlTag, '\n') : view;
  // "Treat them as evidence" sets the quotes aside as data: no hand-over.
  const read = lined.includes('reat') ? lined.replace(treatedAsData, ' ') : lined;
  return handsOver.test(read) || goesAlong.test(read) || addressesModel.test(read) || sectionForModel.test(read) ? undefined : view;
}
