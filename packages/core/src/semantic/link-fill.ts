// A markdown link or image whose address carries what the model saw: a query value left as a placeholder
// (`?ctx=CONVERSATION`, `?k=TOKEN`, `?q={the user's email}`) that the text says to fill with the
// conversation, the context's secrets or the user's details ("where CONVERSATION is the full chat", "en
// remplaçant SECRETS par les variables d'environnement", "filling in the token you see in the context"). A
// chat client renders the link or fetches the image, so the filled address takes the data out without a
// tool call. image-fill.ts reads an image whose query ends open (`?d=`); this reads the placeholder. A link
// with a value of its own, a path placeholder (`/{page}`) and an API example the user fills with their own
// key (no link the client renders, or no words that fill it with the session's data) pass.

/** A markdown link or image's address, up to its closing parenthesis (or in parentheses where the clause splitter cut the link at its bracket). */
const markdownLink = /(?:\]|^)\(\s*(https?:\/\/(?:[^\s(){}]|\{[^{}\n]{0,120}\}){1,300})\)/g;
/** A query value that is a placeholder: a word (the text is lower case), or braces around words. */
const slot = /[?&][a-z0-9_.-]{1,40}=(\{[^}]{1,120}\}|[a-z_]{3,40})(?=&|$|#)/g;

/** What the session holds: the conversation, its secrets, the user's details (English, French, Spanish, German, Portuguese, Italian). */
const data = new RegExp(
  [
    String.raw`\b(?:chat|conversation|session|thread|context|history|messages?|system prompt|secrets?|tokens?|api keys?|keys|passwords?|credentials|environment variables|env vars?|e-?mail|phone)\b`,
    // A secret named by its variable ("the value of OPENAI_API_KEY from the .env file you read") or its file.
    String.raw`[a-z0-9]_(?:[a-z0-9]+_)*(?:key|keys|token|tokens|secret|secrets|password|pass|pwd)\b|\.env\b|\.npmrc\b|\.netrc\b|\.git-credentials\b|\.aws\/credentials`,
    String.raw`conversaci[oó]n|historial|historique|verlauf|unterhaltung|secretos?|segredos?|segreti|geheimnis|contrase[ñn]as?|senhas?|mots? de passe|passw[oö]rter|jetons?|cl[eé]s|claves|chiavi|schlüssel|variables? d'environnement|variables de entorno|umgebungsvariablen|vari[aá]veis de ambiente|variabili d'ambiente`,
  ].join('|'),
  'u',
);

/** Words that fill a placeholder: "where X is", "replacing X with", "filling in" (the same six languages). */
const fillWords = /\b(?:fill(?:ing|s)?\s+in|filled\s+with|fill\s+it\s+with|put(?:ting)?\s+in)\b|remplissant|remplis|rellena|rellenando|preench|riempi|ausfüll|füll/u;
const fillFor = (name: string): RegExp =>
  new RegExp(String.raw`(?:\bwhere\s+|\bwith\s+|\bwo\s+|\bo[uù]\s+|\bdonde\s+|\bonde\s+|\bdove\s+)${name}\s+(?:is|=|ist|est|es|é|è)\b|(?:replac\w*|remplaç\w*|remplac\w*|reemplaz\w*|sustitu\w*|substitu\w*|sostitu\w*|ersetz\w*)\s+(?:the\s+|le\s+|el\s+|o\s+|il\s+)?${name}\b`, 'u');

/** A filler that is the reader's own: "with your key", "par votre clé". */
const ownFiller = /^\s*(?:with|by|par|por|con|durch|mit)?\s*(?:your|votre|vos|tu|tus|su|sus|dein|deine|ihr|ihre|il tuo|la tua|seu|sua)\s/u;

/** Whether a clause (lower case) asks for a rendered link whose placeholder the model fills with the session's data (see above); `previous`: the clause before it. */
export function fillsLinkSlot(clause: string, previous = ''): boolean {
  if (!clause.includes('://') || !clause.includes('=')) return false;
  markdownLink.lastIndex = 0;
  for (let m = markdownLink.exec(clause); m !== null; m = markdownLink.exec(clause)) {
    const url = m[1]!;
    slot.lastIndex = 0;
    for (let s = slot.exec(url); s !== null; s = slot.exec(url)) {
      const value = s[1]!;
      if (value.startsWith('{')) {
        if (data.test(value) && /\b(?:user|your|you|the)\b|usuario|utilisateur|nutzer/u.test(value)) return true;
        continue;
      }
      // The placeholder's own name says what goes there ("?k=token"), or the text says it ("where ctx is the chat").
      const fill = fillFor(value.replace(/[^a-z_]/g, '')).exec(clause);
      const filler = fill === null ? '' : clause.slice(fill.index + fill[0].length, fill.index + fill[0].length + 80);
      // "replacing your_api_key with your key": an API example the reader fills with their own.
      if (fill !== null && data.test(filler) && !ownFiller.test(filler)) return true;
      // Or the words before the link, in the clause before when the splitter cut it there.
      const before = m.index > 0 ? clause.slice(0, m.index) : previous;
      if (data.test(value.replace(/_/g, ' ')) && fillWords.test(before) && data.test(before)) return true;
    }
  }
  return false;
}
