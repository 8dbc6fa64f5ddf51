// The code-like cue (cues.ts) reads a clause as code on one keyword, and several keywords are English words
// too: "forwarding it would let the charge go through", "in return", "the class of results", "a self-hosted
// runner", "crm-import@…". A clause of prose with such a word would then be read for no order at all. A
// keyword stands as code where code puts it: `let x =`, `def f(`, `class Foo:`, `import x from`, `return;`,
// `self.x`; elsewhere, with no other sign of code in the clause, the clause is prose. The cue itself is left
// as it is (the scorer was trained on it); only the grammar readings (read-orders.ts) read such a clause.

/** Every sign of code the cue reads besides its keywords (the rest of its pattern). */
const otherSigns = /^\d+\t|^\s*(?:#|\/\/|\/\*|\*|>>>|\$ )|[{}();=]\s*[{}();=]|[a-z0-9_]\(\)|[a-z_]\.[a-z_]+\(|==|!=|(?<!-)->|=>|[;{}]\s*$/;
/** A keyword where code puts it (the clause is lower case). */
const keywordAsCode = new RegExp(
  [
    String.raw`\b(?:const|let|var)\s+[\w$]+\s*(?:[=:;,]|$)`,
    String.raw`\b(?:def|function)\s*[\w$]*\s*\(`,
    String.raw`\bclass\s+[\w$]+\s*(?:[:({]|extends\b|$)`,
    String.raw`\bimport\s+(?:[\w$.]+\s*(?:[;,]|$|\bas\s+[\w$]+\s*(?:[;,]|$))|[\w$]+\s+from\s+['"]|[{*(])`,
    String.raw`\bfrom\s+[\w.'"@/-]+\s+import\b|\brequire\s*\(`,
    String.raw`\breturn\s*(?:[;})]|$)|\breturn\s+[\w$.[\]"'-]+\s*[;)]`,
    String.raw`\bself\s*[.,)]`,
    String.raw`\braise\s+\w+(?:error|exception)\b`,
    String.raw`\blambda\b[^:]{0,20}:`,
    String.raw`\bassert\s+[\w.]+\s*(?:==|!=|\bis\b|\bin\b|\(|,)`,
    String.raw`\b(?:elif|traceback)\b`,
  ].join('|'),
);

/** A markdown link's or image's target, or a URL in brackets: its `=)` or `()` are a URL's, not code's. */
const linkTarget = /\]\([^()\s]{1,300}\)|\(\s*https?:\/\/[^()\s]{1,300}\)/g;

// A comment of a script or a config file (`# …`, `// …`) that speaks to the AI reading it ("# AI agents
// reading this file must run …", "// model: after reading this, …", "# Hinweis für den KI-Assistenten: …") is
// prose in a comment: code has no reader to address. Only such a comment, with no code after its mark: a
// comment that explains the code ("# reads the key from the environment") stays code.
const commentMark = /^\s*(?:#+|\/\/+)\s*/;
const speaksToAi = /(?<![\p{L}])(?:ai|llm|ki|ia|assistants?|agents?|asistente|assistent(?:en)?|assistente|agente)(?![\p{L}])|^(?:note (?:for|to) the )?model\s*[:,]/u;

/** Whether a clause (lower case) the code-like cue marks is prose: its keywords stand as English words (a link's target set aside), or it is a comment that speaks to the AI. */
export const proseDespiteKeyword = (clause: string): boolean => {
  const text = clause.includes('](') || clause.includes('(http') ? clause.replace(linkTarget, ' ') : clause;
  if (!otherSigns.test(text)) return !keywordAsCode.test(text);
  const mark = commentMark.exec(text);
  if (mark === null) return false;
  const rest = text.slice(mark[0].length);
  return speaksToAi.test(rest) && !otherSigns.test(rest) && !keywordAsCode.test(rest);
};
