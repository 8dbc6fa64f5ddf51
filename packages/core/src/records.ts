// A leaf module (it imports nothing), so the parser, the preflight walk and the differential scan can all
// share one test without an import cycle.

/** Whether `v` is a JSON object: not null and not an array. */
export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
