// The built-in meaning layers: instruction analysis with the offline scorer over every text a server
// sends a model, and cross-tool analysis of tool lists. Client messages carry little model-bound text
// (the request rules cover their arguments), so both read server messages only.
import type { Finding, Layer, LayerContext, MessagePath, ProfileName, Severity } from '../types.js';
import { analyzeText, type AnalyzeLimits, defaultAnalyzeLimits, type InstructionAnalysis } from './analyze.js';
import { outOfScopeParameters, ToolInventory, type ToolText } from './cross-tool.js';
import { documentsOf, pathAt, type TextDocument } from './documents.js';
import { type InstructionModel, shippedModel } from './model.js';

export interface InstructionLayerOptions {
  /** The scorer's model (default: the one shipped with core). */
  readonly model?: InstructionModel;
  /** Score at or above which a text is blocked, per profile (default: the model's suggested thresholds). */
  readonly thresholds?: Partial<Record<ProfileName, number>>;
  readonly limits?: Partial<AnalyzeLimits>;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Short operator-facing account of a score: the model, the score, the clause and the cues behind it. */
export function describeScore(analysis: InstructionAnalysis, version: string): string {
  const cues = analysis.cues.filter((c) => c !== 'action-verb' && c !== 'description-of-tool').slice(0, 5);
  return `score ${analysis.score.toFixed(2)} (${version}) for "${analysis.sentence.slice(0, 120)}"${cues.length ? ` [${cues.join(', ')}]` : ''}`;
}

function finding(rule: string, severity: Severity, message: string, path: MessagePath, evidence: string): Finding {
  return { layer: 'instruction-analysis', rule, family: rule.split('/')[0]!, severity, action: 'block', message, path, evidence: evidence.slice(0, 200), deterministic: false };
}

/** Findings of the instruction analysis for one document. */
export function documentFindings(doc: TextDocument, analysis: InstructionAnalysis, model: InstructionModel, threshold: number): Finding[] {
  const what = doc.role === 'metadata' ? `Tool metadata${doc.tool ? ` of ${doc.tool}` : ''}` : 'Text the model will read';
  if (analysis.order) {
    const o = analysis.order;
    return [finding(o.rule, 'high', `${o.message}: "${o.sentence.slice(0, 120)}"`, pathAt(doc, o.start), o.sentence)];
  }
  if (analysis.score >= threshold) {
    const rule = doc.role === 'metadata' ? 'semantic/poisoned-metadata' : 'semantic/injected-instruction';
    return [finding(rule, 'high', `${what} gives the model orders: ${describeScore(analysis, model.version)}`, pathAt(doc, analysis.start), analysis.sentence)];
  }
  return [];
}

/** Instruction analysis: scores what each server text asks of the model. */
export function createInstructionLayer(options: InstructionLayerOptions = {}): Layer {
  const limits: AnalyzeLimits = { ...defaultAnalyzeLimits, ...options.limits };
  let model = options.model;
  return {
    name: 'instruction-analysis',
    phase: 'semantic',
    deterministic: false,
    description: 'Reads what server text asks the model to do: instruction cues and the offline scorer',
    inspect(message: unknown, context: LayerContext): Finding[] {
      if (context.from !== 'server') return [];
      model ??= shippedModel();
      const threshold = options.thresholds?.[context.profile] ?? (context.profile === 'strict' ? model.thresholds.strict : model.thresholds.block);
      const out: Finding[] = [];
      for (const doc of documentsOf(message, context.method, limits.maxTextLength)) {
        out.push(...documentFindings(doc, analyzeText(doc.text, doc.role, model, limits), model, threshold));
      }
      if (context.method === 'tools/list' || (isRecord(message) && isRecord(message['result']) && Array.isArray(message['result']['tools']))) {
        const tools = isRecord(message) && isRecord(message['result']) && Array.isArray(message['result']['tools']) ? message['result']['tools'] : [];
        tools.forEach((tool, i) => {
          if (!isRecord(tool)) return;
          for (const p of outOfScopeParameters(tool['inputSchema']).slice(0, 1)) {
            out.push({
              ...finding('semantic/out-of-scope-parameter', 'high', `Tool ${String(tool['name'])} asks for data outside its task: parameter ${p.name} ${p.why}`, ['result', 'tools', i, 'inputSchema', 'properties', p.name], p.name),
            });
          }
        });
      }
      return out;
    },
  };
}

export interface CrossToolLayerOptions {
  /** Servers and sessions whose tools are remembered (default 1000). */
  readonly maxEntries?: number;
  /** Tools remembered per server or session (default 500). */
  readonly maxToolsPerEntry?: number;
}

/** Cross-tool analysis of `tools/list` answers (duplicates, name collisions, orders about other tools). */
export function createCrossToolLayer(options: CrossToolLayerOptions = {}): Layer {
  const inventory = new ToolInventory({ maxEntries: options.maxEntries ?? 1000, maxToolsPerEntry: options.maxToolsPerEntry ?? 500 });
  return {
    name: 'cross-tool',
    phase: 'behavioral',
    deterministic: true,
    description: 'Compares the tools of a list with each other, with the session\'s other servers and with earlier lists',
    inspect(message: unknown, context: LayerContext): Finding[] {
      if (context.from !== 'server' || context.messageType !== 'response' || !isRecord(message) || !isRecord(message['result'])) return [];
      const tools = message['result']['tools'];
      if (!Array.isArray(tools)) return [];
      const texts: (ToolText | undefined)[] = tools.map((t) =>
        isRecord(t) && typeof t['name'] === 'string' ? { name: t['name'], description: typeof t['description'] === 'string' ? t['description'] : '' } : undefined,
      );
      return inventory.inspect(context.sessionId, context.serverId, texts).map((f) => ({
        layer: 'cross-tool',
        rule: f.rule,
        family: 'cross-tool',
        severity: 'high',
        action: 'block',
        message: f.message,
        path: ['result', 'tools', f.index],
        evidence: f.evidence,
        deterministic: true,
      }));
    },
  };
}
