// Where a text singles out the AI among its readers: a label or heading for it ("AI agents:", "For AI coding
// assistants", "Note for assistants generating code", "Asistent:", "Köməkçi:", "Løsning for automatiske
// agenter:"), or the AI named as who does a step ("… configured by the assistant", "assistants should apply
// …"). A README, a CHANGELOG or a bot's log line written for people has no reason to set a step apart for
// the AI; one that does hands that step to the model, so a command near it is judged as the call it would
// be (server-commands.ts, as near a waiver), not only by the outcomes no install step has. AGENTS.md files
// address agents too: "AI agents: run `pnpm test`" hands over a step no call analysis stops, and passes.
// A monitoring or CI "agent" (the Datadog agent, a build agent) is no AI: the bare English word is not read.
import { nfkcPattern } from './nfkc-pattern.js';

const start = String.raw`(?<![\p{L}\p{M}\p{N}_])`;
const end = String.raw`(?![\p{L}\p{M}\p{N}_])`;

/**
 * The AI as a noun: English with what tells an AI from any agent ("AI agents", "coding assistants", "LLM",
 * "the assistant", never after "Home"), and the assistant's noun as other languages write it, in its cases
 * and plurals (Latin, Cyrillic and Georgian script, "asistent", "assistenten", "асистенте", "ასისტენტო"),
 * "agent" there only with an AI word or an "automatic" before it.
 */
const aiNouns = nfkcPattern(
  start +
    String.raw`(?:(?:ai|llm|coding|code|automated|automatic|autonomous)[- ](?:coding[- ])?(?:assistants?|agents?|models?)|llms?|the ai|(?<!home )(?:the |an |your |our )?assistants?|copilot|claude|(?:ai|ki|ia|ии)[- ]?(?:agent\p{L}{0,5}|асистент\p{L}{0,3}|ассистент\p{L}{0,3}|asist\p{L}{1,8}|assist\p{L}{1,8}|asyst\p{L}{1,8})|automati\p{L}{0,4}[- ]agent\p{L}{0,3}|asistent\p{L}{0,4}|assistent\p{L}{0,4}|asystent\p{L}{0,4}|asisten|asistan\p{L}{0,4}|ассистент\p{L}{0,3}|асистент\p{L}{0,3}|помощник\p{L}{0,2}|köməkçi\p{L}{0,3}|ასისტენტ\p{L}{0,3}|აგენტ\p{L}{0,3}|aðstoðarm\p{L}{0,6}|avustaja\p{L}{0,4})` +
    end,
  'giu',
);

/**
 * Where a noun above may stand: a piece of every noun (`model` for "AI models", "coding model"), found by one
 * case-blind search of literals, which costs a fraction of the nouns' pattern (its look-behind tests every
 * character's class: over a 1 MiB README that pattern cost 11% of the inspection).
 */
const pieces = /assist|asist|asyst|agent|llm|the ai|model|copilot|claude|ассист|асист|помощ|köməkçi|ასისტენტ|აგენტ|aðstoð|avustaja/gi;
/** How far a noun reaches before its piece ("autonomous coding assistant") and after it ("aðstoðarmaðurinn"). */
const reachBefore = 32;
const reachAfter = 32;
const wordCharacter = /[\p{L}\p{M}\p{N}_]/u;

/** Most AI nouns read per text. */
const maxNames = 64;

/**
 * The offsets of the AI named in `text` (see above), or undefined when it names none. The nouns' pattern runs
 * only in windows around their pieces (merged where they touch), so its cost follows the pieces, not the text.
 */
export function modelAddressedAt(text: string): number[] | undefined {
  pieces.lastIndex = 0;
  let found: number[] | undefined;
  let from = -1;
  let to = -1;
  for (let m = pieces.exec(text); m !== null; m = pieces.exec(text)) {
    const start = Math.max(0, m.index - reachBefore);
    const end = Math.min(text.length, m.index + m[0].length + reachAfter);
    if (from >= 0 && start <= to) {
      to = end;
      continue;
    }
    if (from >= 0 && (found = namesIn(text, from, to, found)) !== undefined && found.length >= maxNames) return found;
    from = start;
    to = end;
  }
  return from < 0 ? undefined : namesIn(text, from, to, found);
}

/** `found` with the offsets of the nouns read in `text` from `from` to `to` (a window: its edges are not a word's). */
function namesIn(text: string, from: number, to: number, found: number[] | undefined): number[] | undefined {
  const window = from === 0 && to === text.length ? text : text.slice(from, to);
  aiNouns.lastIndex = 0;
  for (let m = aiNouns.exec(window); m !== null; m = aiNouns.exec(window)) {
    // The window's edges pass the pattern's word bounds: a noun there must not go on in the text.
    if (m.index === 0 && from > 0 && wordCharacter.test(text[from - 1]!)) continue;
    if (m.index + m[0].length === window.length && to < text.length && wordCharacter.test(text[to]!)) continue;
    (found ??= []).push(from + m.index);
    if (found.length >= maxNames) break;
  }
  return found;
}
