// Base64 of gzip ("H4sI…", the gzip magic 1f 8b 08 in base64) is text a model asked to "gunzip then read" or
// a tool that decompresses its input turns back into what was compressed, so what it spells is read as base64
// prose is. A small DEFLATE decoder (RFC 1951, in the manner of zlib's puff): runtime-neutral, and bounded by
// the output it may write (the caller's budget) and by its input, so a bomb stops at the budget and a cut
// stream at its end.

const base64Value = new Int8Array(128).fill(-1);
for (let i = 0; i < 64; i++) base64Value['ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'.charCodeAt(i)] = i;
base64Value[45] = 62; // URL-safe '-'
base64Value[95] = 63; // URL-safe '_'

/** Whether `text` holds the base64 of a gzip stream at `start`. */
export const beginsGzip = (text: string, start = 0): boolean => text.startsWith('H4sI', start);

/** The bytes base64 from `start` to `end` of `text` spells (other characters skipped), at most `max`. */
function base64Bytes(text: string, start: number, end: number, max: number): Uint8Array {
  const out = new Uint8Array(Math.min(max, Math.ceil(((end - start) * 3) / 4)));
  let n = 0;
  let bits = 0;
  let value = 0;
  for (let i = start; i < end && n < out.length; i++) {
    const c = text.charCodeAt(i);
    const v = c < 128 ? base64Value[c]! : -1;
    if (v < 0) continue;
    value = ((value << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[n++] = (value >> bits) & 0xff;
    }
  }
  return out.subarray(0, n);
}

const lengthBase = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258];
const lengthExtra = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
const distBase = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577];
const distExtra = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];
const codeOrder = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

interface Huffman {
  readonly count: Uint16Array;
  readonly symbol: Uint16Array;
}

/** A canonical Huffman code from its code lengths. */
function huffman(lengths: ArrayLike<number>, n: number): Huffman {
  const count = new Uint16Array(16);
  const symbol = new Uint16Array(n);
  for (let i = 0; i < n; i++) count[lengths[i]!]!++;
  const offs = new Uint16Array(16);
  for (let len = 1; len < 15; len++) offs[len + 1] = offs[len]! + count[len]!;
  for (let i = 0; i < n; i++) if (lengths[i] !== 0) symbol[offs[lengths[i]!]!++] = i;
  return { count, symbol };
}

const fixedLengths = new Uint8Array(288).fill(8, 0, 144).fill(9, 144, 256).fill(7, 256, 280).fill(8, 280, 288);
const fixedLit = huffman(fixedLengths, 288);
const fixedDist = huffman(new Uint8Array(30).fill(5), 30);

class Truncated extends Error {}

/** The bytes a raw DEFLATE stream from `pos` of `input` inflates to, at most `max` (a cut or bad stream: what came before). */
function inflate(input: Uint8Array, pos: number, max: number): Uint8Array {
  const out = new Uint8Array(max);
  let n = 0;
  let bitBuf = 0;
  let bitCount = 0;
  const bits = (need: number): number => {
    while (bitCount < need) {
      if (pos >= input.length) throw new Truncated();
      bitBuf |= input[pos++]! << bitCount;
      bitCount += 8;
    }
    const v = bitBuf & ((1 << need) - 1);
    bitBuf >>>= need;
    bitCount -= need;
    return v;
  };
  const decode = (h: Huffman): number => {
    let code = 0;
    let first = 0;
    let index = 0;
    for (let len = 1; len <= 15; len++) {
      code |= bits(1);
      const count = h.count[len]!;
      if (code - count < first) return h.symbol[index + (code - first)]!;
      index += count;
      first = (first + count) << 1;
      code <<= 1;
    }
    throw new Truncated();
  };
  try {
    for (let last = 0; last === 0 && n < max; ) {
      last = bits(1);
      const type = bits(2);
      if (type === 0) {
        bitBuf = 0;
        bitCount = 0;
        if (pos + 4 > input.length) break;
        const len = input[pos]! | (input[pos + 1]! << 8);
        pos += 4;
        for (let i = 0; i < len && n < max && pos < input.length; i++) out[n++] = input[pos++]!;
        continue;
      }
      let lit = fixedLit;
      let dist = fixedDist;
      if (type === 2) {
        const nlen = bits(5) + 257;
        const ndist = bits(5) + 1;
        const ncode = bits(4) + 4;
        const lengths = new Uint8Array(320);
        for (let i = 0; i < ncode; i++) lengths[codeOrder[i]!] = bits(3);
        const lencode = huffman(lengths, 19);
        lengths.fill(0);
        for (let i = 0; i < nlen + ndist; ) {
          const sym = decode(lencode);
          if (sym < 16) lengths[i++] = sym;
          else {
            const prev = sym === 16 ? (i === 0 ? -1 : lengths[i - 1]!) : 0;
            if (prev < 0) return out.subarray(0, n);
            const times = sym === 16 ? 3 + bits(2) : sym === 17 ? 3 + bits(3) : 11 + bits(7);
            if (i + times > nlen + ndist) return out.subarray(0, n);
            for (let k = 0; k < times; k++) lengths[i++] = prev;
          }
        }
        lit = huffman(lengths.subarray(0, nlen), nlen);
        dist = huffman(lengths.subarray(nlen, nlen + ndist), ndist);
      } else if (type === 3) break;
      for (;;) {
        const sym = decode(lit);
        if (sym < 256) {
          if (n >= max) break;
          out[n++] = sym;
        } else if (sym === 256) break;
        else {
          const li = sym - 257;
          if (li >= 29) return out.subarray(0, n);
          const len = lengthBase[li]! + bits(lengthExtra[li]!);
          const di = decode(dist);
          if (di >= 30) return out.subarray(0, n);
          const back = distBase[di]! + bits(distExtra[di]!);
          if (back > n) return out.subarray(0, n);
          for (let k = 0; k < len && n < max; k++, n++) out[n] = out[n - back]!;
          if (n >= max) break;
        }
      }
    }
  } catch (e) {
    if (!(e instanceof Truncated)) throw e;
  }
  return out.subarray(0, n);
}

/**
 * What the base64 of a gzip stream from `start` to `end` of `text` inflates to, at most `max` bytes, or
 * undefined when it is no gzip stream (the base64 is read up to what `max` bytes of compressed data take:
 * compression only shrinks what prose holds).
 */
export function gunzippedBase64(text: string, start: number, end: number, max: number): Uint8Array | undefined {
  const bytes = base64Bytes(text, start, end, max);
  if (bytes.length < 18 || bytes[0] !== 0x1f || bytes[1] !== 0x8b || bytes[2] !== 8) return undefined;
  const flags = bytes[3]!;
  let pos = 10;
  if (flags & 4) pos += 2 + (bytes[pos]! | (bytes[pos + 1]! << 8));
  if (flags & 8) while (pos < bytes.length && bytes[pos++] !== 0);
  if (flags & 16) while (pos < bytes.length && bytes[pos++] !== 0);
  if (flags & 2) pos += 2;
  if (pos >= bytes.length) return undefined;
  return inflate(bytes, pos, max);
}
