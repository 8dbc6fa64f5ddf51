import { describe, expect, it } from 'vitest';

import { nameWords } from '../src/text/name-words.js';

// One reading of a name's words for the schema readers (definition-fields.ts, documents.ts, fixed-payee.ts).
describe('the words of a name', () => {
  it('parts snake_case, kebab-case and camelCase names into words in their own case', () => {
    expect(nameWords('delete_backups')).toBe('delete backups');
    expect(nameWords('purgeAll')).toBe('purge All');
    expect(nameWords('always--attach__the-report')).toBe('always attach the report');
    expect(nameWords('sendTheReportToOwner')).toBe('send The Report To Owner');
  });

  it('ends a word holding digits at the capital after them, and reads a run of capitals as one word', () => {
    expect(nameWords('id_ed25519Key')).toBe('id ed25519 Key');
    expect(nameWords('s3BucketName')).toBe('s3 Bucket Name');
    expect(nameWords('HTTPServerURL')).toBe('HTTPServer URL');
    expect(nameWords('path')).toBe('path');
  });
});
