import { base64Bytes } from '../semantic/model.js';

// A resource's `blob` is base64 of any media type. Of a text type (a Markdown file, JSON, a script) it is
// text a host may decode and hand to the model, so readers read it; of any other it is machine data.

const textMedia = /^\s*(?:text\/|application\/(?:json|xml|yaml|x-yaml|toml|javascript|x-sh|x-python|markdown|x-markdown)\b|[\w.-]+\/[\w.-]+\+(?:json|xml|yaml)\b)/i;

/** Whether `mimeType` names a media type of text. */
export const isTextMedia = (mimeType: unknown): boolean => typeof mimeType === 'string' && textMedia.test(mimeType);

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
