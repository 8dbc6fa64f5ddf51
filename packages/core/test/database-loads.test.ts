import { describe, expect, it } from 'vitest';

import { databaseLoadSpans } from '../src/commands/database-loads.js';
import { createGuard } from '../src/index.js';

const named = (text: string): string[] => databaseLoadSpans(text).map(([start, end]) => text.slice(start, end));

const call = (command: string) => ({ jsonrpc: '2.0' as const, id: 1, method: 'tools/call', params: { name: 'run_command', arguments: { command } } });

describe('archives a database restore loads without showing them', () => {
  it.each([
    ['pg_restore -d orders_check /var/backups/orders-nightly.dump', ['/var/backups/orders-nightly.dump']],
    ['pg_restore --dbname=orders_check -j 4 --no-owner /var/backups/orders.pgdump', ['/var/backups/orders.pgdump']],
    ['pg_restore -dorders_check --clean --if-exists /srv/backup/weekly.backup', ['/srv/backup/weekly.backup']],
    ['sudo -u postgres pg_restore -C -d postgres "/var/backups/pg/app 2024-05.tar"', ['/var/backups/pg/app 2024-05.tar']],
  ])('names the archive of %s', (text, files) => {
    expect(named(text)).toEqual(files);
  });

  it.each([
    // No database: pg_restore prints the archive as SQL for whoever reads its output.
    'pg_restore /var/backups/orders-nightly.dump',
    'pg_restore -f - /var/backups/orders-nightly.dump',
    // A list file is read as text, and a file not named as an archive is no restore.
    'pg_restore -d x -L /var/backups/nightly.dump',
    // Read in lower case `-l` may be `-L`: the word after it is its value, here the database option.
    'pg_restore -l -d x /var/backups/a.dump',
    'pg_restore -d x /var/backups/shadow.bak',
    'pg_restore -d x /etc/shadow',
    'psql -d x -f /var/backups/orders.dump',
  ])('names none in %s', (text) => {
    expect(named(text)).toEqual([]);
  });

  it('lets a guard pass a restore test of the nightly dump', async () => {
    const guard = createGuard({ profile: 'balanced' });
    for (const command of [
      'createdb orders_check && pg_restore -d orders_check --no-owner /var/backups/orders-nightly.dump && psql orders_check -c "select count(*) from invoices"',
      'pg_restore --dbname=postgres --create --jobs=2 /var/backups/pg/app-weekly.tar',
    ]) {
      const verdict = await guard.inspect(JSON.stringify(call(command)), { from: 'client', sessionId: 's', serverId: 'shell' });
      expect(verdict.action, command).toBe('allow');
    }
  });

  it('still blocks a system file read beside the restore, named as its list or as its archive, or an archive printed out', async () => {
    const guard = createGuard({ profile: 'balanced' });
    for (const command of [
      'pg_restore -d orders_check /var/backups/orders.dump; cat /var/backups/passwd.bak',
      'pg_restore -d orders_check /var/backups/orders.dump && cat /var/backups/orders.dump',
      'pg_restore -d orders_check -L /etc/shadow /var/backups/orders.dump',
      'pg_restore -d orders_check /var/backups/shadow.bak',
      'pg_restore -d orders_check ~/.ssh/id_ed25519',
      'pg_restore /var/backups/orders-nightly.dump',
    ]) {
      const verdict = await guard.inspect(JSON.stringify(call(command)), { from: 'client', sessionId: 's2', serverId: 'shell' });
      expect(verdict.action, command).toBe('block');
    }
  });
});
