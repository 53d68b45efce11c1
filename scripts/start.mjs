// `npm start`: install, build, then serve the app and API on http://localhost:4000 (PORT).
// Migrations and the demo seed run as the server starts.
import { resolve } from 'node:path';
import { installDependencies, log, root, run, runOrFail } from './toolchain.mjs';

await installDependencies();
log('building the web app');
await runOrFail('pnpm', ['--filter', '@zdyq/web', 'build']);
log('starting the server');
const env = { ...process.env, DATA_DIR: resolve(root, process.env.DATA_DIR ?? 'data') };
// The server runs as this script's only child, so Ctrl-C and SIGTERM reach it directly.
process.exit(await run('node', ['--import', 'tsx', 'src/main.ts'], { cwd: resolve(root, 'server'), env }));
