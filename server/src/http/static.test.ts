import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { webApp } from './static.ts';

describe('the built web app', () => {
  const dist = mkdtempSync(join(tmpdir(), 'web-dist-'));
  const script = 'console.log("招大引强");'.repeat(200);
  let url = '';
  let close = () => {};

  beforeAll(async () => {
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><div id="root"></div>');
    writeFileSync(join(dist, 'assets/index-abc123.js'), script);
    writeFileSync(join(dist, 'assets/index-abc123.js.gz'), gzipSync(script));
    writeFileSync(join(dist, 'assets/index-abc123.js.br'), brotliCompressSync(script));
    writeFileSync(join(dist, 'favicon.svg'), '<svg/>');
    const app = express().use(webApp(dist));
    const server = app.listen(0);
    await new Promise((resolve) => server.once('listening', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    close = () => server.close();
  });
  afterAll(() => {
    close();
    rmSync(dist, { recursive: true, force: true });
  });

  const get = (path: string, encoding: string) =>
    fetch(url + path, { headers: { 'accept-encoding': encoding }, decompress: false } as RequestInit);

  it('sends the brotli file to a browser that takes it, gzip to one that takes only gzip, plain otherwise', async () => {
    const br = await get('/assets/index-abc123.js', 'gzip, deflate, br');
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('content-type')).toMatch(/javascript/);
    expect(br.headers.get('vary')).toMatch(/Accept-Encoding/i);

    const gz = await fetch(`${url}/assets/index-abc123.js`, { headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect(await gz.text()).toBe(script);

    const plain = await get('/assets/index-abc123.js', 'identity');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.text()).toBe(script);
  });

  it('caches hashed assets for good and revalidates everything else', async () => {
    const asset = await get('/assets/index-abc123.js', 'br');
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const icon = await get('/favicon.svg', 'br');
    expect(icon.headers.get('cache-control')).toBe('no-cache');
    const page = await get('/projects/42', 'br');
    expect(page.status).toBe(200);
    expect(page.headers.get('cache-control')).toBe('no-cache');
    expect(await page.text()).toContain('id="root"');
  });

  it('answers 404 for a missing asset rather than the page', async () => {
    const missing = await get('/assets/gone-000000.js', 'br');
    expect(missing.status).toBe(404);
  });
});
