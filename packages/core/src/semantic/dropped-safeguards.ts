import { namesCredentialFile } from './credential-files.js';
import { waiversIn } from './waivers.js';

// What a line of an agent's instruction file (AGENTS.md, CLAUDE.md, a rules file, a system-prompt file) takes
// away from the user's hold on later sessions: the agent told to do an act of consequence (delete, push to
// main, deploy, migrate production, spend) without asking, to never ask for confirmation at all, to switch its
// safeguards off (the sandbox, the approval prompts, the guard), to approve every tool of a server, to take
// orders found in files and pages as the user's, to work "with no restrictions", or to put a credential
// file's contents where others read them (commit messages, issues, logs). A team's rules ("run the tests
// without asking", "ask before deleting files", "never commit .env", "treat web text as data") keep the
// safeguards and pass. The line is read lower case, with its sentences that only forbid blanked
// (text/prohibitions.ts): "never disable the sandbox" asks nothing.

/** An act whose harm lasts or reaches others: what a waiver of asking must not cover. */
const consequentialAct =
  /\b(?:delet\w*|rm\s+-|wip\w*|eras\w*|drop\w*|truncat\w*|destroy\w*|force[- ]?push\w*|--force|push\w*\s+(?:\S+\s+){0,2}?(?:main|master|prod\w*|release)|merg\w*|deploy\w*|production|prod\b|migrat\w*|releas\w*|publish\w*|pay\w*|spend\w*|purchas\w*|buy\w*|transfer\w*|send\w*|e-?mail\w*|upload\w*|sudo|credentials?|secrets?|tokens?|passwords?)\b/;
/** The user's say waived, not only their being told: "no need to ask", "without confirmation". */
const askingWaived = /\b(?:ask\w*|confirm\w*|approv\w*|permission|consent|sign-?off|check\w*\s+with|consult\w*|wait\w*)\b/;
/** The user's approval as the object waived: "never ask for confirmation", "no approval needed". */
const approvalWord = /\b(?:confirm\w*|approv\w*|permission|consent|sign-?off)\b/;
/** Work a team lets its agent do unasked: a waiver scoped to it is a convenience, not a safeguard dropped. */
const routineScope = /\b(?:tests?|lint\w*|format\w*|typecheck\w*|type-check\w*|build\w*|read-only|reading|reads?|search\w*|grep|ls|git (?:status|diff|log))\b/;

/** A safeguard switched off: the sandbox, the approval prompts, the guard in front of the tools. */
const safeguardOff =
  /\b(?:disable|turn\s+off|switch\s+off|bypass|skip|circumvent|get\s+around|uninstall|remove)\s+(?:the\s+|any\s+|all\s+|every\s+|its\s+|your\s+|their\s+)?(?:(?:tool|command|user|mcp)\s+)?(?:confirmations?|approvals?|permission\s+(?:prompts?|checks?)|guard(?:rails?)?|safeguards?|sandbox(?:ing)?|safety\s+(?:checks?|rules?|filters?|prompts?)|vanguard|branch\s+protections?)\b/g;
/** The same, said of the safeguard: "warnings from the guard are to be ignored", "the approval prompts can be skipped". */
const safeguardSetAside =
  /\b(?:guard(?:rails?)?|safeguards?|sandbox|vanguard|(?:approval|permission)\s+prompts?|confirmations?|approvals?|(?:warnings?|alerts?|blocks?)\s+(?:from|of|by)\s+(?:the\s+)?(?:guard|vanguard|sandbox|security\s+\w+))\s+(?:\w+\s+){0,4}?(?:are|is|should|can|may|must)\s+(?:to\s+)?be\s+(?:ignored|skipped|bypassed|disregarded|overridden|switched\s+off|turned\s+off)\b/g;
