import type { Layer } from '../types.js';
import type { ToolNames } from '../commands/tool-names.js';
import type { BehaviourConfig } from './behaviour-config.js';
import { createBehaviourLayer } from '../layers/behaviour.js';
import { createBudgetsLayer } from '../layers/budgets.js';
import { createDataFlowLayer } from '../layers/data-flow.js';
import { createDriftLayer } from '../layers/drift.js';
import { compileMarks } from './sensitive.js';
import type { PinsOptions, StatefulOptions } from './stateful-options.js';

/**
 * The built-in stateful layers, in the order they run in the behavioural phase: behaviour, data flow,
 * drift, then budgets (last, so it counts what the others reported). `names`: the guard's readings of tool names
 * (the capabilities a name suggests are read once per name); without it each call reads its name anew.
 */
export function createStatefulLayers(config: BehaviourConfig, options: StatefulOptions, pins: PinsOptions, names?: ToolNames): Layer[] {
  const marks = compileMarks(options.sensitiveTools, options.sensitivePaths);
  const layers: Layer[] = [];
  if (options.behaviour) layers.push(createBehaviourLayer(config, marks, names));
  if (options.dataFlow) layers.push(createDataFlowLayer(config.dataFlow, marks, names));
  if (pins.enabled || pins.lock) layers.push(createDriftLayer({ actions: config.drift, lock: pins.lock, ttlMs: pins.ttlMs }));
  if (options.budgets) layers.push(createBudgetsLayer(config.budgets));
  return layers;
}
