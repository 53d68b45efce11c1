import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createDb, DataDirLockedError } from './client.ts';
import { units } from './schema/index.ts';

const fixture = fileURLToPath(new URL('../test/hold-open.ts', import.meta.url));

describe('the embedded database after a crash', () => {
  it('refuses a second process while the first lives, and opens the same data after kill -9', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zdyq-crash-'));
    try {
      const child = spawn(process.execPath, ['--import', 'tsx', fixture, dir], {
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      await new Promise<void>((resolve, reject) => {
        child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && resolve());
        child.on('exit', (code) => reject(new Error(`fixture exited with ${code}`)));
      });
      expect(JSON.parse(readFileSync(join(dir, '.lock'), 'utf8')).pid).toBe(child.pid);
      await expect(createDb({ dataDir: dir })).rejects.toBeInstanceOf(DataDirLockedError);

      const exited = new Promise((resolve) => child.on('exit', resolve));
      child.kill('SIGKILL');
      await exited;

      const handle = await createDb({ dataDir: dir, openTimeoutMs: 60_000 });
      try {
        const rows = await handle.db.select().from(units).where(eq(units.name, '崩溃前写入的单位'));
        expect(rows).toHaveLength(1);
      } finally {
        await handle.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
