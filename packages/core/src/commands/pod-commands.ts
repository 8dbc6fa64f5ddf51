// What `kubectl exec POD -- CMD…` (or `oc exec`) runs, runs in the pod: the paths it names are the container's
// files (an nginx config, an app's log), not the machine the agent works on. The spans found here let a path
// inside them pass the system-location reading; a credential file named there is still read as one, and the
// command itself is still judged as a line of its own (commands/inner-runs.ts).

const podClient = /(?:^|[\s;&|(])(?:kubectl|oc)\s/g;
const dashes = /\s--\s/;
const execWord = /(?:^|\s)exec\s/;

/** Where the command starting at `from` ends: the first `;`, `&`, `|`, newline or `)` outside quotes. */
function commandEnd(text: string, from: number): number {
  let quote = '';
  for (let i = from; i < text.length; i++) {
    const c = text[i]!;
    if (quote !== '') {
      if (c === quote) quote = '';
      else if (c === '\\' && quote === '"') i++;
    } else if (c === "'" || c === '"') quote = c;
    else if (c === '\\') i++;
    else if (c === ';' || c === '&' || c === '|' || c === '\n' || c === ')') return i;
  }
  return text.length;
}

/** The spans (start, end) of `text` that a `kubectl exec … --` runs inside a pod, in order. One pass. */
export function podCommandSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  podClient.lastIndex = 0;
  for (let m = podClient.exec(text); m !== null; m = podClient.exec(text)) {
    const start = podClient.lastIndex;
    const end = commandEnd(text, start);
    const words = text.slice(start, end);
    const dash = words.search(dashes);
    if (dash >= 0 && execWord.test(words.slice(0, dash + 1))) spans.push([start + dash + 4, end]);
    // The next client is looked for past this command: each character is read once.
    podClient.lastIndex = Math.max(end, start);
  }
  return spans;
}
