import { hashBits } from './features.js';
import { modelData } from './model-data.js';

/** A trained instruction model as shipped in `model-data.ts` (written by `npm run train`). */
export interface ModelData {
  /** Versioned name; explanations and audit events carry it. */
  readonly version: string;
  readonly hashBits: number;
  readonly bias: number;
  /** Multiply the decoded int16 weights by this. */
  readonly scale: number;
  /** Base64 of the non-zero buckets as little-endian uint32 deltas from the previous bucket. */
  readonly buckets: string;
  /** Base64 of the matching weights as little-endian int16. */
  readonly weights: string;
  /** Suggested score thresholds per profile (from cross-validation; see docs/detection.md). */
  readonly thresholds: {
    /** Block content (tool results, resources, prompts) at or above this score in balanced and monitor. */
    readonly block: number;
    /** The same in strict. */
    readonly strict: number;
    /** Tool metadata needs more: the rules, the cue checks and cross-tool analysis cover it first. */
    readonly metadata: number;
    /** Scores from here up to the block threshold are the grey band an LLM judge may be asked about. */
    readonly grey: number;
  };
}

/** A model ready to score: dense weights over every bucket. */
export interface InstructionModel {
  readonly version: string;
  readonly bias: number;
  readonly weights: Float32Array;
  readonly thresholds: ModelData['thresholds'];
}

const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Bytes of a base64 string (no runtime Buffer/atob: core is runtime-neutral). */
export function base64Bytes(text: string): Uint8Array {
  const clean = text.replace(/=+$/, '');
  const out = new Uint8Array(Math.floor((clean.length * 6) / 8));
  let bits = 0;
  let value = 0;
  let j = 0;
  for (let i = 0; i < clean.length; i++) {
    value = ((value << 6) | alphabet.indexOf(clean[i]!)) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[j++] = (value >> bits) & 0xff;
    }
  }
  return out;
}

/** Decodes shipped model data; a model for another feature layout is a programmer error. */
export function loadModel(data: ModelData): InstructionModel {
  if (data.hashBits !== hashBits) throw new Error(`model ${data.version} was trained for ${data.hashBits} hash bits, features use ${hashBits}`);
  const weights = new Float32Array(1 << hashBits);
  const b = base64Bytes(data.buckets);
  const w = base64Bytes(data.weights);
  const bucketView = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const weightView = new DataView(w.buffer, w.byteOffset, w.byteLength);
  let bucket = 0;
  for (let i = 0; i * 4 < b.byteLength && i * 2 < w.byteLength; i++) {
    bucket += bucketView.getUint32(i * 4, true);
    weights[bucket] = weightView.getInt16(i * 2, true) * data.scale;
  }
  return { version: data.version, bias: data.bias, weights, thresholds: data.thresholds };
}

let shipped: InstructionModel | undefined;

/** The model shipped with core, decoded once on first use. */
export function shippedModel(): InstructionModel {
  shipped ??= loadModel(modelData);
  return shipped;
}
