// Types of corpus-verdicts.mjs, for test/corpus-verdicts.test.ts.
export declare const snapshotPath: string;
export declare const corpusDir: string;
export declare const snapshotProfiles: readonly ('balanced' | 'strict')[];
export declare function verdictKey(action: string, rules: readonly string[]): string;
export declare function groupByVerdict(byLine: ReadonlyMap<number, string>): Record<string, string>;
export declare function linesOfGroups(groups: Readonly<Record<string, string>>): Map<number, string>;
export declare function differences(file: string, before: ReadonlyMap<number, string>, after: ReadonlyMap<number, string>): string[];

/** The snapshot file. */
export interface CorpusSnapshot {
  readonly generatedFrom: string;
  readonly profiles: Readonly<Record<string, Readonly<Record<string, { readonly lines: number; readonly sha256: string; readonly verdicts: Readonly<Record<string, string>> }>>>>;
}
