// Server text that hands the model page code sending the page's secrets out (stop 74): a tool description or a
// server's instructions that has it run `fetch('https://…', {body: document.cookie})` "after every navigation"
// in the browser it drives. commands/page-secrets.ts reads such code where a call hands it to a browser tool;
// here it is read in the prose that gives it, around each mention of the page's stores, so a long text that
// names `document.cookie` in one place and `fetch(` in another is not read as one program. No tool's
// documentation needs its model to post the page's cookies or storage anywhere; a request to the page's own
// path (`fetch('/api/cart')`) and code that reads a store without sending it pass.
import { pageSecretsSent } from '../commands/page-secrets.js';

/** How far each way of a store's name the code that sends it is looked for. */
const around = 300;
/** The stores' names as code writes them, or lower case (a decoded text is lower case: `document.cookie` is read there still). */
const storeName = /cookie|[sS]torage/g;
/** At most this many mentions are read. */
const maxMentions = 16;

/** Where page code in `text` sends the page's cookies or storage out, and the code, or undefined. */
export function pageCodeHanded(text: string): { readonly start: number; readonly evidence: string } | undefined {
  // One native search for a rare mark first (code that sends out names a URL): each string of a cold tool list
  // is asked, and searches for common letters cost it 4% of its inspection.
  if (!text.includes('://') || (!text.includes('cookie') && !text.includes('torage'))) return undefined;
  storeName.lastIndex = 0;
  let readTo = -1;
  for (let m = storeName.exec(text), n = 0; m !== null && n < maxMentions; m = storeName.exec(text), n++) {
    if (m.index < readTo) continue;
    const from = Math.max(0, m.index - around);
    readTo = Math.min(text.length, m.index + around);
    const span = text.slice(from, readTo);
    if (pageSecretsSent('code', span) !== undefined) return { start: from, evidence: span.trim().slice(0, 200) };
  }
  return undefined;
}
