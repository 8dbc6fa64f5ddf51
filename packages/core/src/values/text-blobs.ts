import { base64Bytes } from '../semantic/model.js';

// A resource's `blob` is base64 of any media type. Of a text type (a Markdown file, JSON, a script) it is
// text a host may decode and hand to the model, so readers read it; of any other it is machine data, unless
// its bytes are text after all (a script labelled image/png): a host that sniffs them, or the model, reads them.

const textMedia = /^\s*(?:text\/|application\/(?:json|xml|yaml|x-yaml|toml|javascript|x-sh|x-python|markdown|x-markdown)\b|[\w.-]+\/[\w.-]+\+(?:json|xml|yaml)\b)/i;

/** Whether `mimeType` names a media type of text. */
export const isTextMedia = (mimeType: unknown): boolean => typeof mimeType === 'string' && textMedia.test(mimeType);

/** Base64 characters of a blob's head tested for text (48 bytes: past every binary format's signature). */
const headChars = 64;
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Whether a blob's bytes are text whatever its `mimeType` says: a text type, or a head of UTF-8 without
 * control characters (line ends and tabs aside). A server may label a script image/png; a host that sniffs the
 * bytes, or a model given them, reads the script. Real images, audio, archives and PDFs hold a control byte
 * or a byte that is no UTF-8 within their first bytes (PNG's 0x89, GIF's width, RIFF's size, PDF's binary line).
 */
export function isTextBlob(mimeType: unknown, blob: string): boolean {
  if (isTextMedia(mimeType)) return true;
  const head = blob.slice(0, headChars).replace(/[^A-Za-z0-9+/]/g, '');
  if (head.length < 8) return false;
  const bytes = base64Bytes(head.slice(0, head.length - (head.length % 4)));
  for (const byte of bytes) if (byte === 0x7f || (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d)) return false;
  // A character the head's end cuts is left out: its first bytes alone are no UTF-8.
  let end = bytes.length;
  while (end > 0 && end > bytes.length - 3 && (bytes[end - 1]! & 0xc0) === 0x80) end--;
  if (end > 0 && bytes[end - 1]! >= 0xc0) end--;
  else if (end < bytes.length) end = bytes.length;
  try {
    strictUtf8.decode(bytes.subarray(0, end));
  } catch {
    return false;
  }
  return true;
}

/** The most base64 characters of a blob decoded for the readers of a message's text (48 KiB of text). */
const maxBlob = 64 * 1024;
const lenient = new TextDecoder('utf-8');

/**
 * The text base64 `compact` (no white space) decodes to when every byte is printable ASCII, tabs and line ends
 * included; undefined for any other bytes (a binary blob, not a text sent encoded).
 */
export function printableBase64(compact: string): string | undefined {
  let out = '';
  for (const byte of base64Bytes(compact)) {
    if (byte > 0x7e || (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d)) return undefined;
    out += String.fromCharCode(byte);
  }
  return out;
}

/** The text a base64 blob holds, from its first {@link maxBlob} characters; invalid bytes read as U+FFFD. */
export function blobText(blob: string): string {
  const cut = blob.length > maxBlob ? blob.slice(0, maxBlob) : blob;
  return lenient.decode(base64Bytes(cut.replace(/-/g, '+').replace(/_/g, '/').replace(/[^A-Za-z0-9+/]/g, '')));
}
