// Starts the product on a fresh embedded database with the demo data, for the e2e suite.
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dataDir = join(tmpdir(), `zdyq-e2e-${process.env.PORT ?? '4310'}`);
rmSync(dataDir, { recursive: true, force: true });
const server = spawn('node', ['--import', 'tsx', 'src/main.ts'], {
  cwd: fileURLToPath(new URL('../server', import.meta.url)),
  stdio: 'inherit',
  env: { ...process.env, DATA_DIR: dataDir, SEED_DEMO: 'true', NODE_ENV: 'test' },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => {
  rmSync(dataDir, { recursive: true, force: true });
  process.exit(code ?? 0);
});
