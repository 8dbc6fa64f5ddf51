import { handedOver } from '../commands/secret-asking-messages.js';
import { urlHost } from '../values/url-hosts.js';

// What the session's browser is on, and what a call types or clicks there. A password typed into a page whose
// host dresses as another service's (values/posing-hosts.ts: lookalike letters, punycode, a top-level name
// inside the host), so that the address bar reads as the real service's. The page is the one the session's
// browser is on: the URL a navigation call opens, or the one a browser's answer reports (Playwright MCP's
// `Page URL:`, the `(current)` tab of a tab list, Puppeteer's `Navigated to`). A login on the real host, on
// localhost or on a staging host passes.
// An OAuth consent screen (a page under an `oauth`, `authorize` or `consent` path) that lists the power of a whole
// account in the words consent screens use ("delete all your email", "all of your Drive files", "full access to
// your mailbox"), then a click on its Allow: the grant commands/oauth-grants.ts reads in a consent URL's scopes,
// read here on the screen the user would have seen. A narrow grant (an e-mail address, a calendar) passes.
// A page whose text asks its reader to hand over a password (a chat widget's "type your password in this chat",
// commands/secret-asking-messages' handedOver), then a password-shaped value typed into a field that is no
// password field (the chat's message box): the secret goes to whoever reads that chat. A question typed there,
// and a password typed into the login form's own field, pass.

/** The host of an absolute http(s) URL at the start of `text`, or undefined (a browser's own pages, `about:blank`, name no site). */
function pageHost(text: string): string | undefined {
  return /^\s*https?:/i.test(text) ? urlHost(text) : undefined;
}

/** Where a browser's answer names the page it is on: Playwright MCP's page state, a tab list's current tab, Puppeteer's navigation. */
const pageMarks = ['Page URL: ', '(current) [', 'Navigated to '] as const;
/** Longest answer read for its page (a page state is short; a megabyte of HTML names no current page). */
const maxAnswer = 262_144;

/** The page a browser's answer says it is on: its host, and whether it is a consent screen granting a whole account. */
export type AnsweredPage = { readonly host: string; readonly consent: boolean; readonly asksSecret: boolean };

/** The page a browser's answer says it is on, or undefined (most answers name none). */
export function answeredPage(raw: string): AnsweredPage | undefined {
  if (raw.length > maxAnswer) return undefined;
  for (const mark of pageMarks) {
    const at = raw.indexOf(mark);
    if (at < 0) continue;
    let from = at + mark.length;
    // A tab line: `(current) [Title] (https://…)`.
    if (mark === '(current) [') {
      const close = raw.indexOf('] (', from);
      const end = raw.indexOf('\n', from);
      if (close < 0 || (end >= 0 && close > end)) continue;
      from = close + 3;
    }
    const url = raw.slice(from, from + 2048);
    const host = pageHost(url);
    if (host !== undefined) {
      // An accessibility snapshot quotes a node's text (`paragraph [ref=e4]: "…"`): that is the page speaking, not a quotation.
      const lower = raw.slice(0, maxScreen).toLowerCase().replaceAll(']: "', ']: ');
      return { host, consent: consentPath.test(url.slice(0, url.search(/[\s)]|$/))) && grantsWholeAccount(lower), asksSecret: handedOver(lower) !== undefined };
    }
  }
  return undefined;
}

