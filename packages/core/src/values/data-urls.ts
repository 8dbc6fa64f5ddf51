import { decodedWhole } from '../text/encoded-prose.js';

// A data: URL of a text media type (a script, text, JSON, YAML) in a call is the text it carries: a tool that
// takes a source as a URL reads it so ("source": "data:text/x-shellscript;base64,…"). An image or any other
// binary type carries nothing a rule reads.
const textDataUrl = /^data:(?:text\/[\w.+-]+|application\/(?:x-sh|x-shellscript|x-python|x-powershell|javascript|x-javascript|json|x-yaml|yaml|xml|x-httpd-php))(?:;[\w.=-]+)*;base64,/i;

/** The text a data: URL of a text media type carries (decoded as a declared-encoded field is), or undefined. */
export function dataUrlText(value: string): string | undefined {
  const head = textDataUrl.exec(value.slice(0, 128));
  return head === null ? undefined : decodedWhole(value.slice(head[0].length));
}
