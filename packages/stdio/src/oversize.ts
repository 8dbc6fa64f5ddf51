import { type AdapterEvent, type Guard, type InspectContext, type MessageShape, type Outcome, outcomeOf, type Sender, type Verdict } from '@vanguard/core';

import { carryOut, type Route } from './carry-out.js';
import type { OversizeLine } from './lines.js';
import { idFromTail, shapeOfHead } from './shape.js';
import { write } from './write.js';

/** What one direction remembers between oversize lines. */
export interface OversizeState {
  /**
   * Whether the guard refused the last oversize line of this direction. Its answer depends only on the
   * profile, scopes and side, which do not change for a lane: once known, a line whose id sits at its
   * end is decided once, at its end, instead of when it crosses the limit.
   */
  refuses: boolean | undefined;
}

/** How an oversize line was carried out. */
export interface OversizeResult {
  readonly verdict: Verdict;
  readonly outcome: Outcome;
  /**
   * Set when the last write (the line's last bytes, or what replaced it) asks to wait for the receiver.
   * The caller reports the verdict before waiting, as for a whole line: once the stream drains, a receiver
   * in the same process may already have read the message.
   */
  readonly pending: Promise<void> | undefined;
}

/**
 * An oversize line, carried out as `guard.decide` says: `forward` streams its bytes on to the receiver as
 * they arrive (in order: the lane waits for its end), anything else discards them and answers, replaces
 * or drops. Whether it may stream on must be known when it crosses the limit; its id may only come with
 * its last bytes (the SDKs write `id` last). So the first refused line whose id was not in its head is
 * decided twice (two audit events: the refusal as far as it was read, then with its id).
 */
export async function handleOversize(
  line: OversizeLine,
  from: Sender,
  guard: Guard,
  context: Omit<InspectContext, 'from'>,
  limit: number,
  route: Route,
  state: OversizeState,
  log: (message: string) => void,
): Promise<OversizeResult> {
  const head = shapeOfHead(line.head);
  const event = (size: number, id: string | number | undefined): AdapterEvent => ({ kind: 'oversize', from, size, limit, shape: head.shape, ...(id === undefined ? {} : { id }) });
  let id = head.id;
  let verdict: Verdict | undefined;
  if (id !== undefined || state.refuses !== true) {
    verdict = await guard.decide(event(line.sizeSoFar, id), context);
    state.refuses = verdict.disposition.kind !== 'forward';
  }
  if (verdict?.disposition.kind === 'forward') {
    const { pending } = await stream(line, route);
    id ??= idFromTail(line.body.tail);
    if (id !== undefined) route.delivered(shapeOf(from, head.shape, id));
    return { verdict, outcome: 'forwarded', pending };
  }
  await line.body.discard();
  const tailId = id === undefined ? idFromTail(line.body.tail) : undefined;
  if (verdict === undefined || tailId !== undefined) {
    id ??= tailId;
    verdict = await guard.decide(event(line.body.size, id), context);
    state.refuses = verdict.disposition.kind !== 'forward';
  }
  const disposition = verdict.disposition;
  // Its bytes are gone: a verdict that changed its mind mid-line cannot be carried out any more.
  if (disposition.kind === 'forward') log(`dropped a ${line.body.size}-byte line from the ${from}: it was already discarded when the guard let it through`);
  const pending = carryOut(disposition, route, () => undefined);
  return { verdict, outcome: disposition.kind === 'forward' ? 'dropped' : outcomeOf(disposition), pending };
}

/**
 * Passes an oversize line on as it arrives, waiting for the receiver when it asks to, except after the
 * last bytes: that wait is returned (in an object, so that returning it does not await it).
 */
async function stream(line: OversizeLine, route: Route): Promise<{ pending: Promise<void> | undefined }> {
  const body = line.body;
  for (let chunk = await body.next(); chunk !== undefined; chunk = await body.next()) {
    const pending = write(route.receiver, chunk);
    if (body.taken && body.complete) return { pending };
    if (pending) await pending;
  }
  // Reading stopped mid-line: end it, so the next message is not glued to it.
  return { pending: body.complete ? undefined : write(route.receiver, '\n') };
}

/** What the receiver got, as far as in-flight tracking cares. */
function shapeOf(from: Sender, shape: ReturnType<typeof shapeOfHead>['shape'], id: string | number): MessageShape {
  if (from === 'client') return shape === 'response' ? { kind: 'response', id } : { kind: 'request', id, method: '' };
  return shape === 'request' ? { kind: 'request', id, method: '' } : { kind: 'response', id };
}
