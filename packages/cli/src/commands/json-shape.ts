/** A JSON object (not an array, not null), as a record of its fields: what config files and message lines are read as. */
export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
