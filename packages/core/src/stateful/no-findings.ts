import type { LayerFinding } from '../types.js';

/**
 * What the stateful layers return for most messages: one shared, frozen empty list rather than a new one
 * per message (the runner only reads a layer's list). Typed as mutable because a layer's inspect returns
 * `LayerFinding[]`; nobody writes to it (frozen: a write would throw in strict mode).
 */
export const noLayerFindings = Object.freeze([]) as readonly LayerFinding[] as LayerFinding[];
