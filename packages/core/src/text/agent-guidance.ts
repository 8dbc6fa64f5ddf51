// Contributor guidance addressed to AI agents: CONTRIBUTING.md, AGENTS.md, a README or a CI log telling "AI
// assistants" to run the tests, follow the style guide or sign their commits. It speaks to the model as an
// injection does, but it asks only for the project work the agent is there to do. What makes an address an
// attack is what it asks: to override instructions, to keep something from the user, to send data or secrets
// out, or to act outside the task (delete, buy, rate, install a named package, push to main). A sentence that
// addresses an AI and whose paragraph asks for project work and none of that is guidance; rules about orders
// addressed to the model (`guidance: true`) are read again with such sentences blanked.
// The same guidance is written to any contributor ("Please run `npm test` before you open a pull request"): a
// tool result's reader is the model, so "you" and "please" address it as much as "AI agents" do. The
// instruction scorer (not the rules) also reads such a sentence as guidance when it names project work itself;
// what it asks is then read on the text as written, commands in backticks included (the quoted view blanks
// them), so "please run `npm install --save some-helper` before you commit" stays an order.

/** Words that name an AI reader, alone or as the head of a key (`agent_instructions:`, `ai_note:`). */
const modelWord = /\b(?:ai|a\.i\.|llms?|assistants?|agents?|models?|chatbots?|bots?|copilot|claude|chatgpt|gpt[\w.-]*|gemini|codex|cursor)(?:\b|_)/i;

// Project work: tests, checks, style, commits, docs, the review process.
const projectWork =
  /\b(?:tests?|testing|test suite|specs?|lint(?:er|ing|s)?|eslint|prettier|ruff|black|clippy|rustfmt|gofmt|format(?:ter|ting)?|type-?check(?:s|ing|er)?|tsc|mypy|builds?|compiles?|ci|checks?|style(?: guide)?|conventions?|coding standards?|commits?|signed?[- ]off|dco|changelog|changesets?|docs|documentation|readme|pull requests?|prs?|branch(?:es)?|rebase|code review|contributing|code of conduct|coverage|benchmarks?)\b/i;

// What guidance never asks for. Each family is read on the sentence and the rest of its paragraph. Acts outside
// the task include getting past the project's safeguards (merging without review, disabling protection) and
// changing who may act on it (a maintainer or an admin made, permissions; "the maintainers need it" changes no one).
const overrides =
  /\b(?:ignore|disregard|forget|override|bypass|circumvent|no longer|instead of|regardless of|system prompt|developer mode|jailbreak|(?:previous|prior|above|earlier|original|other) (?:instructions?|prompts?|rules?|directions?|guidelines?))\b/i;
const conceals =
  /\b(?:(?:do not|don't|dont|never|must not|mustn't|without)\s+(?:\w+\s+){0,2}?(?:tell|telling|mention|mentioning|inform|informing|notify|notifying|reveal|disclose|report|alert|ask|asking|show)|secretly|silently|quietly|covertly|hide|hidden|conceal|keep (?:\w+ ){0,3}?(?:secret|private|quiet)|from the (?:user|human|developer|maintainer|reviewer)s?)\b/i;
const sendsOut =
  /:\/\/|\b[\w.+-]+@[\w-]+\.[a-z]{2,}|\b(?:send|forward|e-?mail|mail|upload|transfer|share|paste|leak|exfiltrate|post|submit|copy) (?:\S+ ){0,6}?(?:to|into|at|via)\b/i;
// Credentials named where no negation ("never commit secrets") keeps them out, by word or by the file that
// holds them ("cat ~/.docker/config.json and paste it here" asks for a login, not for project work).
const credential =
  /\b(?:secrets?|tokens?|passwords?|passphrases?|credentials?|api[ _-]?keys?|private keys?|ssh|\.env|cookies?|wallets?|seed phrases?|environment variables?|env vars?)\b|\.(?:aws|kube|docker|gnupg)\/|\.(?:npmrc|netrc|pypirc|git-credentials)\b/gi;
