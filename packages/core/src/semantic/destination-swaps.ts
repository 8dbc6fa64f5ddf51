// Where the user's money or mail goes, chosen by the text instead of the user, in any language: a literal
// destination (an IBAN, an account or card-length number, a wallet, an e-mail address, a phone number)
// that the text puts in place of the one the user gives, either by setting the user's choice aside ("whatever
// account the user names", "sea cual sea el que indique el usuario", "какой бы счёт ни назвал пользователь")
// or by a verb of replacing with the literal as the new value ("replace the payee with …", "ersetzt die IBAN
// durch …", "troque a chave por …"). payment-swaps.ts reads the English redirects of payments; this reads the
// swap itself. A tool that asks the user for the destination, or confirms it, names no literal of its own;
// "replace you@example.com with your address" puts the literal before the new value, so it passes.

import { readerGate } from './reader-gates.js';
import { ibanShape, longNumberShape, walletShape } from './money-literals.js';

/**
 * A literal destination: an account money goes to as money-literals.ts reads one (an IBAN, a long number, an
 * EVM or Bitcoin wallet), a TRON wallet, an e-mail address, a phone number. An address is read from the start of
 * its run of letters and dots only: tried from every character of a long run, it took 195 s on 256 KB.
 */
const destination = new RegExp(
  `${ibanShape}|${longNumberShape}|${walletShape}|(?<![\\p{L}\\p{N}])t[1-9a-hj-np-z]{33}(?![\\p{L}\\p{N}])|(?<![\\w.+-])[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)*\\.[a-z]{2,}|\\+\\d{1,3}[ -]?\\d`,
  'gu',
);
/** A cheap first test for `destination`: an `@` between word characters, or two digits in a row. */
const destinationQuick = /\w@\w|\d\d/;

/** The one who picks the destination when nothing interferes. */
const user = /user|customer|client|usuari|usuári|utilizador|utente|utilisateur|nutzer|kunde|gebruiker|klant|пользовател|клиент|kullanıcı|użytkownik|用户|使用者|ユーザー|사용자|उपयोगकर्ता/u;

/** The user's choice set aside: whatever, regardless, even if, ignore, instead of (thirteen languages). */
const setAside = new RegExp(
  [
    String.raw`\b(?:whatever|whichever|regardless|no matter|even if|even when|ignore|ignoring|instead of|rather than|aside)\b`,
    String.raw`sea cual sea|cualquiera que|aunque|ignora|independientemente|en lugar de|en vez de`,
    String.raw`qualquer que seja|mesmo que|mesmo se|ignore|em vez de`,
    String.raw`qualunque|anche se|invece d`,
    String.raw`quel que soit|quelle que soit|même si|au lieu d`,
    String.raw`egal|auch wenn|selbst wenn|ignorier|anstatt|unabhängig`,
    String.raw`ook als|zelfs als|negeer|ongeacht|in plaats van`,
    String.raw`какой бы|какую бы|что бы|даже если|игнорир|вместо|независимо`,
    String.raw`ne olursa|olsa bile|yok say|yerine`,
    String.raw`niezależnie|nawet jeśli|zignoruj|zamiast`,
    String.raw`无论|不管|忽略|而不是|関係なく|無視|代わりに|상관없이|무시|대신|चाहे|अनदेखा|बजाय`,
  ].join('|'),
  'u',
);

/** A verb of replacing, up to the word that introduces the new value (with, by, por, durch, на …). */
const replaces = new RegExp(
  [
    String.raw`\b(?:replace|replaces|replacing|substitute|substitutes|swap|swaps|switch|switches|change|changes|set|sets)\b[^.;]{0,60}?\b(?:with|by|for|to)\b`,
    String.raw`\b(?:reemplaza|sustituye|cambia|troque|troca|troca-se|substitua|substitui|altere|altera|muda|sostituisci|sostituisce|remplace|remplacez)\b[^.;]{0,60}?\b(?:por|pelo|pela|con|par|para|a)\b`,
    String.raw`\bersetz\p{L}*[^.;]{0,60}?\b(?:durch|mit)\b|\btausch\p{L}*[^.;]{0,60}?\bgegen\b`,
    String.raw`\bvervang\p{L}*[^.;]{0,60}?\bdoor\b|\bzet\b[^.;]{0,60}?\bop\b`,
    String.raw`(?:замени|заменяй|подставл|подставь|поменя|измени)\p{L}*`,
    String.raw`değiştir|改成|换成|改为|替换为|置き換え|바꾸|바꿔|बदल`,
  ].join('|'),
  'u',
);

/**
 * What the destination is: a recipient, an account, a payment key, a copy (thirteen languages). Every
 * character is in the BMP and `\b` reads ASCII word characters with or without the `u` flag: without it the
 * regex matches alike, a quarter quicker (it is the first test of every clause with two digits in a row).
 */
const destinationNoun = /recipient|payee|beneficiar|account|iban|wallet|\bbcc\b|destinat|cuenta|conta\b|chave|\bpix\b|conto|compte|empfänger|konto|rekening|ontvanger|сч[её]т|получател|кошел|alıcı|hesap|odbiorc|konto|收款|账户|地址|口座|宛先|계좌|받는|प्राप्तकर्ता|upi|boleto|código de barras/;

/** The gate of {@link mayNameDestination} (reader-gates.ts): most clauses with two digits in a row name no destination. */
export const destinationNounGate = readerGate(destinationNoun);

/** Whether a clause (lower case) may swap a destination: {@link swapsDestination}'s first test. */
export const maySwapDestination = (clause: string): boolean => destinationQuick.test(clause);

/** Whether a clause (lower case) names what a destination is: {@link swapsDestination}'s second test (a reader keeps it per clause). */
export const mayNameDestination = (clause: string): boolean => destinationNoun.test(clause);

/**
 * Whether a clause (lower case) puts a literal destination in place of the user's (see above); `previous`: the
 * clause before it, which may name what the destination is or hold the literal (a default value then its rule).
 */
export function swapsDestination(clause: string, previous: string): boolean {
  if (!destinationQuick.test(clause) && !destinationQuick.test(previous)) return false;
  if (!destinationNoun.test(clause) && !destinationNoun.test(previous)) return false;
  const replaced = replaces.exec(clause);
  if (replaced !== null) return literalFrom(clause, replaced.index + replaced[0].length - 1);
  if (!user.test(clause) || !setAside.test(clause)) return false;
  return literalFrom(clause, 0) || literalFrom(previous, 0);
}

/** Whether a literal destination starts at or after `from` in `text`. */
function literalFrom(text: string, from: number): boolean {
  destination.lastIndex = from;
  return destination.test(text);
}
