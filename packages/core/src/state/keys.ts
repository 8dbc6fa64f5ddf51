/**
 * State keys. Every key names what it holds (`corr`, `tools`, `roots`, `layer`), the session, the server and the
 * principal it belongs to; parts are percent-encoded so a `:` in an id cannot forge another key.
 */
const part = (value: string | undefined): string => (value === undefined ? '' : unreserved(value) ? value : encodeURIComponent(value));

/** Whether encodeURIComponent leaves `value` as it is (letters, digits and `-_.!~*'()`): most ids. */
function unreserved(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39)) continue;
    if (c === 0x2d || c === 0x5f || c === 0x2e || c === 0x21 || c === 0x7e || c === 0x2a || c === 0x27 || c === 0x28 || c === 0x29) continue;
    return false;
  }
  return true;
}

export type KeyKind = 'corr' | 'tools' | 'roots' | 'layer' | 'server';

export function stateKey(kind: KeyKind, session: string, server: string, principal: string | undefined, name: string): string {
  return `${kind}:${part(session)}:${part(server)}:${part(principal)}:${name}`;
}
