import { randomBytes } from 'node:crypto';
import { openEncryptedDatabase } from '../../../electron/backend/database/open-database';

/**
 * Runs a sort and a multi-row update far larger than SQLite's page cache on a connection opened
 * the app's way. With `file-temp-store` it first undoes temp_store=MEMORY, as a control that the
 * watching test can see a spill when one happens.
 */
const [databasePath, mode] = process.argv.slice(2);
const connection = openEncryptedDatabase(databasePath!, randomBytes(32));
if (mode === 'file-temp-store') connection.pragma('temp_store = FILE');
connection.pragma('cache_size = -512');
connection.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL, rank INTEGER NOT NULL) STRICT');
const insert = connection.prepare('INSERT INTO notes (body, rank) VALUES (?, ?)');
connection.transaction(() => {
  for (let row = 0; row < 60_000; row += 1)
    insert.run(`PLAINTEXT-MARKER 学生焦虑失眠 ${row} ${'x'.repeat(200)}`, (row * 7919) % 60_000);
})();
process.stdout.write(`ready ${connection.pragma('temp_store', { simple: true })}\n`);
setTimeout(() => {
  for (let round = 0; round < 3; round += 1) {
    connection.prepare('SELECT body FROM notes ORDER BY rank, body').all();
    connection.prepare('CREATE TEMP TABLE IF NOT EXISTS sorted AS SELECT * FROM notes ORDER BY body DESC').run();
    connection.exec('DROP TABLE IF EXISTS temp.sorted');
    connection.exec("UPDATE notes SET body = body || '!'");
  }
  connection.close();
  process.stdout.write('done\n');
}, 200);
