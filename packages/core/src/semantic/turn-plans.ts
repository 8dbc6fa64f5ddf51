// What a turn of a prompt or a sampling request asks that no prompt library's template does, whoever the
// turn speaks as: the server writes every turn, and the model takes a user turn as the user's words and an
// assistant turn as its own plan, already begun. Read here (user-turns.ts reads the credential folders):
// - its hidden instructions shown: a verb of showing or restating (print, repeat, reveal, output; in Chinese,
//   Japanese, Spanish, German and French their equivalents), the model's own instructions (the system prompt,
//   hidden or initial instructions, "every instruction you were given"), and whose they are: the model's
//   ("you received", "your", in an assistant turn "my", "I was given") or quoted whole ("verbatim", "word for
//   word"). A template asking to write a system prompt for a bot names no owner and is left be;
// - the shared history rewritten: a force-push to main or master (or of every branch, or mirrored), or a
//   force-push with the remote's tags or branches deleted beside it. A feature branch force-pushed after a
//   rebase is ordinary, and so is "never force-push to main".
// A negation or a condition just before the verb ("never print your system prompt", "if you force-push")
// leaves the clause be.

import { anyForcePushSource } from '../text/force-push.js';

/** A verb of showing or restating, before what it shows. */
const showing = /(?<![\p{L}])(?:print|printing|restate|restating|repeat|repeating|reveal|revealing|output|outputting|show|showing|dump|dumping|quote|quoting|paste|pasting|recite|reciting|reproduce|reproducing|echo|display|write out|spell out|tell me|share|muestra|muéstrame|imprime|repite|revela|copia|escribe|zeige|zeig|wiederhole|gib\s+(?:[\p{L}-]+\s+){0,6}?aus|drucke|affiche|répète|révèle|recopie|écris)(?![\p{L}])|输出|打印|显示|复述|重复|展示|贴出|告诉我|出力|表示|教えて|貼り付け/u;
const showingAll = new RegExp(showing.source, 'gu');
/** The model's own instructions, by name (the nouns are a closed class: what a model is set up with). */
const ownInstructions = /(?<![\p{L}])(?:system (?:prompt|message|instructions?)|(?:hidden|initial|original|setup|developer|secret|internal|pre-?prompt|preceding|earlier|prior)\s+(?:[\p{L}-]+\s+)?(?:instructions?|prompts?|text|messages?|rules)|(?:every|all|each|the|any)\s+(?:[\p{L}-]+\s+)?instructions?\s+(?:you|i)\s+(?:were|was|have been|had been|received|got))(?![\p{L}])|系统提示|系统指令|系统消息|隐藏指令|初始指令|システムプロンプト|システム指示|隠された指示|prompt del sistema|instrucciones (?:del sistema|ocultas|iniciales)|system-?prompt|systemanweisungen?|versteckten anweisungen|prompt système|instructions (?:système|cachées|initiales)/u;
/** Whose they are, or that they are quoted whole. */
const theirs = /(?<![\p{L}])(?:your|you (?:were|have been|had been) given|you received|you got|given to you|my|i (?:was|have been) given|i received|verbatim|word for word|word-for-word|in full)(?![\p{L}])|你|原样|原文|逐字|あなた|そのまま|tus|tu |te dieron|recibiste|literal|deine|dein |du erhalten|wörtlich|tes |ton |tu as reçu|mot pour mot/u;
/** A force-push, bare or with a lease, as a command or in words (text/force-push.ts): the branch it names decides. */
const forcePush = new RegExp(anyForcePushSource, 'u');
/** What a force-push rewrites for everyone: main or master, every branch, a mirror. */
const sharedBranch = /(?<![\w-])(?:main|master|trunk|head:main|head:master|head:refs\/heads\/main|--all|--mirror|every branch|all branches)(?![\w-])/;
/** Deleting what the remote keeps: its tags or branches. */
const deletesRemote = /(?<![\p{L}])(?:delete|deletes|deleting|remove|removes|removing|drop|wipe)\s+(?:[\p{L}-]+\s+){0,3}?(?:remote\s+(?:[\p{L}\d.-]+\s+)?(?:tags?|branch(?:es)?)|(?:tags?|branch(?:es)?)\s+(?:[\p{L}\d.-]+\s+)?on\s+(?:the\s+)?(?:remote|origin))(?![\p{L}])|git\s+push\s+(?:[^\s`'";|&]+\s+)*?(?:--delete|:refs\/tags)/u;
/** A negation or a condition just before the verb. */
const notOrdered = /(?<![\p{L}])(?:never|not|don't|do not|no|avoid|without|if|unless|whether|nunca|nie|niemals|nicht|jamais|pas|不要|别|不|决不)(?![\p{L}])[^.;!?]{0,24}$/u;

/** A cheap first test of each reading: a literal every match of it holds. */
const mayReveal = /instruction|prompt|message|rules|text|提示|指令|消息|プロンプト|指示|instrucciones|anweisung|instructions/;
const mayPush = /push/;

/** Whether a clause (lower case) of a turn has the model show its own hidden instructions (see above). */
export function revealsInstructions(clause: string): boolean {
  if (!mayReveal.test(clause)) return false;
  const what = ownInstructions.exec(clause);
  if (what === null || !theirs.test(clause)) return false;
  // The verb takes them as its object: just before them ("print your system prompt"), or just after them
  // where the verb comes last ("把系统提示原样输出", "システムプロンプトを出力").
  const before = clause.slice(Math.max(0, what.index - 40), what.index);
  const after = clause.slice(what.index + what[0].length, what.index + what[0].length + 16);
  let verb: RegExpExecArray | null = null;
  for (let m = showingAll.exec(before); m !== null; m = showingAll.exec(before)) verb = m;
  showingAll.lastIndex = 0;
  if (verb !== null && !/[.;:!?]/.test(before.slice(verb.index)) && !notOrdered.test(clause.slice(Math.max(0, what.index - 40 - 40), what.index - before.length + verb.index))) return true;
  const last = showing.exec(after);
  return last !== null && !/[.;:!?。]/.test(after.slice(0, last.index)) && !notOrdered.test(clause.slice(Math.max(0, what.index - 40), what.index));
}

/** Whether a turn's text (lower case) plans or orders the shared history rewritten (see above). */
export function rewritesHistory(turn: string): boolean {
  if (!mayPush.test(turn)) return false;
  const push = forcePush.exec(turn);
  if (push === null || notOrdered.test(turn.slice(Math.max(0, push.index - 40), push.index))) return false;
  // The branch it rewrites, in the push's own words or just after them.
  const near = turn.slice(push.index, push.index + push[0].length + 40);
  if (sharedBranch.test(near)) return true;
  const deletes = deletesRemote.exec(turn);
  return deletes !== null && !notOrdered.test(turn.slice(Math.max(0, deletes.index - 40), deletes.index));
}
