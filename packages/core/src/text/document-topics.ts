// A secret's name that heads a document's name names the document, not the secret: "the password policy",
// "the password-policy page", "the API key rotation guide", "the secrets handbook". Office mail asks people
// to pass such pages on to colleagues and new hires all the time ("send the onboarding checklist and the
// password policy to Dana"); what goes out is the page, which holds rules about passwords and no password.
// A rule about sending secrets out reads its match again with such names blanked (rule-layer.ts): a secret
// named for itself beside one ("the password policy and the admin passwords") is still sent.

/** A secret's name, then up to one word of what it is about ("key rotation"), then a document's name. */
const topic =
  /\b(?:passwords?|passphrases?|credentials?|secrets?|tokens?|api[\s_-]*keys?|access[\s_-]+keys?|ssh[\s_-]+keys?|private[\s_-]+keys?)(?:[\s_-]+(?:rotation|reset|handling|storage|management|security|hygiene|sharing))?[\s_-]+(?:policy|policies|guidelines?|guide|handbook|requirements|rules|standards?|training|faq|documentation|docs?)\b/g;

/** Cheap literals one of which a text must hold to have a document named for a secret. */
const documentWords = ['polic', 'guide', 'handbook', 'requirement', 'rules', 'standard', 'training', 'faq', 'doc'];

/**
 * `text` (lower case, as rules read it) with each secret's name that heads a document's name blanked to spaces
 * (the document's word and the length kept, so offsets hold); '' when there is none.
 */
export function documentTopicsBlanked(text: string): string {
  if (!documentWords.some((w) => text.includes(w))) return '';
  let changed = false;
  const out = text.replace(topic, (name) => {
    changed = true;
    // The document's word is the name's last letters: blank what stands before it (a search from the front
    // for the separator before it would try every separator of a long run).
    let head = name.length;
    while (head > 0 && /[a-z]/.test(name[head - 1]!)) head--;
    return ' '.repeat(head) + name.slice(head);
  });
  return changed ? out : '';
}
