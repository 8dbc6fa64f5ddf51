import { namesUserSecret } from '../semantic/elicits-secret.js';

// A campaign (a newsletter, a broadcast, a bulk SMS) the agent sends to a shop's or a company's customers that asks
// them to confirm, enter or send a login secret or their card: "re-confirm your card number, expiry and security
// code at our secure page", "verify your password here". No business asks its customers for these by mail: that
// is card phishing in the shop's own name. A campaign that says it will never ask ("we never ask for your
// password"), one that asks them to reset or update a password or a payment method (an expired card, a breach),
// and one about orders pass. The secret is named within the clause after the verb (elicits-secret.ts's names).

/** Words of a tool's name for a message to many people at once. */
const massWords = new Set(['campaign', 'campaigns', 'newsletter', 'newsletters', 'broadcast', 'broadcasts', 'blast', 'bulk', 'mass', 'flow', 'flows', 'sequence', 'announcement']);
/** Keys of a campaign's text. */
const bodyKeys = new Set(['html', 'body', 'content', 'text', 'message', 'subject', 'template', 'bodyhtml', 'htmlcontent', 'textcontent', 'preheader', 'sms']);
/** Verbs asking the reader to give a value (not to reset or update one), in English and a few languages of shops' mail. */
const asking = /\b(?:re-?confirm|confirm|verify|validate|re-?enter|enter|provide|submit|send us|reply with|type in|share|confirme|confirma|confirmar|verifique|verificar|introduzca|ingrese|ingresa|digite|informe|confirmez|v[ée]rifiez|saisissez|entrez|best[äa]tigen sie|geben sie|confermi|conferma|inserisci)\b/g;
/** A refusal before the verb ("we will never ask you to confirm …"). */
const refused = /\b(?:never|not|don't|do not|won't|will not|no one|nobody|nunca|jamais|niemals|nie|mai)\b/;
/** Stems one of which a text asking for a secret names (card, code, password, PIN; tarjeta, carte, Karte, carta, código, senha, contraseña, Passwort). */
const gateWords = ['card', 'code', 'pass', 'cv', 'pin', 'tarj', 'cart', 'kart', 'códi', 'codi', 'senha', 'contrase', 'kennw'];
/** The clause read after an asking verb for the secret it names. */
const reach = 90;
/** The most asking verbs read in one text. */
const maxAsks = 32;
/** The longest text read (a campaign's HTML; its words are in its first 64 KiB). */
const maxText = 65_536;

const flatKey = (key: string): string => key.toLowerCase().replace(/[^a-z0-9]/g, '');

/** Whether a text (any case) asks its reader to give a login secret or their card. Linear: one scan, bounded reads. */
export function asksReaderForSecret(raw: string): boolean {
  const text = (raw.length > maxText ? raw.slice(0, maxText) : raw).toLowerCase();
  // Cheap gate: a card, a code or a password is named somewhere (in the languages of the verbs).
  if (!gateWords.some((w) => text.includes(w))) return false;
  asking.lastIndex = 0;
  let asks = 0;
  for (let m = asking.exec(text); m !== null && asks++ < maxAsks; m = asking.exec(text)) {
    if (refused.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + reach).replace(/<[^>]{0,200}>/g, ' ');
    const clause = after.split(/[.!?\n]/, 1)[0]!;
    if (namesUserSecret(clause)) return true;
  }
  return false;
}

/** The request for a secret a mass message makes (a sentence), or undefined. `words` are the tool's name as words. */
export function campaignAsksSecret(words: readonly string[], args: unknown): string | undefined {
  if (typeof args !== 'object' || args === null || Array.isArray(args) || !words.some((w) => massWords.has(w))) return undefined;
  for (const [k, value] of Object.entries(args)) {
    if (typeof value === 'string' && bodyKeys.has(flatKey(k)) && asksReaderForSecret(value)) return `a mass message asks its recipients for a login secret or their card (${k})`;
  }
  return undefined;
}
