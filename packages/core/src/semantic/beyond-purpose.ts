// A tool's input schema read against what the tool says it does: a parameter whose name, title, example,
// enum or `x-` note asks for a secret the tool's purpose has no use for (`aws_secret_access_key` on a
// weather tool, a read-only "display" field the assistant is to fill with a bank password, a password
// format on a URL shortener), or a field that fixes the payee of a payment tool (fixed-payee.ts). Names are
// read once per definition (the layer remembers a tool's findings); the purpose only when a name asks.
import { fixedValue, fixesPayee } from './fixed-payee.js';
import { secretAsked, type SecretAsk } from './secret-asks.js';
import { purposeNeeds, purposeWords } from './tool-purpose.js';

export interface BeyondPurpose {
  /** The parameter's name (a nested one's, joined by dots). */
  readonly name: string;
  readonly why: string;
}

const maxFields = 500;
const maxDepth = 3;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The secret a field's texts ask for: its title, its string examples, its `x-` notes, a prose enum value, and its description when the field is read-only or a password. */
function askOfTexts(definition: Record<string, unknown>): SecretAsk | undefined {
  const title = definition['title'];
  if (typeof title === 'string') {
    const asked = secretAsked(title, true);
    if (asked) return asked;
  }
  const examples = definition['examples'];
  if (Array.isArray(examples)) {
    for (let i = 0; i < examples.length && i < 8; i++) {
      const e: unknown = examples[i];
      if (typeof e === 'string' && e.includes(' ')) {
        const asked = secretAsked(e, true);
        if (asked) return asked;
      }
    }
  }
  const values = definition['enum'];
  if (Array.isArray(values)) {
    for (let i = 0; i < values.length && i < 8; i++) {
      const e: unknown = values[i];
      if (typeof e === 'string' && e.includes(' ')) {
        const asked = secretAsked(e, true);
        if (asked) return asked;
      }
    }
  }
  for (const key in definition) {
    if (key.charCodeAt(0) !== 0x78 || key.charCodeAt(1) !== 0x2d) continue;
    const note = definition[key];
    if (typeof note === 'string') {
      const asked = secretAsked(note, true);
      if (asked) return asked;
    }
  }
  // A field the model is not to write (read-only), or one marked as a password, says what it holds in its
  // description; another field's description is read by fills-user-secret.ts and the scorer.
  const hidden = definition['readOnly'] === true || definition['format'] === 'password' || definition['writeOnly'] === true;
  const description = definition['description'];
  if (hidden && typeof description === 'string') {
    const asked = secretAsked(description, true);
    if (asked) return asked;
  }
  return hidden && definition['format'] === 'password' ? { kind: 'password' } : undefined;
}

/**
 * The first parameter of `tool`'s input schema that asks beyond the tool's purpose (see the file's
 * comment), if one does. Linear in the schema (at most 500 fields, three levels deep).
 */
export function askedBeyondPurpose(tool: Record<string, unknown>): BeyondPurpose | undefined {
  const schema = tool['inputSchema'];
  if (!isObject(schema) || !isObject(schema['properties'])) return undefined;
  let purpose: ReadonlySet<string> | undefined;
  const purposeOf = (): ReadonlySet<string> =>
    (purpose ??= purposeWords(typeof tool['name'] === 'string' ? tool['name'] : '', typeof tool['description'] === 'string' ? tool['description'] : ''));
  let seen = 0;
  const visit = (properties: Record<string, unknown>, parents: readonly string[]): BeyondPurpose | undefined => {
    for (const name in properties) {
      if (++seen > maxFields) return undefined;
      const definition = properties[name];
      if (!isObject(definition)) continue;
      const asked = secretAsked(name, false) ?? askOfTexts(definition);
      const path = parents.length === 0 ? name : `${parents.join('.')}.${name}`;
      if (asked && !purposeNeeds(purposeOf(), asked.kind, asked.owner)) {
        return { name: path, why: `asks for a secret (${asked.owner ? `${asked.owner} ` : ''}${asked.kind.replace('-', ' ')}) the tool's purpose does not need` };
      }
      const value = fixedValue(definition);
      if (value !== undefined) {
        const why = fixesPayee([...parents, name], value, purposeOf());
        if (why !== undefined) return { name: path, why };
      }
      if (parents.length + 1 < maxDepth) {
        const nested = isObject(definition['properties']) ? definition['properties'] : isObject(definition['items']) && isObject(definition['items']['properties']) ? definition['items']['properties'] : undefined;
        if (nested !== undefined) {
          const found = visit(nested, [...parents, name]);
          if (found !== undefined || seen > maxFields) return found;
        }
      }
    }
    return undefined;
  };
  return visit(schema['properties'], []);
}
