/** A small valid rule for tests about rule loading; `overrides` change or break any field. */
export const sampleRule = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
  id: 'acme/no-tmp',
  description: 'Paths under /tmp are not allowed here.',
  severity: 'medium',
  action: 'warn',
  kinds: ['path'],
  patterns: ['^/tmp/'],
  message: 'Path under /tmp',
  examples: { match: ['/tmp/x'], 'no-match': ['/home/x'] },
  ...overrides,
});
