/**
 * The test identity provider as a process of its own, for the e2e run (e2e/start-server.mjs): on
 * IDP_PORT, for the product at PRODUCT_URL, knowing the demo promoter as the person 张伟 of the
 * province's unified identity (account zjd-zhangwei, password Zjd-pass-1).
 */
import { startIdentityProvider } from './identity-provider.ts';

const product = process.env.PRODUCT_URL ?? 'http://127.0.0.1:4310';
const idp = await startIdentityProvider({
  port: Number(process.env.IDP_PORT ?? 4311),
  redirectUris: [`${product}/api/auth/oidc/callback`],
  postLogoutRedirectUris: [`${product}/login`],
});
idp.people.set('zjd-zhangwei', { password: 'Zjd-pass-1', claims: { preferred_username: 'promoter', name: '张伟' } });
console.log(`identity provider at ${idp.issuer} (client ${idp.clientId})`);
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => void idp.close().then(() => process.exit(0)));
