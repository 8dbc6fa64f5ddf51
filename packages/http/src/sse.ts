/**
 * Server-Sent Events, as the gateway needs them: split a byte stream into events without buffering more
 * than one event, keep each event's raw text (forwarded unchanged when the guard forwards it), and
 * re-encode an event whose data the guard replaced.
 */

/** One SSE event: its fields as parsed, and its text exactly as received (without the blank line). */
export interface SseEvent {
  readonly raw: string;
  readonly id: string | undefined;
  readonly event: string | undefined;
  /** The data lines joined with `\n`; undefined when the event has no data field (priming, `retry:`). */
  readonly data: string | undefined;
}

/** Parses one event block (lines without the terminating blank line). Comments and unknown fields are kept in `raw` only. */
export function parseSseEvent(raw: string): SseEvent {
  let id: string | undefined;
  let event: string | undefined;
  let data: string[] | undefined;
  for (const line of raw.split(/\r\n|\r|\n/)) {
    if (line === '' || line.startsWith(':')) continue;
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    let value = colon < 0 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'data') (data ??= []).push(value);
    else if (field === 'id') id = value;
    else if (field === 'event') event = value;
  }
  return { raw, id, event, data: data?.join('\n') };
}

/** Encodes an event; `data` may span lines. */
export function encodeSseEvent(fields: { readonly id?: string | undefined; readonly event?: string | undefined; readonly data: string }): string {
  let out = '';
  if (fields.event !== undefined) out += `event: ${fields.event}\n`;
  if (fields.id !== undefined) out += `id: ${fields.id}\n`;
  for (const line of fields.data.split('\n')) out += `data: ${line}\n`;
  return `${out}\n`;
}

/**
 * Splits a stream of UTF-8 bytes into SSE event blocks as they complete. An event larger than `maxEventBytes`
 * is an error (the caller refuses the stream): nothing is buffered without bound.
 */
export async function* readSseEvents(body: ReadableStream<Uint8Array>, maxEventBytes: number, signal?: AbortSignal): AsyncGenerator<SseEvent> {
  const decoder = new TextDecoder();
  const reader = body.getReader();
  let buffer = '';
  let scanFrom = 0;
  const onAbort = (): void => void reader.cancel().catch(() => undefined);
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    for (;;) {
      const { done, value } = await reader.read();
      buffer += done ? decoder.decode() : decoder.decode(value, { stream: true });
      for (;;) {
        const end = findBlankLine(buffer, scanFrom);
        if (end === undefined) break;
        const block = buffer.slice(0, end.start);
        buffer = buffer.slice(end.end);
        scanFrom = 0;
        if (block !== '') yield parseSseEvent(block);
      }
      // Only the unfinished tail is rescanned (minus a possible half line break), so splitting is linear.
      scanFrom = Math.max(0, buffer.length - 3);
      if (buffer.length > maxEventBytes) throw new RangeError(`an SSE event is larger than ${maxEventBytes} bytes`);
      if (done) {
        if (buffer.trim() !== '') yield parseSseEvent(buffer);
        return;
      }
    }
  } finally {
    signal?.removeEventListener('abort', onAbort);
    reader.releaseLock();
  }
}

/** The first blank line (an event's end) at or after `from`: `\n\n`, `\r\n\r\n`, `\r\r` or mixes. */
function findBlankLine(text: string, from: number): { start: number; end: number } | undefined {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 10 && c !== 13) continue;
    let j = i + (c === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1);
    const d = text.charCodeAt(j);
    if (d === 10 || d === 13) {
      j += d === 13 && text.charCodeAt(j + 1) === 10 ? 2 : 1;
      // A lone trailing \r may still be followed by \n in the next chunk.
      if (j > text.length) return undefined;
      return { start: i, end: j };
    }
    if (j >= text.length) return undefined;
  }
  return undefined;
}
