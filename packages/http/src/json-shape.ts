/** A JSON object (not an array, not null), as a record of its fields. */
export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A JSON-RPC id or progress token: the gateway only keys and renumbers them, so any string or number is one. */
export const isId = (v: unknown): v is string | number => typeof v === 'string' || typeof v === 'number';
