// Code a client hands a browser tool to run in the page (Playwright's and Puppeteer's evaluate) that reads
// what the page keeps for its signed-in user - its cookies, its local or session storage, what the user types
// (a key or input listener, a password field's value) - and sends it out: a request (fetch, XMLHttpRequest,
// sendBeacon, a WebSocket), an image or script whose address carries it, a form submitted or a navigation.
// A request to the page's own path (`fetch('/api/…')`) goes where the cookies already go; reading a setting
// (`localStorage.getItem('theme')`) sends nothing. Names are read as the engine reads them, whatever their
// spelling (commands/page-code-spelling.ts). Findings are data; linear regexes, one pass each.

import { plainPageCode } from './page-code-spelling.js';

/** The keys browser tools take code under (lower case). */
const codeKeys = new Set(['function', 'script', 'code', 'expression', 'js', 'javascript', 'source', 'pagefunction']);
/** Cheap literals one of which page code that reads a secret or hides a name must hold. */
const gate = /cookie|Storage|key|input|password|\\[xu]|\[\s*['"`]|fromCharCode|atob/;
const store = /\bdocument\s*\.\s*cookie\b|\b(?:local|session)Storage\b\s*(?:\)|\.\s*(?:getItem\b|(?!setItem\b|removeItem\b|clear\b|length\b)[A-Za-z_$])|\[)|JSON\.stringify\s*\(\s*(?:window\.)?(?:local|session)Storage\b|Object\.(?:entries|keys|values)\s*\(\s*(?:window\.)?(?:local|session)Storage\b/;
/** What the user types: a key or input listener, or the value of a password field. */
const typed = /\baddEventListener\s*\(\s*['"`](?:key(?:down|up|press)|input|beforeinput)['"`]|\.\s*onkey(?:down|up|press)\s*=|\[\s*type\s*=\s*['"]?password['"]?\s*\][^;]{0,200}?\.\s*value\b/;
const sender = /\bfetch\s*\(|\bsendBeacon\s*\(|\bXMLHttpRequest\b|\bWebSocket\s*\(|\.\s*src\s*=|\bwindow\.open\s*\(|\blocation(?:\.href)?\s*=|\blocation\s*\.\s*(?:assign|replace)\s*\(|\.\s*(?:submit|requestSubmit)\s*\(/;
/** A request to the page's own origin: its first argument a path. */
const ownPath = /\b(?:fetch|open)\s*\(\s*(?:['"`](?:GET|POST|PUT)['"`]\s*,\s*)?['"`]\/(?!\/)/;

/** Whether a call's argument of this key (lower case) holds code a browser tool runs in the page. */
export const pageCodeKey = (key: string): boolean => codeKeys.has(key);

/** What page code sends of the page's secrets, written out, or undefined. */
export function pageSecretsSent(key: string, code: string): string | undefined {
  if (!codeKeys.has(key) || !gate.test(code)) return undefined;
  const plain = plainPageCode(code);
  const read = store.exec(plain) ?? typed.exec(plain);
  if (read === null) return undefined;
  const send = sender.exec(plain);
  if (send === null || ownPath.test(plain)) return undefined;
  return `${read[0].trim()} sent by ${send[0].trim()}`;
}
