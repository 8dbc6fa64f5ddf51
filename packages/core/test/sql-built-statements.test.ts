import { describe, expect, it } from 'vitest';

import { destructiveSql, destructiveSqlIn } from '../src/commands/sql-statements.js';

// A statement the server builds before it runs it: MySQL's versioned comments at the head of a text, a user
// variable set to hex or CONCAT pieces then PREPAREd, CHR()/CHAR() codes joined into an EXECUTE. Each is read as
// the server will run it; the same functions building ordinary text (an invoice code, a parameterized query) pass.
const words = (text: string): string[] => text.split(/\s+/);
const hex = (text: string): string => Buffer.from(text).toString('hex');

describe('statements the server builds', () => {
  it.each([
    `/*!40014 SET UNIQUE_CHECKS=0 */; /*!50000TRUNCATE*/ /*!50000TABLE*/ payments;`,
    `/*!40101 SET NAMES utf8 */; /*!50000 DROP SCHEMA billing */;`,
    `SET @stmt = 0x${hex('DROP DATABASE crm')}; PREPARE p1 FROM @stmt; EXECUTE p1;`,
    `SET @a = CONCAT('DEL', 'ETE FROM ', 'invoices'); PREPARE x FROM @a; EXECUTE x;`,
    `PREPARE y FROM X'${hex('DROP TABLE sessions')}'; EXECUTE y;`,
    `SET @c = UNHEX('${hex('TRUNCATE TABLE ledger')}'); PREPARE z FROM @c; EXECUTE z;`,
    `DO $$ BEGIN EXECUTE chr(84)||chr(82)||'UNCATE TABLE audit_log'; END $$;`,
    `EXEC(CHAR(68) + CHAR(82) + 'OP TABLE dbo.Customers')`,
  ])('reads %s as destructive', (sql) => {
    expect(destructiveSqlIn(sql, words)).toBeDefined();
  });

  it.each([
    `/*!40101 SET NAMES utf8mb4 */; CREATE TABLE import_batch LIKE products;`,
    `/*!40101 SET @OLD_SQL_MODE=@@SQL_MODE */; INSERT INTO products (sku) VALUES ('A-1');`,
    `SET @q = 0x${hex('SELECT count(*) FROM orders')}; PREPARE s FROM @q; EXECUTE s;`,
    `SET @sql = CONCAT('SELECT * FROM ', @tbl, ' LIMIT 10'); PREPARE s FROM @sql; EXECUTE s;`,
    `PREPARE s FROM 'SELECT * FROM users WHERE id = ?'; EXECUTE s USING @id; DEALLOCATE PREPARE s;`,
    `SELECT chr(80) || lpad(id::text, 5, '0') AS code FROM parcels;`,
    `SELECT id FROM items WHERE sku_hash = UNHEX('${hex('SKU-1')}')`,
    `DO $$ BEGIN EXECUTE 'ANALYZE ' || quote_ident('orders'); END $$;`,
  ])('lets %s pass', (sql) => {
    expect(destructiveSqlIn(sql, words)).toBeUndefined();
  });

  it('stays linear on long runs of CHR codes and CONCAT pieces', () => {
    const start = performance.now();
    destructiveSql(`EXECUTE ${'chr(65)||'.repeat(20_000)}'x'`);
    destructiveSql(`SET @q = CONCAT(${"'a',".repeat(20_000)}'b'); PREPARE s FROM @q;`);
    destructiveSql(`SET @q = 0x${'41'.repeat(200_000)}; PREPARE s FROM @q;`);
    expect(performance.now() - start).toBeLessThan(3000);
  });
});
