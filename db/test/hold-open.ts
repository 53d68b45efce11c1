// Opens the embedded database in the folder given, writes a row, says "ready" and waits to be killed:
// a server that crashes with its data folder open.
import { sql } from 'drizzle-orm';
import { createDb } from '../src/client.ts';
import { foundingRegions } from '../src/scope.ts';

const dir = process.argv[2];
if (!dir) throw new Error('usage: hold-open.ts <data dir>');
const handle = await createDb({ dataDir: dir });
await handle.db.execute(
  sql`INSERT INTO units (region_id, name, kind) VALUES (${foundingRegions.SY}, '崩溃前写入的单位', 'TOWNSHIP')`,
);
process.stdout.write('ready\n');
setInterval(() => {}, 60_000);
