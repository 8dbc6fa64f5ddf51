/** Reads a request body up to `max` bytes; past that only its size so far (the rest is not read). */
export async function readBody(message: Request, max: number): Promise<{ bytes: Uint8Array } | { tooLarge: number }> {
  const declared = Number(message.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > max) return { tooLarge: declared };
  if (message.body === null) return { bytes: new Uint8Array(0) };
  return readStreamBounded(message.body as ReadableStream<Uint8Array>, max);
}

/** Reads a byte stream whole up to `max` bytes; past that it is cancelled and only its size so far is told. */
export async function readStreamBounded(body: ReadableStream<Uint8Array>, max: number): Promise<{ bytes: Uint8Array } | { tooLarge: number }> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel().catch(() => undefined);
      return { tooLarge: size };
    }
    chunks.push(value);
  }
  if (chunks.length === 1) return { bytes: chunks[0]! };
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { bytes };
}
