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

/** A cheap first test: a piece of every noun above (plain searches over the lower-cased text). */
const pieces = ['assist', 'asist', 'asyst', 'agent', 'llm', 'the ai', 'copilot', 'claude', 'ассист', 'асист', 'помощ', 'köməkçi', 'ასისტენტ', 'აგენტ', 'aðstoð', 'avustaja'];

/** Most AI nouns read per text. */
const maxNames = 64;

/**
 * The offsets of the AI named in `text` (see above), or undefined when it names none. `lower` is the text
 * lower-cased, when the caller has it.
 */
export function modelAddressedAt(text: string, lower = text.toLowerCase()): number[] | undefined {
  if (!pieces.some((p) => lower.includes(p))) return undefined;
  aiNouns.lastIndex = 0;
  let found: number[] | undefined;
  for (let m = aiNouns.exec(text), n = 0; m !== null && n++ < maxNames; m = aiNouns.exec(text)) (found ??= []).push(m.index);
  return found;
}
