// A tool's own metadata that makes a download piped into a shell a condition of its use or a prefix of every
// command the model runs, with nobody addressed ("before the first use, curl … | bash is to be run",
// "requires running `wget -qO- … | sh` once per session", "precondition: … has been executed", "au préalable,
// … doit être lancé", "prefix every command you run with curl … | sh -s --"): the only reader who meets that
// condition is the model, on the user's machine. A README or a docs page quotes install
// lines for a person and is read as content, not here; a tool that says what it runs itself ("Installs the
// toolchain with rustup") states no condition, and a warning negates it.
import { sentenceEnd } from '../text/agent-guidance.js';
import { pipesToShell, runsSubstitutedDownload } from './destroys.js';
import { readerGate } from './reader-gates.js';

// A cheap first test: a pipe into something, or a download substituted (destroys.ts runsSubstitutedDownload).
const mayPipe = /\|\s*(?:sudo\s+)?\w*(?:sh|python3?|node|perl|ruby)\b|[<$]\(\s*(?:curl|wget)/;
/** The gate of metadataRequiresPipe (reader-gates.ts): its first test. */
export const metadataPipeGate = readerGate(mayPipe);
// The download made a condition of the tool's use: before it, first, required, a step of setup, every session.
const condition = /(?<![\p{L}])(?:before|first|requires?|required|requiring|precondition|prerequisite|setup step|must|is to be|are to be|needs? to be|has been|have been|every session|each session|once per session|per session|at the start|au préalable|avant|doit|doivent|antes|primero|debe|requiere|zuerst|vorher|muss|erfordert|voraussetzung|prima|deve|requer)(?![\p{L}])/u;
const negation = /(?<![\p{L}])(?:never|not|no need|don't|do not|without|nie|niemals|nicht|jamais|nunca|não)(?![\p{L}])/u;

/**
 * The user's say waived ("no need to ask", "without asking the user", "don't bother the user"): no negation of
 * the run, the opposite, so it is taken out before the negation is looked for.
 */
const waived = /(?<![\p{L}])(?:no need (?:to|for) (?:ask|asking|confirm|confirmation|tell|check|prompt)\p{L}*|(?:don't|do not|never)\s+(?:ask|confirm|prompt|bother|tell)\p{L}*(?:\s+(?:the\s+)?(?:user|them|anyone|first))?|without (?:asking|confirming|confirmation|telling|prompting|checking|a prompt)(?:\s+(?:the\s+)?(?:user|them|anyone|first))?)(?![\p{L}])/gu;
/**
 * The server's own setup as the moment: "before starting the server", "when installing this MCP server", "to set
 * up the server", "avant de lancer le serveur". The model meets a tool only once its server runs, so an
 * install line timed to that is addressed to the person who sets the server up, not to the model; it is taken
 * out before the condition is looked for (a second condition, "before the first call", still stands).
 */
const serverSetup = /(?<![\p{L}])(?:before|when|while|until|to|for|during|avant de|pour|vor dem|antes de|para)\s+(?:(?:first\s+)?(?:starting|launching|installing|setting up|configuring|deploying|building|booting|start|launch|install|set up|configure|deploy|build|boot|lancer|démarrer|installer|configurer|starten|installieren|iniciar|instalar|configurar)\s+)(?:it|(?:the|this|your|our|le|ce|votre|den|diesen|el|este|o)\s+(?:mcp\s+)?(?:server|servers|serveur|servidor))(?![\p{L}])|(?<![\p{L}])(?:during|before|for)\s+(?:the\s+)?(?:server(?:'s)?\s+)?(?:installation|setup|set-up)(?![\p{L}])/gu;

/** Whether `text` times what it says to the server's own setup ("before starting the server"): a note to whoever installs it, not to the model. */
export function timedToServerSetup(text: string): boolean {
  const said = text.toLowerCase();
  if (!(said.includes('serv') || said.includes('install') || said.includes('setup') || said.includes('set-up'))) return false;
  serverSetup.lastIndex = 0;
  const timed = serverSetup.test(said);
  serverSetup.lastIndex = 0;
  return timed;
}

/**
 * `text` with each sentence timed to the server's own setup blanked (length and line breaks kept, so offsets
 * hold), and with it what a sentence ending in a colon introduces (the next line, or the fenced block there):
 * the install note is for whoever sets the server up, the text's other sentences still speak to the model.
 * Undefined when the text is not so timed; the text as it stands when no one sentence is (a phrase cut by a line break).
 */
export function setupNotesBlanked(text: string): string | undefined {
  if (!timedToServerSetup(text)) return undefined;
  let out: string[] | undefined;
  let start = 0;
  let introduced = false;
  while (start < text.length) {
    let end = sentenceEnd(text, start);
    const sentence = text.slice(start, end);
    const timed = timedToServerSetup(sentence);
    if (timed || (introduced && sentence.trim() !== '')) {
      // A fenced block right after the colon is the note's command, however many lines it runs.
      if (introduced && !timed && sentence.trimStart().startsWith('```')) {
        const close = text.indexOf('```', text.indexOf('```', start) + 3);
        if (close >= 0) end = Math.max(end, close + 3);
      }
      out ??= text.split('');
      for (let i = start; i < end; i++) if (text[i] !== '\n') out[i] = ' ';
      introduced = timed && sentence.trimEnd().endsWith(':');
    } else if (sentence.trim() !== '') introduced = false;
    start = end;
  }
  return out === undefined ? text : out.join('');
}
/**
 * The model's own commands as what the download is put before or around ("prefix every command you run with
 * curl … | sh -s --", "wrap each command you execute in …"): a standing rule on the model's every run.
 */
const onModelsCommands = /(?<![\p{L}])(?:prefix|prepend|precede|wrap|route|pipe)\p{L}*\s+(?:every|each|all|any)\s+(?:(?:shell|terminal)\s+)?(?:commands?|calls?)\s+(?:that\s+)?(?:you|the (?:ai |coding )?(?:assistant|agent|model))\s+(?:run|runs|execute|executes|issue|issues|send|sends|make|makes)(?![\p{L}])/u;
/** The model's own tools as where the command runs ("in the terminal tool", "with the shell tool"): nobody but the model holds them. */
const onModelsTool = /(?<![\p{L}])(?:in|with|via|using|through)\s+(?:the|a|your)\s+(?:terminal|shell|bash|console|command|exec|run_command|execute_command|run_terminal_cmd)(?:[\s_-]?(?:command|runner|execution))?\s+tool(?![\p{L}])/u;

/**
 * Whether a clause of tool metadata (lower case) makes a download piped into a shell a condition of the
 * tool's use, has the AI run it, or has it run with the model's own terminal tool.
 */
export function metadataRequiresPipe(clause: string): boolean {
  if (!mayPipe.test(clause) || !(pipesToShell.test(clause) || runsSubstitutedDownload.test(clause))) return false;
  const said = clause.includes('ask') || clause.includes('tell') || clause.includes('confirm') || clause.includes('prompt') || clause.includes('bother') ? clause.replace(waived, ' ') : clause;
  if (negation.test(said)) return false;
  // The server's own setup as the condition's moment is no condition of the model's use (see serverSetup).
  const used = said.includes('serv') || said.includes('install') || said.includes('setup') || said.includes('set-up') ? said.replace(serverSetup, ' ') : said;
  return condition.test(used) || onModelsTool.test(said) || onModelsCommands.test(said) || aiRuns.test(said);
}

// In a tool's answer, the AI as the subject of running it, in the present or with a modal ("next, the
// assistant runs curl … | bash", "the agent then executes printenv | curl -d @- https://…"): what a result
// says the AI does next is its order (a plain present, as in actor-orders.ts). The environment piped to a
// network client sends every secret in it.
const aiRuns = /(?<![\p{L}])(?:the|your) (?:ai |coding )?(?:assistant|agent|model)\s+(?:(?:now|then|next|also|first|simply|just)\s+)?(?:runs|executes|will run|is to run|should run|must run|pipes)(?![\p{L}])/u;
const environmentOut = /\b(?:printenv|env|export -p|set)\s*\|\s*(?:curl|wget|nc|ncat)\b[^|\n]{0,120}(?:https?:\/\/|\s\d{1,3}\.\d)/;

/** Whether a clause of a tool's answer (lower case) has the AI, as its subject, run a download piped into a shell or the environment piped out. */
export function aiRunsPipe(clause: string): boolean {
  if (!clause.includes('|') || !(pipesToShell.test(clause) || environmentOut.test(clause)) || negation.test(clause)) return false;
  // The AI runs it, or it is the condition of the AI's work ("usage notes for the assistant: every session
  // starts with curl … | sh"), or the fix a tool's answer gives before the tool is called again.
  return aiRuns.test(clause) || (forAi.test(clause) && condition.test(clause)) || callsAgain.test(clause);
}
const forAi = /(?<![\p{L}])(?:for|to) the (?:ai |coding )?(?:assistant|agent|model)|(?<![\p{L}])(?:ai|llm) (?:assistant|agent)s?(?![\p{L}])/u;
const callsAgain = /(?<![\p{L}])(?:then |and )?(?:call|invoke|re-?run) (?:[a-z][a-z0-9_]*|this tool|the tool)(?: tool)? again(?![\p{L}])/u;
