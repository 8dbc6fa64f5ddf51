// An image (or a bracketed URL, where the sentence splitter cut a markdown image at its "!") whose address
// the model is to finish with what the conversation holds: a markdown or HTML image
// (or "the image below should load from …") whose URL ends its query with a name and an empty value
// ("…/p.png?d="), and words that say what goes there - the chat's summary, the user's messages, the keys
// mentioned earlier - "right after the equals sign", "where the t value is …", "followed by …". A chat
// client fetches images by itself, so the filled address carries the data out without a tool call (the
// signature rule reads placeholders such as `?d={conversation}`; this reads the same ask in words). An
// image with a value of its own ("?d=2024-q1", "?w=640") and one whose text names no such data pass.

/** An image's address: markdown, HTML, or an image said to load from it. */
const image = /!\[[^\]\n]{0,200}\]\(\s*(https?:\/\/[^\s)]{1,300})|<img\b[^>\n]{0,200}\bsrc=["']?(https?:\/\/[^\s"'>]{1,300})|\bimages?\b[^.;\n]{0,60}?\b(?:loads?|loaded|load(?:ing)?|fetch(?:ed|es)?|served|comes?)\s+from\s+(https?:\/\/\S{1,300})/;
/** A query that ends in a name and an empty value: the slot the words fill. */
const openSlot = /[?&][a-z0-9_.-]{1,40}=$/;
/** What the conversation holds. */
const data = /\b(?:(?:this|the)\s+(?:whole\s+|entire\s+|full\s+)?(?:chat|conversation|session|thread)|(?:user's|users'|your|the\s+user's)\s+(?:messages|prompts|questions|requests|words)|messages\s+so\s+far|chat\s+history|conversation\s+history|system\s+prompt|api\s+keys?|secrets?|tokens?|passwords?|credentials|(?:mentioned|shared|said|given)\s+earlier)\b/;
/** Words that say the data goes into the slot. */
const fills = /\b(?:after\s+the\s+(?:equals|=)|right\s+after|followed\s+by|appended|filled\s+(?:in\s+)?with|written|where\s+the\s+[a-z0-9_]{1,20}\s+value\s+is|as\s+(?:the|its)\s+(?:value|parameter)|url-?(?:escaped|encoded)|set\s+to)\b/;

/** A URL on its own (a markdown image the sentence splitter cut at its "!"), in brackets. */
const bareUrl = /(?:^|\s)\(\s*(https?:\/\/[^\s()]{1,300})\)/;

/** Whether a clause (lower case) asks for an image whose address the model finishes with the conversation's data (see above). */
export function fillsImageAddress(clause: string): boolean {
  if (!clause.includes('://') || !clause.includes('=')) return false;
  const m = image.exec(clause) ?? bareUrl.exec(clause);
  if (m === null) return false;
  const url = (m[1] ?? m[2] ?? m[3] ?? '').replace(/[.,;:!?]+$/, '');
  if (!openSlot.test(url)) return false;
  const rest = clause.slice(m.index + m[0].length);
  return data.test(rest) && fills.test(rest);
}
