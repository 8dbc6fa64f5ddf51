// Code a client hands a browser tool to run in the page (Playwright's and Puppeteer's evaluate) that reads
// what the page keeps for its signed-in user - its cookies, its local or session storage - and sends it out:
// a request (fetch, XMLHttpRequest, sendBeacon, a WebSocket) or an image or script whose address carries it.
// A request to the page's own path (`fetch('/api/…')`) goes where the cookies already go; reading a setting
// (`localStorage.getItem('theme')`) sends nothing. Findings are data; linear regexes, one pass each.

/** The keys browser tools take code under (lower case). */
const codeKeys = new Set(['function', 'script', 'code', 'expression', 'js', 'javascript', 'source', 'pagefunction']);
const store = /\bdocument\s*\.\s*cookie\b|\b(?:local|session)Storage\b\s*(?:\)|\.\s*getItem\b|\[)|JSON\.stringify\s*\(\s*(?:window\.)?(?:local|session)Storage\b|Object\.(?:entries|keys|values)\s*\(\s*(?:window\.)?(?:local|session)Storage\b/;
const sender = /\bfetch\s*\(|\bsendBeacon\s*\(|\bXMLHttpRequest\b|\bWebSocket\s*\(|\.\s*src\s*=|\bwindow\.open\s*\(|\blocation(?:\.href)?\s*=/;
/** A request to the page's own origin: its first argument a path. */
const ownPath = /\b(?:fetch|open)\s*\(\s*(?:['"`](?:GET|POST|PUT)['"`]\s*,\s*)?['"`]\/(?!\/)/;

/** What page code sends of the page's secrets, written out, or undefined. */
export function pageSecretsSent(key: string, code: string): string | undefined {
  if (!codeKeys.has(key) || (!code.includes('cookie') && !code.includes('Storage'))) return undefined;
  const read = store.exec(code);
  if (read === null) return undefined;
  const send = sender.exec(code);
  if (send === null || ownPath.test(code)) return undefined;
  return `${read[0].trim()} sent by ${send[0].trim()}`;
}
