// The optional LLM judge: an escalate-only semantic layer. It asks a backend only where the cheap layers
// are unsure (content whose offline score is in the grey band) and about tool metadata once per distinct
// description; answers are cached by content hash, calls bounded in time and number. Without a backend
// it never calls anything and never finds anything.
import { LRUCache } from 'lru-cache';
import { z } from 'zod';

import { redactSecrets } from '../../audit.js';
import { defineLayer } from '../../layer.js';
import type { Layer, LayerFinding } from '../../types.js';
import { analyzeText } from '../analyze.js';
import { documentsOf, pathAt } from '../documents.js';
import { type InstructionModel, shippedModel } from '../model.js';
import type { JudgeAnswer, JudgeBackend } from './backends.js';

export const JudgeOptionsSchema = z
  .object({
    /** Milliseconds one backend call may take; a slower answer is a `judge/unavailable` finding. */
    timeoutMs: z.number().int().positive().default(3000),
    /** Calls in flight at once. */
    maxConcurrent: z.number().int().positive().default(4),
    /** Calls waiting for a free slot; beyond it a text is not judged (`judge/unavailable`). */
    maxQueue: z.number().int().min(0).default(64),
    /** Distinct texts whose answers are remembered. */
    cacheSize: z.number().int().positive().default(2000),
    /** A judge score at or above this blocks (`judge/unsafe`). */
    threshold: z.number().min(0).max(1).default(0.8),
    /** Content is judged when its offline score is in [low, high); default the model's grey band. */
    band: z.tuple([z.number().min(0).max(1), z.number().min(0).max(1)]).optional(),
    /** Judge every distinct tool description once (default true). */
    metadata: z.boolean().default(true),
    /** Longest text sent, in characters (the rest is cut). */
    maxTextLength: z.number().int().positive().default(8000),
  })
  .strict();

export type JudgeOptions = z.input<typeof JudgeOptionsSchema> & {
  /** Where to ask; undefined: the layer does nothing. */
  readonly backend?: JudgeBackend | undefined;
  /** The offline model whose score picks what to judge (default: the shipped one). */
  readonly model?: InstructionModel;
};

/** 64-bit FNV-1a (two 32-bit lanes) of a text, as a cache key. */
function contentKey(role: string, text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193) + (a >>> 7);
  }
  return `${role}:${(a >>> 0).toString(36)}${(b >>> 0).toString(36)}:${text.length}`;
}

class Unavailable extends Error {}

/** A bounded slot pool: at most `max` calls run, at most `queue` wait. */
class Slots {
  #active = 0;
  readonly #waiting: (() => void)[] = [];
  constructor(readonly max: number, readonly queue: number) {}
  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.#active >= this.max) {
      if (this.#waiting.length >= this.queue) throw new Unavailable('the judge queue is full');
      await new Promise<void>((resolve) => this.#waiting.push(resolve));
    }
    this.#active++;
    try {
      return await task();
    } finally {
      this.#active--;
      this.#waiting.shift()?.();
    }
  }
}

/** Creates the judge layer (`semantic-judge`). Pass it in `createGuard({ layers: [...] })`. */
export function createJudgeLayer(options: JudgeOptions = {}): Layer {
  const { backend, model: givenModel, ...rest } = options;
  const settings = JudgeOptionsSchema.parse(rest);
  const cache = new LRUCache<string, JudgeAnswer>({ max: settings.cacheSize });
  const inFlight = new Map<string, Promise<JudgeAnswer>>();
  const slots = new Slots(settings.maxConcurrent, settings.maxQueue);
  let model = givenModel;

  const ask = (key: string, request: Parameters<JudgeBackend>[0], outer: AbortSignal): Promise<JudgeAnswer> => {
    const cached = cache.get(key);
    if (cached) return Promise.resolve(cached);
    const running = inFlight.get(key);
    if (running) return running;
    const call = slots
      .run(async () => {
        const controller = new AbortController();
        const timer = setTimeout(() => controller.abort(), settings.timeoutMs);
        const onAbort = (): void => controller.abort();
        outer.addEventListener('abort', onAbort, { once: true });
        try {
          return await Promise.race([
            backend!(request, controller.signal),
            new Promise<never>((_, reject) => controller.signal.addEventListener('abort', () => reject(new Unavailable(`no answer within ${settings.timeoutMs} ms`)), { once: true })),
          ]);
        } finally {
          clearTimeout(timer);
          outer.removeEventListener('abort', onAbort);
        }
      })
      .then((answer) => {
        cache.set(key, answer);
        return answer;
      })
      .finally(() => inFlight.delete(key));
    inFlight.set(key, call);
    return call;
  };

  return defineLayer({
    name: 'semantic-judge',
    phase: 'semantic',
    description: 'Asks an LLM judge about server text the offline scorer is unsure of, and about each distinct tool description',
    docs: 'docs/detection.md',
    from: 'server',
    // The layer bounds each call itself and reports judge/unavailable; this is the engine's backstop.
    timeoutMs: settings.timeoutMs * 2 + 1000,
    failure: 'profile',
    rules: {
      'judge/unsafe': { description: 'The LLM judge reads the text as orders to the model', severity: 'high' },
      'judge/unavailable': { description: 'The LLM judge did not answer (error, timeout, full queue); monitor and balanced warn, strict blocks', severity: 'medium', action: 'warn' },
    },
    async inspect(message, context) {
      if (!backend) return [];
      model ??= shippedModel();
      const [low, high] = settings.band ?? [model.thresholds.grey, context.profile === 'strict' ? model.thresholds.strict : model.thresholds.block];
      const out: LayerFinding[] = [];
      const pending: Promise<void>[] = [];
      for (const doc of documentsOf(message, context.method, 64 * 1024)) {
        const analysis = analyzeText(doc.text, doc.role, model);
        const wanted = doc.role === 'metadata' ? settings.metadata : analysis.score >= low && analysis.score < high;
        if (!wanted || !doc.text.trim()) continue;
        const text = redactSecrets(doc.text.slice(0, settings.maxTextLength));
        const path = doc.role === 'metadata' ? doc.path : pathAt(doc, analysis.start);
        pending.push(
          ask(contentKey(doc.role, text), { role: doc.role, text, score: analysis.score, sentence: redactSecrets(analysis.sentence) }, context.signal).then(
            (answer) => {
              if (answer.score >= settings.threshold) {
                out.push({ rule: 'judge/unsafe', message: `LLM judge (${answer.category}, score ${answer.score.toFixed(2)}): ${answer.reason || 'orders to the model'}`, path, evidence: redactSecrets(analysis.sentence), data: { judge: answer, offlineScore: analysis.score } });
              }
            },
            (error: unknown) => {
              out.push({
                rule: 'judge/unavailable',
                action: context.profile === 'strict' ? 'block' : 'warn',
                message: `LLM judge unavailable: ${String((error as Error)?.message ?? error).slice(0, 160)}`,
                path,
              });
            },
          ),
        );
      }
      await Promise.all(pending);
      return out;
    },
  });
}
