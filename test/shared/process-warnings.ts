import { afterEach } from 'vitest';

/**
 * Collects the warnings this process emits (`MaxListenersExceededWarning` and the like) from `start()` to
 * the end of the test; `seen()` lists them as `name: message`, so an assertion shows what was printed.
 */
export function processWarnings(): { start(): void; seen(): string[] } {
  const warnings: Error[] = [];
  const onWarning = (warning: Error): void => void warnings.push(warning);
  afterEach(() => {
    process.off('warning', onWarning);
    warnings.length = 0;
  });
  return {
    start: () => void process.on('warning', onWarning),
    seen: () => warnings.map((w) => `${w.name}: ${w.message}`),
  };
}