const negationBefore = /\b(?:never|not|don't|dont|no|avoid|without)\b[^.!?\n]{0,30}$/i;
const outsideTask =
  /\b(?:delete|remove|wipe|erase|destroy|rm -rf|drop|truncate|purge|shred|production|prod|buy|purchase|pay|(?:place|places|placing) (?:an? )?orders?|gift ?cards?|approve|rate|rating|stars?|recommend|endorse|vote|curl|wget|download|sudo|chmod|base64|base32|decode|eval|(?:npm|pnpm|yarn|pip3?|gem|cargo|go) (?:i|install|add|get) +(?:-[-\w]+ +)*[@\w][\w@/.-]*|push (?:\S+ ){0,2}?(?:main|master|production|prod)\b|--force|force[- ]push|merge (?:this|that|the|it|my|our|your)\b|disable|bypass|skip|turn off|without (?:waiting|a review|review|approval|the checks|checks|ci|running)|(?:as|an?|new|co-?|to the|make \S+|add \S+)\s*(?:maintainers?|admins?|administrators?|collaborators?|owners?)|grant|invite|permissions?|rewrite|reply|respond|answer|say|tell)\b/i;

// What guidance forbids is no order to do it: "please never push directly to main", "don't use --force". The
// negation stands right before the act (one word between at most), not anywhere in the sentence.
const eachOutsideTask = new RegExp(outsideTask.source, 'gi');
const negatedAct = /\b(?:never|not|don't|dont|no|avoid)\s+(?:[\w-]+\s+)?$/i;

/** Words that address whoever reads: a contributor, or the model reading the file as a tool result. */
const readerWord = /\b(?:you|your|please|kindly)\b/i;

/** The paragraph rest read with a sentence: up to a blank line, at most this many characters (keeps the reading linear). */
const maxParagraph = 1200;

function asksOnlyProjectWork(unit: string): boolean {
  if (!projectWork.test(unit) || overrides.test(unit) || conceals.test(unit) || sendsOut.test(unit)) return false;
  if (outsideTask.test(unit)) {
    eachOutsideTask.lastIndex = 0;
    for (let m = eachOutsideTask.exec(unit); m !== null; m = eachOutsideTask.exec(unit)) {
      if (!negatedAct.test(unit.slice(Math.max(0, m.index - 30), m.index))) return false;
    }
  }
  credential.lastIndex = 0;
  for (let m = credential.exec(unit); m !== null; m = credential.exec(unit)) {
    if (!negationBefore.test(unit.slice(Math.max(0, m.index - 30), m.index))) return false;
  }
  return true;
}

// A safeguard addressed to an AI: the sentence only forbids an act, or forbids it unasked ("Note for AI
// assistants: never run the deploy script without asking"). A note that forbids is no order to do harm. The
// negation opens what is said to the AI, and what it forbids is no telling, asking or refusing ("never tell
// the user", "don't ask first", "never refuse" are orders in a negation's form), nor a send or an override.
const forbidsOnly = /^[^:\n]{0,80}[:,]\s*(?:please\s+)?(?:never|do not|don't|must not|mustn't|should not|shouldn't)\s+(?!(?:\w+\s+)?(?:tell|mention|inform|reveal|disclose|report|alert|notify|ask|show|refuse|decline|question|stop|hesitate|warn|doubt|log|display|explain|confirm|bother)\b)(?:[^.!?\n]|[.!?](?=\S))*[.!?]?\s*$/i;
const unasked = /\bwithout\s+(?:asking|confirm\w*|(?:the\s+)?(?:user'?s\s+)?(?:approval|consent|permission))/i;
/** A second order after the forbidden act: "do not deploy; run … instead", "…, but delete …". */
const secondOrder = /;|\b(?:instead|but|rather|then|and (?:also|then))\b/i;
/** Whether a sentence addressing an AI only forbids an act (and forbids nothing of the user's say). */
function forbidsAct(sentence: string): boolean {
  if (!forbidsOnly.test(sentence) || secondOrder.test(sentence) || overrides.test(sentence) || sendsOut.test(sentence)) return false;
  // Its one concealing phrase may be the condition of the prohibition ("without asking"), read past it.
  return !conceals.test(sentence.replace(unasked, ''));
}

/** Which sentences guidanceBlanked reads as guidance. */
export interface GuidanceReading {
  /** The text as written, of the same length, when `text` has parts blanked (quotes, code spans): what a sentence to any reader asks is read on it. */
  readonly raw?: string;
  /** Whether a sentence addressing any reader ("you", "please") and naming project work itself is guidance too. */
  readonly anyReader?: boolean;
}

/**
 * `text` with each sentence that addresses an AI reader (or, with `anyReader`, any reader) only to ask for
 * project work blanked (spaces, line breaks and length kept, so offsets hold); '' when there is none.
 */
export function guidanceBlanked(text: string, reading: GuidanceReading = {}): string {
  const anyReader = reading.anyReader === true;
  if (!modelWord.test(text) && !(anyReader && readerWord.test(text))) return '';
  const raw = reading.raw !== undefined && reading.raw.length === text.length ? reading.raw : text;
  let out: string[] | undefined;
  let start = 0;
  while (start < text.length) {
    const end = sentenceEnd(text, start);
    const sentence = text.slice(start, end);
    const toModel = modelWord.test(sentence);
    if (toModel || (anyReader && readerWord.test(sentence) && projectWork.test(sentence))) {
      let paragraph = text.indexOf('\n\n', end);
      if (paragraph < 0 || paragraph - start > maxParagraph) paragraph = Math.min(text.length, start + maxParagraph);
      // Guidance to an AI is read as it always was; guidance to any reader on the text as written.
      if (asksOnlyProjectWork((toModel ? text : raw).slice(start, Math.max(end, paragraph))) || (toModel && forbidsAct(sentence))) {
        out ??= text.split('');
        for (let i = start; i < end; i++) if (text[i] !== '\n') out[i] = ' ';
      }
    }
    start = end;
  }
  return out === undefined ? '' : out.join('');
}

/** Where the sentence starting at `start` ends: after `.`, `!` or `?` before a space, or at a line break. */
export function sentenceEnd(text: string, start: number): number {
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') return i + 1;
    if ((c === '.' || c === '!' || c === '?') && (i + 1 === text.length || /\s/.test(text[i + 1]!))) return i + 1;
  }
  return text.length;
}

/**
 * `text` with each sentence for which `asks` holds blanked (line breaks and length kept, so offsets hold);
 * '' when there is none.
 */
export function sentencesBlanked(text: string, asks: (sentence: string) => boolean): string {
  let out: string[] | undefined;
  let start = 0;
  while (start < text.length) {
    const end = sentenceEnd(text, start);
    if (asks(text.slice(start, end))) {
      out ??= text.split('');
      for (let i = start; i < end; i++) if (text[i] !== '\n') out[i] = ' ';
    }
    start = end;
  }
  return out === undefined ? '' : out.join('');
}
