// A `git push` that forces, as prose writes the command: one source for every reader of commands in text
// (semantic/destroys.ts's destructive command, text/quoted.ts's command told to an AI, semantic/foreign-subjects.ts's
// destruction by a path or a command), so a form one reader knows, every reader knows.

/** `git`, its own `-c key=value` / `-C path` options, then `push`. Case is the reader's (lower-cased text, or an `i` flag). */
export const gitPushSource = String.raw`git\s+(?:-[cC]\s+\S+\s+)*push`;

/**
 * A {@link gitPushSource push}, any operands, then `--force` or `-f` as a whole word: the shared history
 * rewritten. `--force-with-lease` keeps others' commits and is not this.
 */
export const forcePushSource = String.raw`${gitPushSource}\s+(?:\S+\s+)*(?:--force|-f)(?![\w-])`;
