/**
 * Bounded fingerprints of text: hashes of normalized shingles (12 characters, whitespace removed), thinned
 * by winnowing (the smallest hash of every 6 consecutive shingles), so any shared run of 17 or more
 * characters between two texts shares at least one fingerprint. Only 32-bit hashes are kept, never text.
 */
const K = 12;
const W = 6;
const BASE = 0x01000193;

/** BASE^K mod 2^32, to drop the oldest character from the rolling hash. */
const BASE_K = (() => {
  let p = 1;
  for (let i = 0; i < K; i++) p = Math.imul(p, BASE);
  return p;
})();

const isSpace = (c: number): boolean => c === 32 || (c >= 9 && c <= 13) || c === 0xa0;

/** Calls `emit` with the winnowed shingle hashes of `text` (canonical, lower-case text), in order. Linear. */
export function winnow(text: string, emit: (hash: number) => void, maxChars = Infinity): void {
  const ring = new Int32Array(K);
  const window = new Int32Array(W);
  let kept = 0;
  let hash = 0;
  let shingles = 0;
  let lastPicked = -1;
  const end = Math.min(text.length, maxChars);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) continue;
    const slot = kept % K;
    hash = (Math.imul(hash, BASE) + c - Math.imul(ring[slot]!, BASE_K)) | 0;
    ring[slot] = c;
    kept++;
    if (kept < K) continue;
    window[shingles % W] = hash;
    shingles++;
    if (shingles < W) continue;
    // The rightmost smallest hash of the last W shingles.
    let best = shingles - 1;
    for (let j = shingles - 2; j >= shingles - W; j--) if (window[j % W]! < window[best % W]!) best = j;
    if (best !== lastPicked) {
      lastPicked = best;
      emit(window[best % W]! >>> 0);
    }
  }
  // A text shorter than one window still gets its smallest shingle.
  if (shingles > 0 && shingles < W) {
    let best = 0;
    for (let j = 1; j < shingles; j++) if (window[j]! < window[best]!) best = j;
    emit(window[best]! >>> 0);
  }
}

/** A 53-bit hash of a short token (two 32-bit FNV-1a variants), for provenance sets. */
export function tokenHash(token: string): number {
  let a = 0x811c9dc5;
  let b = 0x050c5d1f;
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193) ^ (b >>> 15);
  }
  return (a >>> 0) * 0x200000 + ((b >>> 0) & 0x1fffff);
}
