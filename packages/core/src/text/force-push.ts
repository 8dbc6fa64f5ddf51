// A `git push` that forces, as prose writes the command: one source for every reader of commands in text
// (semantic/destroys.ts's destructive command, text/quoted.ts's command told to an AI, semantic/foreign-subjects.ts's
// destruction by a path or a command, semantic/turn-plans.ts's history rewritten), so a form one reader knows,
// every reader knows. A lease (`--force-with-lease`, `--force-if-includes`) refuses to overwrite commits the
// pusher has not seen: on the agent's own branch after a rebase it is the ordinary step, so a reader that does
// not see the branch takes only a bare force; a reader that sees it (turn-plans.ts) takes any force to a
// branch others build on (main, master, every branch, a mirror) as the shared history rewritten.

/** `git`, its own `-c key=value` / `-C path` options, then `push`. Case is the reader's (lower-cased text, or an `i` flag). */
export const gitPushSource = String.raw`git\s+(?:-[cC]\s+\S+\s+)*push`;
/** The push's operands, up to its force: words of the same command (a quote, a backtick or `;`, `|`, `&` ends it). */
const operands = String.raw`(?:[^\s\x60'";|&]+\s+)*?`;

/**
 * A {@link gitPushSource push}, operands of the same command, then `--force` or `-f` as a whole word: the shared history
 * rewritten. `--force-with-lease` keeps others' commits and is not this.
 */
export const forcePushSource = String.raw`${gitPushSource}\s+${operands}(?:--force|-f)(?![\w-])`;

/**
 * A {@link gitPushSource push} with a bare force or a lease (`--force-with-lease[=ref[:expect]]`,
 * `--force-if-includes`), the first such option after it; or a force-push in words ("force-push",
 * "push it with --force"). For a reader that then reads which branch is rewritten.
 */
export const anyForcePushSource = String.raw`${gitPushSource}\s+${operands}(?:--force(?:-with-lease(?:=\S*)?|-if-includes)?|-f)(?![\w-])|(?<![\p{L}])force[- ]?push(?:es|ed|ing)?(?![\p{L}])|push(?:es|ed|ing)?\s+(?:it\s+|them\s+)?(?:with\s+)?--force(?![\w-])`;