/** A URL whose path is an OAuth authorization or consent step. */
const consentPath = /^https?:\/\/[^/?#\s]+\/[^?#\s]*(?:oauth|authorize|consent)/i;
/** The part of a page read for the powers it lists or a secret it asks for. */
const maxScreen = 65_536;
/** The power of a whole account as consent screens word it: every message or file, or full access to the mailbox or repositories. */
const wholeAccountPowers = [
  /\b(?:delete|send|read|manage|access|download)\b[^.\n]{0,60}?\ball (?:of )?(?:your|the) (?:[\w-]+ ){0,3}?(?:e-?mails?|mail|mailbox|messages|files|documents|contacts|repositories)\b/,
  /\bfull (?:access|control) (?:to|of|over) (?:your |all |the )?(?:[\w-]+ ){0,2}?(?:mailbox|mail|account|repositories|files|drive|organi[sz]ations?)\b/,
  /\bread and write (?:access to )?(?:your |all )?(?:mail|mailbox|files)\b/,
];

/** Whether a consent screen's text (lower case) lists a whole account's power. */
function grantsWholeAccount(lower: string): boolean {
  return wholeAccountPowers.some((power) => power.test(lower));
}

/** Words of a control that gives consent (`Allow`, `Authorize Invoice Buddy`, `Accept`). */
const approves = /^\s*(?:allow|authori[sz]e|accept|approve|grant|consent|confirm|continue|yes)\b/i;

/** Whether a click call's values press a control that gives consent: its `element`, `name` or `selector` says so. */
export function clicksConsent(values: readonly { readonly key: string; readonly raw: string }[]): boolean {
  for (const v of values) if (fieldKeys.has(v.key) && v.raw.length < 120 && approves.test(v.raw)) return true;
  return false;
}

/** What a browser tool's name says it does, as bits: read once per name (commands/tool-names.ts' `page`). */
export const PageTool = { Navigates: 1, Types: 2, Clicks: 4, Reads: 8 } as const;
/** Words of a tool that opens a page at a URL (`browser_navigate`, `page_goto`, `open_url`, `browser_tabs` with a URL). */
const navigates = new Set(['navigate', 'goto', 'visit', 'open', 'tab', 'tabs']);
/** Words of a browser tool whose answers may name the page it is on; other tools' answers (files, mails) are not read. */
const browserWords = new Set(['browser', 'page', 'tab', 'tabs', 'navigate', 'goto', 'snapshot', 'playwright', 'puppeteer', 'click', 'stagehand', 'browserbase']);

/** The {@link PageTool} bits of a tool's words; 0 for most tools. */
export function pageToolOf(toolWords: readonly string[]): number {
  let bits = 0;
  for (const w of toolWords) {
    if (navigates.has(w)) bits |= PageTool.Navigates;
    if (w === 'type' || w === 'fill') bits |= PageTool.Types;
    if (w === 'click') bits |= PageTool.Clicks;
    if (browserWords.has(w)) bits |= PageTool.Reads;
  }
  return bits;
}

/** The host a navigating call's browser goes to (its `url` argument), or undefined when it names none. */
export function navigatedHost(values: readonly { readonly key: string; readonly raw: string }[]): string | undefined {
  for (const v of values) if (v.key === 'url') return pageHost(v.raw);
  return undefined;
}

/** A field that takes a password, passcode or PIN, in the languages of a login form. */
const passwordField = /\bpass(?:word|code|phrase|wort)?\b|\bpwd\b|\bpin\b|kennwort|contrase|mot de passe|senha|wachtwoord|parol|пароль/i;
/** Keys that name the field a typing call fills. */
const fieldKeys = new Set(['element', 'name', 'label', 'selector', 'field', 'placeholder']);
const typedKeys = new Set(['text', 'value', 'keys']);

/**
 * Whether a typing call (`browser_type`, `browser_fill_form`, `page_fill`) puts a non-empty value into a
 * password field: the field's name and the value it types sit under one object (the call's arguments or one
 * of its `fields`).
 */
export function typesPassword(values: readonly { readonly key: string; readonly raw: string; readonly path: readonly (string | number)[] }[]): boolean {
  for (const field of values) {
    if (!fieldKeys.has(field.key) || field.raw.length > 200 || !passwordField.test(field.raw)) continue;
    for (const typed of values) {
      if (typedKeys.has(typed.key) && typed.raw.length > 0 && sameObject(field.path, typed.path)) return true;
    }
  }
  return false;
}

/** Whether two values' paths end in keys of one object. */
function sameObject(a: readonly (string | number)[], b: readonly (string | number)[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length - 1; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Whether a typing call's values put a password-shaped value (8 to 64 characters, no blank, upper and lower case
 * letters and a digit) into a field that is no password field: a chat's or a form's message box.
 */
export function typesSecretElsewhere(values: readonly { readonly key: string; readonly raw: string }[]): boolean {
  for (const v of values) if (typedKeys.has(v.key) && passwordShaped(v.raw)) return true;
  return false;
}

function passwordShaped(raw: string): boolean {
  if (raw.length < 8 || raw.length > 64) return false;
  let kinds = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c <= 0x20) return false;
    kinds |= c >= 0x61 && c <= 0x7a ? 1 : c >= 0x41 && c <= 0x5a ? 2 : c >= 0x30 && c <= 0x39 ? 4 : 0;
  }
  return kinds === 7;
}