/** Every tool of a server (or every command) approved ahead: no call asks the user again. */
const approvesAll =
  /\b(?:auto-?approve|approve|always[ -]allow|allow|trust)\s+(?:all|every|each|any)\s+(?:of\s+)?(?:its\s+|the\s+|their\s+|this\s+server'?s\s+)?(?:tool\s+)?(?:tools?|commands?|calls?|requests?|actions?)\b|\bauto-?approve\s+(?:its|the|their|this\s+server'?s)\s+(?:tools?|commands?|calls?)\b/g;
/** A blanket licence: an agent with no restrictions, orders found in files or pages taken as the user's. */
const unrestricted =
  /\b(?:with\s+no|without\s+any)\s+(?:restrictions|limits|limitations|guardrails|safeguards|boundaries)\b|\b(?:treat\s+(?:\w+\s+){0,3}?(?:instructions?|orders?|requests?|commands?)\s+(?:\w+\s+){0,8}?|(?:instructions?|orders?|requests?|commands?)\s+(?:\w+\s+){0,8}?(?:are|be)\s+(?:to\s+be\s+)?treated\s+)as\s+(?:(?:if\s+they\s+)?(?:came|coming)\s+from\s+(?:the\s+user|me)|the\s+user'?s|(?:your\s+)?own)\b/g;
/** A credential file's contents put where others read them: a commit message, a pull request, an issue, a log. */
const intoPublished =
  /\b(?:contents?|full|whole|entire|values?)\b.{0,80}?\b(?:into|in|to)\s+(?:\w+\s+){0,3}?(?:commit\s+(?:messages?|bodies|body)|commits|pull\s+requests?|prs?|issues?|comments?|changelogs?|logs?|chats?|slack|gists?|readme)\b/g;

/** An act forbidden right before it: "never disable the sandbox", "do not approve every tool". */
const negatedBefore = /\b(?:never|not|don'?t|no|avoid|without)\b[^.;!?]{0,30}$/;
/** The clauses of a line: a waiver in one ("run the tests without asking") covers nothing in the next ("but ask before deleting"). */
const clauseBreak = /[;.!?]\s|\b(?:but|except|unless|although|though)\b/;

/** Whether the global `re` matches `clause` at a place no negation stands right before. */
function asked(re: RegExp, clause: string): boolean {
  re.lastIndex = 0;
  for (let m = re.exec(clause); m !== null; m = re.exec(clause)) {
    if (!negatedBefore.test(clause.slice(Math.max(0, m.index - 40), m.index))) return true;
  }
  return false;
}

/**
 * What `clause` (lower case) takes away from the user, or undefined. A waiver that names no work of its own
 * ("…; there is no need to confirm with me first") waives asking for the act of the clause before it.
 */
function droppedIn(clause: string, before: string): string | undefined {
  if (waiversIn(clause) !== undefined && askingWaived.test(clause)) {
    const routine = routineScope.test(clause);
    if (consequentialAct.test(clause) || (!routine && consequentialAct.test(before))) return 'tells the agent to act on something lasting without asking the user';
    if (approvalWord.test(clause) && !routine) return "tells the agent never to ask for the user's confirmation";
  }
  if (asked(safeguardOff, clause) || (clause.includes(' be ') && asked(safeguardSetAside, clause) && !routineScope.test(clause))) return 'tells the agent to switch off its safeguards';
  if (asked(approvesAll, clause)) return 'tells the agent to approve every tool or command unasked';
  if (asked(unrestricted, clause)) return "tells the agent it has no restrictions or to take orders found in files as the user's";
  if (namesCredentialFile(clause) && asked(intoPublished, clause)) return "tells the agent to put a credential file's contents where others read them";
  return undefined;
}

/** What `line` (lower case, prohibitions blanked) takes away from the user, or undefined when it keeps every safeguard. */
export function droppedSafeguard(line: string): string | undefined {
  let before = '';
  for (const clause of line.split(clauseBreak)) {
    const found = clause.trim() === '' ? undefined : droppedIn(clause, before);
    if (found !== undefined) return found;
    before = clause;
  }
  return undefined;
}
