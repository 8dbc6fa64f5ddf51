/** Which side of the connection sent a message. */
export type Side = 'client' | 'server';
/** A JSON object, as a JSON-RPC message or a part of one. */
export type Json = Record<string, unknown>;

/** A message sent earlier in the same session, so the guard has seen it before the one judged. */
export interface Step {
  readonly message: Json;
  readonly from: Side;
}

/**
 * One message as the guard sees it, with the request it answers when it is an answer. `earlier` replays a
 * conversation first (a tool list, then `list_changed`, then the list again); `beforeFrom` names the side
 * that sent `before` when it is not the client (a sampling request the client answers).
 */
export interface Exchange {
  readonly earlier?: readonly Step[];
  readonly before?: Json;
  readonly beforeFrom?: Side;
  readonly message: Json;
  readonly from: Side;
}
