/**
 * State keys. Every key names what it holds (`corr`, `tools`, `layer`), the session, the server and the
 * principal it belongs to; parts are percent-encoded so a `:` in an id cannot forge another key.
 */
const part = (value: string | undefined): string => (value === undefined ? '' : encodeURIComponent(value));

export type KeyKind = 'corr' | 'tools' | 'layer' | 'server';

export function stateKey(kind: KeyKind, session: string, server: string, principal: string | undefined, name: string): string {
  return `${kind}:${part(session)}:${part(server)}:${part(principal)}:${name}`;
}
