// Starts the product on a fresh embedded database with the demo data, for the e2e suite.
import { spawn } from 'node:child_process';
import { appendFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { SMTPServer } from 'smtp-server';

const dataDir = join(tmpdir(), `zdyq-e2e-${process.env.PORT ?? '4310'}`);
rmSync(dataDir, { recursive: true, force: true });

// A local mail server: what the product sends by e-mail lands in a file the journeys read.
const mails = process.env.E2E_MAIL_LOG ?? join(tmpdir(), `zdyq-e2e-mail-${process.env.PORT ?? '4310'}.jsonl`);
rmSync(mails, { force: true });
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  onData(stream, session, done) {
    const chunks = [];
    stream.on('data', (c) => chunks.push(c));
    stream.on('end', () => {
      const to = session.envelope.rcptTo.map((r) => r.address);
      appendFileSync(mails, `${JSON.stringify({ to, raw: Buffer.concat(chunks).toString('utf8') })}\n`);
      done();
    });
  },
});
await new Promise((resolve) => smtp.listen(0, '127.0.0.1', resolve));
const smtpPort = smtp.server.address().port;

// The government identity provider the product signs people in through (a real OpenID provider).
const port = Number(process.env.PORT ?? 4310);
const product = `http://127.0.0.1:${port}`;
const idpPort = port + 1;
const idp = spawn('node', ['--import', 'tsx', 'test/identity-provider-cli.ts'], {
  cwd: fileURLToPath(new URL('../server', import.meta.url)),
  stdio: 'inherit',
  env: { ...process.env, IDP_PORT: String(idpPort), PRODUCT_URL: product },
});

const server = spawn('node', ['--import', 'tsx', 'src/main.ts'], {
  cwd: fileURLToPath(new URL('../server', import.meta.url)),
  stdio: 'inherit',
  env: {
    ...process.env,
    DATA_DIR: dataDir,
    SEED_DEMO: 'true',
    NODE_ENV: 'test',
    SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
    NOTIFY_INTERVAL_SECONDS: '1',
    // As in production: an administrator without a second factor enrols one first (demo accounts are exempt).
    REQUIRE_2FA: 'true',
    OIDC_ISSUER: `http://127.0.0.1:${idpPort}`,
    OIDC_CLIENT_ID: 'zdyq',
    OIDC_CLIENT_SECRET: 'zdyq-test-secret-0123456789abcdef',
    OIDC_REDIRECT_URI: `${product}/api/auth/oidc/callback`,
  },
});
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    server.kill(signal);
    idp.kill(signal);
  });
}
server.on('exit', (code) => {
  idp.kill('SIGTERM');
  smtp.close();
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(mails, { force: true });
  process.exit(code ?? 0);
});
