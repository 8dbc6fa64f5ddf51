import type { Verdict } from '@vanguard/core';

/** A verdict's findings as one line (rule and the start of its evidence), for the message of a failed probe. */
export const findingsText = (v: Verdict): string => v.findings.map((f) => `${f.rule} (${(f.evidence ?? '').slice(0, 60)})`).join(', ') || 'no findings';
