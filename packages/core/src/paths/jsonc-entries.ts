// The values of a JSON-with-comments text (VS Code's settings, tasks, dev containers), each with the key
// that holds it, read token by token rather than parsed: the part of a file an edit writes is no whole
// document, and a reader only needs to know which key a value sits under. Linear in the text.

export interface JsoncEntry {
  /** The key the value sits under (an array item: the array's key). */
  readonly key: string;
  /** The top-level key it sits under, at any depth. */
  readonly root: string;
  /** The string's value, or the literal as written (`true`, `12`), or `{` / `[` where a container opens. */
  readonly value: string;
  readonly string: boolean;
  /** The object it sits in (an array item: the object that holds the array), numbered in order. */
  readonly object: number;
  /** The array it is an item of, numbered in order, or -1. */
  readonly array: number;
}

interface Open {
  readonly array: boolean;
  readonly key: string;
  readonly root: string;
  readonly serial: number;
  readonly object: number;
}

/** At most this many entries are read: a settings file holds dozens. */
const maxEntries = 20_000;

export function jsoncEntries(text: string): JsoncEntry[] {
  const out: JsoncEntry[] = [];
  const stack: Open[] = [];
  let serial = 0;
  let key = '';
  let expectValue = false;
  let pending: string | undefined;
  const top = (): Open | undefined => stack[stack.length - 1];
  const push = (value: string, string: boolean): void => {
    const open = top();
    const inArray = open?.array === true;
    const owner = expectValue ? key : (open?.key ?? '');
    const root = stack.length <= 1 ? owner : (open?.root ?? '');
    if (out.length < maxEntries) out.push({ key: owner, root, value, string, object: inArray ? open.object : (open?.serial ?? 0), array: inArray && !expectValue ? open.serial : -1 });
    expectValue = false;
  };
  const flush = (colon: boolean): void => {
    if (pending === undefined) return;
    if (colon && top()?.array !== true) {
      key = pending;
      expectValue = true;
    } else push(pending, true);
    pending = undefined;
  };
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 0x2f && text.charCodeAt(i + 1) === 0x2f) {
      const end = text.indexOf('\n', i);
      i = end < 0 ? n : end + 1;
      continue;
    }
    if (c === 0x2f && text.charCodeAt(i + 1) === 0x2a) {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? n : end + 2;
      continue;
    }
    if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) {
      i++;
      continue;
    }
    if (c === 0x22) {
      flush(false);
      let j = i + 1;
      let value = '';
      let from = j;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (d === 0x22) break;
        if (d === 0x5c && j + 1 < n) {
          const hex = text.charAt(j + 1) === 'u' ? /^[0-9a-fA-F]{4}/.exec(text.slice(j + 2, j + 6)) : null;
          value += text.slice(from, j) + (hex !== null ? String.fromCharCode(parseInt(hex[0], 16)) : unescape(text.charAt(j + 1)));
          j += hex !== null ? 6 : 2;
          from = j;
          continue;
        }
        j++;
      }
      pending = value + text.slice(from, j);
      i = j + 1;
      continue;
    }
    if (c === 0x3a) {
      flush(true);
      i++;
      continue;
    }
    flush(false);
    if (c === 0x7b || c === 0x5b) {
      const open = top();
      const owner = expectValue ? key : (open?.key ?? '');
      const root = stack.length === 0 ? '' : stack.length === 1 ? owner : (open?.root ?? '');
      const array = c === 0x5b;
      if (expectValue) push(array ? '[' : '{', false);
      serial++;
      stack.push({ array, key: owner, root, serial, object: array ? (open?.array ? open.object : (open?.serial ?? 0)) : serial });
      expectValue = false;
      i++;
      continue;
    }
    if (c === 0x7d || c === 0x5d) {
      stack.pop();
      expectValue = false;
      i++;
      continue;
    }
    if (c === 0x2c) {
      expectValue = false;
      i++;
      continue;
    }
    // A literal: true, false, null, a number.
    let j = i;
    while (j < n && /[\w.+-]/.test(text.charAt(j))) j++;
    if (j === i) j++;
    if (expectValue || top()?.array === true) push(text.slice(i, j), false);
    i = j;
  }
  flush(false);
  return out;
}

function unescape(c: string): string {
  switch (c) {
    case 'n': return '\n';
    case 't': return '\t';
    case 'r': return '\r';
    default: return c;
  }
}
