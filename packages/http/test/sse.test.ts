import { encodeSseEvent, parseSseEvent, readSseEvents } from '@vanguard/http';
import { describe, expect, it } from 'vitest';

function streamOf(chunks: readonly string[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
      controller.close();
    },
  });
}

async function collect(chunks: readonly string[], max = 1 << 16) {
  const out = [];
  for await (const event of readSseEvents(streamOf(chunks), max)) out.push(event);
  return out;
}

describe('SSE events', () => {
  it('parse id, event and multi-line data, ignoring comments', () => {
    expect(parseSseEvent(': keep-alive\nevent: message\nid: 7\ndata: {"a":\ndata: 1}')).toEqual({
      raw: ': keep-alive\nevent: message\nid: 7\ndata: {"a":\ndata: 1}',
      id: '7',
      event: 'message',
      data: '{"a":\n1}',
    });
    expect(parseSseEvent('id: 1\nretry: 500').data).toBeUndefined();
  });

  it('split a stream into events wherever the chunks break, with every kind of line ending', async () => {
    const text = 'id: 1\ndata: one\n\nid: 2\r\ndata: two\r\n\r\ndata: three\r\rdata: four\n\n';
    for (let cut = 1; cut < text.length; cut++) {
      const events = await collect([text.slice(0, cut), text.slice(cut)]);
      expect(events.map((e) => e.data), `cut at ${cut}`).toEqual(['one', 'two', 'three', 'four']);
    }
  });

  it('refuse an event larger than the limit instead of buffering it', async () => {
    await expect(collect(['data: ' + 'x'.repeat(5000)], 1000)).rejects.toThrow(RangeError);
  });

  it('encode data lines so the event round-trips', () => {
    const encoded = encodeSseEvent({ id: '3', event: 'message', data: 'a\nb' });
    expect(encoded).toBe('event: message\nid: 3\ndata: a\ndata: b\n\n');
    expect(parseSseEvent(encoded.trimEnd()).data).toBe('a\nb');
  });
});
