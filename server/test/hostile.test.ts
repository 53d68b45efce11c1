import { loginAttempts, projects, users } from '@zdyq/db/schema';
import { seedSyntheticProjects, unitByName } from '@zdyq/db/seed';
import { eq, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryLimits } from '../src/graphql/limits.ts';
import { LOGIN_LIMITS } from '../src/modules/auth/throttle.ts';
import { IMPORT_LIMITS } from '../src/modules/ledger/ledger.read.ts';
import { type ApiClient, startTestServer, type TestServer } from './api.ts';
import { figures, watchHealth } from './figures.ts';

/**
 * The attacks of a hostile user and a busy morning, each refused or bounded while /healthz keeps
 * answering within a second.
 */
const figure = figures('hostile');
afterAll(() => figure.save());
const LOGIN = 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { id } }';

describe('a hostile caller', () => {
  let t: TestServer;
  let leader: ApiClient;
  let admin: ApiClient;
  let security: ApiClient;

  beforeAll(async () => {
    t = await startTestServer({ TRUST_PROXY: 'true' });
    ({ leader, admin, security } = await t.everyone());
    await seedSyntheticProjects(t.handle.db, { count: 1_500 });
  }, 180_000);
  afterAll(() => t.close());

  /** Runs an attack while watching /healthz; fails when health waited a second or more. */
  async function underAttack<T>(attack: () => Promise<T>): Promise<T> {
    const health = watchHealth(t.url);
    try {
      return await attack();
    } finally {
      const longest = await health.stop();
      figure.max('longestHealthzMs', longest);
      figure.add('attacksRefused');
      expect(longest, 'longest /healthz answer in ms').toBeLessThan(1000);
    }
  }

  it('refuses a query nested 12 deep with 3 aliases a level before running it', async () => {
    // 1.7 KB of text that would fan out to 3^12 copies: each level's fragment asks for the last one three times.
    const fragments = ['fragment L0 on Project { id name }'];
    for (let level = 1; level <= 12; level++) {
      const copies = ['a', 'b', 'c'].map((alias) => `${alias}: problems { project { ...L${level - 1} } }`);
      fragments.push(`fragment L${level} on Project { ${copies.join(' ')} }`);
    }
    const query = `{ battleMap(minTier: OVER_1) { ...L12 } } ${fragments.join(' ')}`;
    expect(query.length).toBeLessThan(2_000);
    const error = await underAttack(() => leader.fails(query));
    expect(error.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(error.message).toMatch(/depth|aliases|cost/i);
  });

  it('refuses 1,000 aliases of the dashboard', async () => {
    const query = `{ ${Array.from({ length: 1000 }, (_, i) => `d${i}: dashboard { asOf }`).join(' ')} }`;
    const res = await underAttack(() => leader.gql(query));
    expect(res.data ?? null).toBeNull();
    expect(res.errors?.[0]?.extensions?.code).toMatch(/GRAPHQL_(VALIDATION|PARSE)_FAILED/);
  });

  it('refuses a document of too many tokens, and batched operations', async () => {
    const query = `{ ${Array.from({ length: queryLimits.tokens }, () => 'me { id }').join(' ')} }`;
    const res = await underAttack(() => leader.gql(query));
    expect(res.errors?.[0]?.extensions?.code).toMatch(/GRAPHQL_(VALIDATION|PARSE)_FAILED/);
    const batch = await leader.request('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ me { id } }' }, { query: '{ me { id } }' }]),
    });
    expect(batch.status).toBe(400);
  });

  it('bounds the battle map at 1,500 projects, and says how many there are', async () => {
    const [{ n } = { n: 0 }] = await t.handle.db
      .select({ n: sql<number>`count(*)::int` })
      .from(projects)
      .where(sql`${projects.tier} IN ('MAJOR_50', 'MAJOR_10', 'OVER_1') AND ${projects.stage} <> 'TERMINATED'`);
    expect(n).toBeGreaterThan(500);
    const concurrent = await underAttack(() =>
      Promise.all(
        Array.from({ length: 10 }, () =>
          leader.ok<{ battleMap: unknown[]; battleMapCount: number }>(
            '{ battleMap(minTier: OVER_1) { id name light nextMilestone { name } } battleMapCount(minTier: OVER_1) }',
          ),
        ),
      ),
    );
    for (const answer of concurrent) {
      expect(answer.battleMap).toHaveLength(500);
      expect(answer.battleMapCount).toBe(n);
    }
    const tooMany = await leader.fails('{ battleMap(minTier: OVER_1, first: 1001) { id } }');
    expect(tooMany.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    // A larger page is refused by its cost before anything runs.
    const huge = await leader.fails('{ battleMap(minTier: OVER_1, first: 100000) { id } }');
    expect(huge.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses a query estimated to resolve more than the field budget before it runs, with one error', async () => {
    const fields = 'id key name plannedOn baselineOn actualOn note late completedByStage status';
    // Within every static limit (three aliases, default pages), but 3 × 500 projects × 11 nodes × 10 fields.
    const copy = (alias: string) => `${alias}: battleMap(minTier: OVER_1) { milestones { ${fields} } }`;
    const res = await underAttack(() => leader.gql(`{ ${copy('a')} ${copy('b')} ${copy('c')} }`));
    expect(res.data ?? null).toBeNull();
    expect(res.errors).toHaveLength(1);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', limit: queryLimits.resolvedFields });
  });

  it('refuses control characters in any text, anonymous sign-in included, naming the field', async () => {
    const anonymous = t.anonymous();
    const login = await anonymous.fails(LOGIN, { u: 'admin\u0000', p: 'x' });
    expect(login.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'username' });
    const unit = (await unitByName(t.handle.db, '区投资促进中心')).id;
    const create = await admin.fails('mutation($i: ProjectInput!) { createProject(input: $i) { id } }', {
      i: {
        name: '项目\u0000',
        investor: 'x',
        industry: 'CHEMICAL',
        source: 'NEW',
        isManufacturing: true,
        totalInvestment: '1',
        leadUnitId: unit,
      },
    });
    expect(create.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    const literal = await admin.fails('{ projects(filter: { search: "a\\u0007b" }) { totalCount } }');
    expect(literal.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'search' });
    figure.add('attacksRefused', 3);
  });

  it('answers malformed, oversized and mistyped bodies in the JSON error shape', async () => {
    const post = (body: string, type = 'application/json') =>
      fetch(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': type }, body });
    const bad = await post('{"query": ');
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ errors: [{ extensions: { code: 'BAD_USER_INPUT', field: 'body' } }] });
    const huge = await post(JSON.stringify({ query: `{ me { id } }`, variables: { x: 'x'.repeat(2_000_000) } }));
    expect(huge.status).toBe(413);
    expect(await huge.json()).toMatchObject({ errors: [{ extensions: { code: 'BAD_USER_INPUT' } }] });
    const xml = await post('<query/>', 'application/xml');
    expect(xml.headers.get('content-type')).toMatch(/json/);
    expect(((await xml.json()) as { errors: unknown[] }).errors).toHaveLength(1);
    const missing = await fetch(`${t.url}/api/nothing-here`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ error: { code: 'NOT_FOUND' } });
    figure.add('attacksRefused', 4);
  });

  it('checks at most five passwords under 40 concurrent guesses, and never locks the owner out from elsewhere', async () => {
    const from = (ip: string) => {
      const client = t.anonymous();
      return (query: string, variables: Record<string, unknown>) =>
        client.request('/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-forwarded-for': ip },
          body: JSON.stringify({ query, variables }),
        });
    };
    const attacker = from('203.0.113.7');
    const answers = await underAttack(() =>
      Promise.all(
        Array.from({ length: 40 }, (_, i) =>
          attacker(LOGIN, { u: 'leader', p: `guess-${i}` }).then(
            async (r) =>
              ((await r.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]?.extensions.code,
          ),
        ),
      ),
    );
    expect(answers.filter((c) => c === 'UNAUTHENTICATED')).toHaveLength(LOGIN_LIMITS.perAccountAndAddress);
    expect(answers.filter((c) => c === 'TOO_MANY_ATTEMPTS')).toHaveLength(40 - LOGIN_LIMITS.perAccountAndAddress);
    const checked = await t.handle.db
      .select({ n: sql<number>`count(*)::int` })
      .from(loginAttempts)
      .where(sql`lower(${loginAttempts.username}) = 'leader' AND ${loginAttempts.ip} = '203.0.113.7'`);
    expect(checked[0]?.n).toBe(LOGIN_LIMITS.perAccountAndAddress);
    // Even the right password waits, from the attacker's address …
    const right = await (await attacker(LOGIN, { u: 'leader', p: 'demo1234' })).json();
    expect(right).toMatchObject({ errors: [{ extensions: { code: 'TOO_MANY_ATTEMPTS' } }] });
    // … but the leader at their own desk signs in.
    const own = await (await from('198.51.100.20')(LOGIN, { u: 'leader', p: 'demo1234' })).json();
    expect(own).toMatchObject({ data: { login: { id: t.users.leader } } });
    // ADMIN sees the lock and lifts it.
    const [row] = await t.handle.db.select({ id: users.id }).from(users).where(eq(users.username, 'leader'));
    const listed = await admin.ok<{ users: Array<{ username: string; locked: boolean }> }>(
      '{ users { username locked } }',
    );
    expect(listed.users.find((u) => u.username === 'leader')?.locked).toBe(true);
    await security.ok('mutation($id: ID!) { unlockAccount(id: $id) }', { id: row?.id });
    const after = await (await attacker(LOGIN, { u: 'leader', p: 'demo1234' })).json();
    expect(after).toMatchObject({ data: { login: { id: t.users.leader } } });
  });

  it('reads an import as a stream: 5,001 rows, or a small file that unpacks huge, are refused before memory grows', async () => {
    const headers = ['项目名称', '投资方', '产业类别', '项目来源', '制造业项目', '总投资（亿元）', '责任单位'];
    const chunks: Buffer[] = [];
    const { Writable } = await import('node:stream');
    const sink = new Writable({
      write(chunk, _enc, done) {
        chunks.push(chunk as Buffer);
        done();
      },
    });
    const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useSharedStrings: false });
    const sheet = book.addWorksheet('项目台账');
    sheet.addRow(headers).commit();
    for (let i = 0; i < 200_000; i++) sheet.addRow([`项目${i}`]).commit();
    sheet.commit();
    await book.commit();
    const many = Buffer.concat(chunks);
    expect(many.length).toBeLessThan(IMPORT_LIMITS.maxBytes);
    const before = process.memoryUsage().rss;
    const res = await underAttack(() => upload(admin, many, true));
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { message: string } }).error.message).toContain(
      `${IMPORT_LIMITS.maxRows}行`,
    );
    expect((process.memoryUsage().rss - before) / 1024 / 1024, 'MB of memory grown').toBeLessThan(300);

    // 60 MB of one repeated byte packs into a few dozen kilobytes.
    const { default: JSZip } = await import('jszip');
    const bomb = new JSZip();
    bomb.file('[Content_Types].xml', '<Types/>');
    bomb.file('xl/sharedStrings.xml', Buffer.alloc(60 * 1024 * 1024, 0x41));
    const packed = await bomb.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    expect(packed.length).toBeLessThan(1024 * 1024);
    const refused = await underAttack(() => upload(admin, packed, true));
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as { error: { message: string } }).error.message).toContain('解压后');
  }, 120_000);

  it('refuses an archive whose headers understate its parts’ sizes, having unpacked no more than they claim', async () => {
    const { default: JSZip } = await import('jszip');
    const zip = new JSZip();
    zip.file('[Content_Types].xml', '<Types/>');
    zip.file('xl/sharedStrings.xml', Buffer.alloc(60 * 1024 * 1024, 0x41));
    const packed = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    // Every header of the 60 MB part, local and central, says it unpacks to 100 bytes.
    const name = Buffer.from('xl/sharedStrings.xml');
    let lied = 0;
    for (let at = packed.indexOf(name); at >= 0; at = packed.indexOf(name, at + 1)) {
      const local = packed.readUInt32LE(at - 30) === 0x04034b50;
      const central = packed.readUInt32LE(at - 46) === 0x02014b50;
      if (local) packed.writeUInt32LE(100, at - 30 + 22);
      if (central) packed.writeUInt32LE(100, at - 46 + 24);
      lied += Number(local || central);
    }
    expect(lied).toBe(2);
    const before = process.memoryUsage().rss;
    const refused = await underAttack(() => upload(admin, packed, true));
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as { error: { field: string } }).error.field).toBe('file');
    expect((process.memoryUsage().rss - before) / 1024 / 1024, 'MB of memory grown').toBeLessThan(100);
  });

  it('checks a 1,000-row file in the background while others are served within a second', async () => {
    const headers = ['项目名称', '投资方', '产业类别', '项目来源', '制造业项目', '总投资（亿元）', '责任单位'];
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('项目台账');
    sheet.addRow(headers);
    for (let i = 0; i < 1000; i++)
      sheet.addRow([`后台检查${i}`, '投资方', '新材料', '新引进', '是', 3, '区投资促进中心']);
    const file = Buffer.from(await book.xlsx.writeBuffer());
    const body = await underAttack(async () => {
      const res = await upload(admin, file, true, true);
      expect(res.status).toBe(202);
      let job = (await res.json()) as { id: string; status: string; processed: number; total: number; result: any };
      const seen = new Set<number>();
      while (job.status === 'RUNNING') {
        await new Promise((r) => setTimeout(r, 100));
        job = (await (await admin.request(`/api/imports/${job.id}`)).json()) as typeof job;
        seen.add(job.processed);
      }
      return job;
    });
    expect(body.status).toBe('SUCCEEDED');
    expect(body.result).toMatchObject({ dryRun: true, total: 1000, created: 1000, errors: [] });
    // Another user cannot follow someone else's job.
    expect((await leader.request(`/api/imports/${(body as { id: string }).id}`)).status).toBe(404);
  }, 120_000);

  it('stops a running import when asked, with nothing imported', async () => {
    const headers = ['项目名称', '投资方', '产业类别', '项目来源', '制造业项目', '总投资（亿元）', '责任单位'];
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('项目台账');
    sheet.addRow(headers);
    for (let i = 0; i < 3000; i++)
      sheet.addRow([`取消导入${i}`, '投资方', '新材料', '新引进', '是', 3, '区投资促进中心']);
    const before = await projectCount();
    const res = await upload(admin, Buffer.from(await book.xlsx.writeBuffer()), false, true);
    const { id } = (await res.json()) as { id: string };
    const cancel = await admin.request(`/api/imports/${id}/cancel`, { method: 'POST' });
    expect(cancel.status).toBe(202);
    let job = { status: 'RUNNING' };
    while (job.status === 'RUNNING') {
      await new Promise((r) => setTimeout(r, 100));
      job = (await (await admin.request(`/api/imports/${id}`)).json()) as typeof job;
    }
    expect(job.status).toBe('CANCELLED');
    expect(await projectCount()).toBe(before);
  }, 120_000);

  it('sniffs uploads by their bytes and never shows a PDF inline', async () => {
    const inspector = await t.as('inspector');
    const post = (bytes: Buffer | string, name: string, type: string) => {
      const form = new FormData();
      form.append('file', new Blob([bytes], { type }), name);
      return inspector.request('/api/attachments', { method: 'POST', body: form });
    };
    const svg = await post(
      '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
      'a.png',
      'image/png',
    );
    expect(svg.status).toBe(400);
    const exe = await post(Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200)]), 'photo.jpg', 'image/jpeg');
    expect(exe.status).toBe(400);
    const html = await post('<html><script>alert(1)</script></html>', 'scan.pdf', 'application/pdf');
    expect(html.status).toBe(400);
    const pdf = await post(
      '%PDF-1.4\n1 0 obj << /OpenAction << /JS (app.alert(1)) >> >>\n%%EOF',
      'scan.pdf',
      'text/plain',
    );
    expect(pdf.status).toBe(201);
    const { url } = (await pdf.json()) as { url: string };
    const read = await inspector.request(url);
    expect(read.headers.get('content-disposition')).toMatch(/^attachment/);
    expect(read.headers.get('content-type')).toBe('application/octet-stream');
    expect(read.headers.get('content-security-policy')).toContain('sandbox');
    figure.add('attacksRefused', 3);
  });

  it('neutralizes formula-leading text in every exported workbook', async () => {
    const unit = (await unitByName(t.handle.db, '区投资促进中心')).id;
    await admin.ok('mutation($i: ProjectInput!) { createProject(input: $i) { id } }', {
      i: {
        name: '=HYPERLINK("http://evil.example","点我")',
        investor: '@SUM(A1)',
        industry: 'CHEMICAL',
        source: 'NEW',
        isManufacturing: true,
        totalInvestment: '2',
        leadUnitId: unit,
      },
    });
    const exported = await admin.request('/api/projects.xlsx?search=HYPERLINK');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await exported.arrayBuffer());
    const row = book.worksheets[0]?.getRow(2);
    expect(row?.getCell(2).value).toBe('\'=HYPERLINK("http://evil.example","点我")');
    expect(row?.getCell(3).value).toBe("'@SUM(A1)");
    figure.add('attacksRefused');
  });

  it('refuses file requests another site makes the browser send', async () => {
    const evil = await admin.request('/api/projects/import?dryRun=1', {
      method: 'POST',
      headers: { origin: 'https://evil.example' },
      body: new FormData(),
    });
    expect(evil.status).toBe(403);
    const link = await admin.request('/api/projects.xlsx', { headers: { 'sec-fetch-site': 'cross-site' } });
    expect(link.status).toBe(403);
    expect((await admin.request('/api/projects.xlsx', { headers: { 'sec-fetch-site': 'same-origin' } })).status).toBe(
      200,
    );
    figure.add('attacksRefused', 2);
  });

  const upload = (client: ApiClient, buffer: Buffer, dryRun = false, background = false) => {
    const form = new FormData();
    form.append('file', new Blob([buffer]), '台账.xlsx');
    const query = [dryRun ? 'dryRun=1' : '', background ? 'async=1' : ''].filter(Boolean).join('&');
    return client.request(`/api/projects/import${query ? `?${query}` : ''}`, { method: 'POST', body: form });
  };
  const projectCount = async () =>
    (await t.handle.db.select({ n: sql<number>`count(*)::int` }).from(projects))[0]?.n ?? 0;
});

describe('in production', () => {
  it('gives no field suggestions ("Did you mean …")', async () => {
    const t = await startTestServer({ NODE_ENV: 'production', COOKIE_SECURE: 'false' });
    try {
      const error = await (await t.as('leader')).fails('{ projcts { totalCount } }');
      expect(error.message).not.toMatch(/Did you mean/);
      const dev = await startTestServer();
      try {
        expect((await (await dev.as('leader')).fails('{ projcts { totalCount } }')).message).toMatch(/Did you mean/);
      } finally {
        await dev.close();
      }
    } finally {
      await t.close();
    }
    figure.add('attacksRefused');
  }, 120_000);
});
