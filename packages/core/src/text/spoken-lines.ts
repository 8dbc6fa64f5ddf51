// Lines people say to each other in a thread the model reads: a chat log (`[10:02] priya: …`), a support
// transcript (`Customer: …`, `Agent (Sam): …`), meeting notes (`- Ana: …`), an issue's comments under their
// `**name** commented` headers. "Please update your .env", "don't post your tokens here" in such a line asks
// the thread's people, not the model reading it: the speaker is named and speaks to colleagues. A line that
// names an AI reader ("@assistant can you …", "the bot should …") speaks to the model and keeps its reading,
// and so does a label that is a role the model answers to (`System:`, `User:`, `Assistant:`). What counts is
// the thread's shape, not its words: timestamps, one speaker who speaks again after another, or several
// people named in a list of notes.

/** A speaker label opening a line: a bullet, a time, a name (one or two words, or `Role (Name)`), a colon. */
const label = /^[ \t]*(?:[-*•][ \t]+)?(?:(\[\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[ap]m)?\])[ \t]*)?(?:\*\*)?(@?[\p{L}][\p{L}\d._-]{0,29}(?:[ \t][\p{L}][\p{L}\d._-]{0,29})?)(?:[ \t]\(([\p{L}][\p{L} .'-]{0,29})\))?(?:\*\*)?:[ \t]+\S/u;
/** A comment's header on a line of its own: `**name** commented 3 days ago`, `name replied:`. */
const header = /^[ \t]*(?:\*\*)?@?[\p{L}\d][\p{L}\d._-]{0,38}(?:\*\*)?[ \t]+(?:commented|replied|wrote|answered)\b[^\n]{0,60}$/u;
/** Labels that are the roles a model answers to, or a model's names: a line under them speaks to it. */
const roleLabel = /^(?:user|users|human|system|assistant|ai|a\.i\.|model|llm|bot|chatbot|agent|copilot|claude|chatgpt|gpt|gemini|codex|cursor|developer|operator|admin|root|instructions?|prompt|tool|function)$/i;
/** The roles of a chat template: a label of them speaks to the model whoever it names beside. */
const speaksAsModelRole = /^(?:user|human|system|assistant|ai|model|llm|bot|copilot|claude|chatgpt|gpt|gemini)$/i;
/** Words that name an AI reader in what a line says (then it is spoken to the model). */
const namesAi = /(?:^|[^\w@])(?:@[\w-]*(?:bot|ai|assistant|agent|copilot|claude|gpt|gemini)[\w-]*|ai|a\.i\.|llms?|assistants?|agents?|models?|chatbots?|bots?|copilot|claude|chatgpt|gpt[\w.-]*|gemini|codex)(?![\w])/i;

/** The most lines looked at for labels (keeps a long log linear and cheap). */
const maxLines = 4000;

interface Spoken {
  /** Offsets of the lines (start, end) a person says. */
  readonly spans: number[];
}

/** The lines of `text` a named person says to the thread, or undefined when the text is no thread. */
function spokenLines(text: string): Spoken | undefined {
  if (!text.includes(':') && !/commented|replied|wrote|answered/.test(text)) return undefined;
  const spans: number[] = [];
  const counts = new Map<string, number>();
  let timed = 0;
  let bullets = 0;
  let repeated = false;
  let last = '';
  let under = false;
  let at = 0;
  let lines = 0;
  while (at <= text.length && lines++ < maxLines) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    const line = text.slice(at, end);
    const h = header.test(line);
    const m = h ? null : label.exec(line);
    if (h) under = true;
    else if (m !== null) {
      const who = (m[3] ?? m[2]!).trim().toLowerCase();
      // `Agent (Sam)` is Sam, a support agent; `System (Bob)` still speaks as the system.
      if (roleLabel.test(who) || (m[3] !== undefined && speaksAsModelRole.test(m[2]!))) {
        // A line under a role label is not a person's (and ends a comment read as speech).
        under = false;
      } else {
        const seen = counts.get(who) ?? 0;
        if (seen > 0 && last !== who) repeated = true;
        counts.set(who, seen + 1);
        last = who;
        if (m[1] !== undefined) timed++;
        if (/^[ \t]*[-*•]/.test(line) && /^\p{Lu}/u.test(m[2]!)) bullets++;
        spans.push(at, end);
        under = false;
      }
    } else if (under) spans.push(at, end);
    at = end + 1;
  }
  const thread = timed >= 2 || (counts.size >= 2 && repeated) || (bullets >= 3 && counts.size >= 3) || /^[ \t]*(?:\*\*)?@?[\p{L}\d][\p{L}\d._-]{0,38}(?:\*\*)?[ \t]+(?:commented|replied|wrote|answered)\b/mu.test(text);
  return thread && spans.length > 0 ? { spans } : undefined;
}

/**
 * `text` with the lines a named person says to the other people of a thread blanked (same length, line
 * breaks kept), but those that name an AI reader; '' when there is none.
 */
export function spokenBlanked(text: string): string {
  const spoken = spokenLines(text);
  if (spoken === undefined) return '';
  let out: string[] | undefined;
  const { spans } = spoken;
  for (let i = 0; i < spans.length; i += 2) {
    const start = spans[i]!;
    const end = spans[i + 1]!;
    // The words said, after the label: "Agent (Sam):" is a person, but what he says may still name an AI.
    const line = text.slice(start, end);
    const colon = label.exec(line) === null ? -1 : line.indexOf(':', line.search(/\S/));
    if (namesAi.test(line.slice(colon + 1))) continue;
    out ??= text.split('');
    for (let j = start; j < end; j++) out[j] = ' ';
  }
  return out === undefined ? '' : out.join('');
}
