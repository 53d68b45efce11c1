import { seedSyntheticProjects } from '@zdyq/db/seed';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { today } from '../src/lib/dates.ts';
import { quarterBounds, quarterOf } from '../src/modules/race/race.service.ts';
import { type ApiClient, startTestServer, type TestServer } from './api.ts';

type RaceRow = { rank: number; score: number; overdueProblems: number; unit: { name: string } };
type Target = { name: string; unit: string; target: number; current: number };
type Bulletin = {
  id: string;
  kind: string;
  period: string;
  asOf: string;
  title: string;
  bestCase: string | null;
  downloadUrl: string;
};
const ISSUE = `mutation($i: BulletinInput!) { issueBulletin(input: $i) { id kind period asOf title bestCase downloadUrl issuedBy { username } } }`;

/** The text runs of a .docx, in document order. */
async function textsOf(bytes: ArrayBuffer): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('word/document.xml')?.async('string');
  if (!xml) throw new Error('no word/document.xml in the file');
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1] ?? '');
}

/** 督查通报: a .docx with the published race, target progress and overdue counts as of the period's end, kept as issued. */
describe('督查通报', () => {
  let t: TestServer;
  let c: Record<'admin' | 'promoter' | 'leader' | 'inspector', ApiClient>;
  // The last ended quarter.
  const quarter = quarterOf(today());
  const lastQuarter = (() => {
    const [y, q] = [Number(quarter.slice(0, 4)), Number(quarter.slice(6))];
    return q === 1 ? `${y - 1}-Q4` : `${y}-Q${q - 1}`;
  })();
  const asOf = quarterBounds(lastQuarter).end;

  beforeAll(async () => {
    t = await startTestServer();
    // Several years of projects, nodes and problems, so the figures compared are not zeros.
    await seedSyntheticProjects(t.handle.db, { count: 400, withHistory: true });
    c = (await t.everyone()) as typeof c;
  });
  afterAll(() => t.close());

  it('refuses a quarter whose race is not published, a period not ended, and anyone but ADMIN', async () => {
    const unpublished = await c.admin.fails(ISSUE, { i: { kind: 'QUARTERLY', period: lastQuarter } });
    expect(unpublished.extensions?.field).toBe('period');
    expect(unpublished.message).toContain('尚未发布');
    const running = await c.admin.fails(ISSUE, { i: { kind: 'MONTHLY', period: today().slice(0, 7) } });
    expect(running.extensions?.field).toBe('period');
    expect((await c.admin.fails(ISSUE, { i: { kind: 'MONTHLY', period: '2026-13' } })).extensions?.field).toBe(
      'period',
    );
    const monthlyCase = await c.admin.fails(ISSUE, { i: { kind: 'MONTHLY', period: '2026-01', bestCase: '案例' } });
    expect(monthlyCase.extensions?.field).toBe('bestCase');
    expect((await c.promoter.fails(ISSUE, { i: { kind: 'MONTHLY', period: '2026-01' } })).extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect((await c.admin.ok<{ bulletins: unknown[] }>('{ bulletins { id } }')).bulletins).toHaveLength(0);
  });

  it('prints the published ranking, the targets and the overdue counts as the product shows them on that day', async () => {
    await c.admin.ok('mutation($q: String!) { publishRace(quarter: $q) { published } }', { q: lastQuarter });
    const bestCase = '某新材料项目从签约到开工仅用45天，“拿地即开工”经验值得推广。';
    const { issueBulletin: b } = await c.admin.ok<{ issueBulletin: Bulletin }>(ISSUE, {
      i: { kind: 'QUARTERLY', period: lastQuarter, bestCase },
    });
    expect(b).toMatchObject({ kind: 'QUARTERLY', period: lastQuarter, asOf, bestCase });
    expect(b.title).toContain(`第${lastQuarter.slice(6)}季度`);

    const { unitRace } = await c.leader.ok<{ unitRace: { published: boolean; rows: RaceRow[] } }>(
      'query($q: String!) { unitRace(quarter: $q) { published rows { rank score overdueProblems unit { name } } } }',
      { q: lastQuarter },
    );
    expect(unitRace.published).toBe(true);
    expect(unitRace.rows.length).toBeGreaterThan(0);
    const { targets, dashboard } = await c.leader.ok<{
      targets: Target[];
      dashboard: { warnings: { overdueNodes: number; overdueProblems: number } };
    }>(
      'query($d: Date) { targets(asOf: $d) { name unit target current } dashboard(asOf: $d) { warnings { overdueNodes overdueProblems } } }',
      { d: asOf },
    );

    expect(dashboard.warnings.overdueNodes + dashboard.warnings.overdueProblems).toBeGreaterThan(0);
    // Every role reads it, as the file it was issued as.
    const res = await c.inspector.request(b.downloadUrl);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('wordprocessingml');
    const texts = await textsOf(await res.arrayBuffer());
    const joined = texts.join('|');
    expect(texts[0]).toBe(b.title);
    // The ranking, in order, with each unit's score and overdue problems.
    const ranking = unitRace.rows.map((r) => [r.rank, r.unit.name, r.score, r.overdueProblems].join('|')).join('|');
    expect(joined).toContain(ranking);
    for (const target of targets) {
      expect(joined).toContain(`${target.name}|${target.target}${target.unit}|${target.current}${target.unit}`);
    }
    expect(joined).toContain(
      `全区逾期节点 ${dashboard.warnings.overdueNodes} 个，逾期未办结问题 ${dashboard.warnings.overdueProblems} 个。`,
    );
    expect(joined).toContain(bestCase);

    // The per-unit overdue rows add up to the district's counts.
    const start = texts.indexOf(
      '逾期问题',
      texts.indexOf(
        '逾期节点',
        texts.findIndex((x) => x.startsWith('全区逾期节点')),
      ),
    );
    const tail = texts.slice(start + 1, texts.indexOf('四、最佳案例'));
    let nodes = 0;
    let problems = 0;
    for (let i = 0; i + 2 < tail.length; i += 3) {
      nodes += Number(tail[i + 1]);
      problems += Number(tail[i + 2]);
    }
    expect(nodes).toBe(dashboard.warnings.overdueNodes);
    expect(problems).toBe(dashboard.warnings.overdueProblems);

    // Listed with its date; the download is audited.
    const { bulletins } = await c.promoter.ok<{ bulletins: Bulletin[] }>('{ bulletins { id period asOf title } }');
    expect(bulletins[0]).toMatchObject({ id: b.id, period: lastQuarter, asOf });
    const audit = await (await t.as('auditor')).ok<{
      auditLog: { nodes: Array<{ action: string; entityId: string }> };
    }>('{ auditLog(entityType: "bulletin") { nodes { action entityId } } }');
    expect(audit.auditLog.nodes.map((n) => n.action).sort()).toEqual(['bulletin.issue', 'download.bulletin']);
  });

  it('issues a monthly bulletin with the latest race published by the month’s end', async () => {
    const month = asOf.slice(0, 7);
    const { issueBulletin: b } = await c.admin.ok<{ issueBulletin: Bulletin }>(ISSUE, {
      i: { kind: 'MONTHLY', period: month },
    });
    expect(b.asOf).toBe(asOf);
    const texts = await textsOf(await (await c.leader.request(b.downloadUrl)).arrayBuffer());
    expect(texts.join('|')).toContain(`${lastQuarter} 单位赛马`);
    expect(texts).not.toContain('四、最佳案例');
    // A month before any publication says so.
    const { issueBulletin: early } = await c.admin.ok<{ issueBulletin: Bulletin }>(ISSUE, {
      i: { kind: 'MONTHLY', period: '2021-01' },
    });
    const earlyTexts = await textsOf(await (await c.leader.request(early.downloadUrl)).arrayBuffer());
    expect(earlyTexts).toContain('本期尚无已发布的单位赛马结果。');
    expect((await c.leader.request('/api/bulletins/not-an-id.docx')).status).toBe(404);
  });

  it('writes what people typed as text: no markup of theirs in the document, a paragraph a line', async () => {
    const markup = '</w:t></w:r><w:r><w:br/><w:t>注入 & <![CDATA[x]]>';
    // A unit the overdue table names, under a name of markup.
    const { unitRace } = await c.leader.ok<{ unitRace: { rows: Array<{ unit: { id: string; name: string } }> } }>(
      'query($q: String!) { unitRace(quarter: $q) { rows { unit { id name } } } }',
      { q: lastQuarter },
    );
    const unit = unitRace.rows[0]?.unit;
    await c.admin.ok('mutation($id: ID!, $n: String!) { renameUnit(id: $id, name: $n) { id } }', {
      id: unit?.id,
      n: `${unit?.name}${markup}`,
    });
    const bestCase = `第一段 ${markup}\n\n第二段 ### 不是标题\r\n第三段`;
    const { issueBulletin: b } = await c.admin.ok<{ issueBulletin: Bulletin }>(ISSUE, {
      i: { kind: 'QUARTERLY', period: lastQuarter, bestCase },
    });
    const zip = await JSZip.loadAsync(await (await c.leader.request(b.downloadUrl)).arrayBuffer());
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    // The product's document has no line breaks inside runs and no CDATA; what was typed is escaped text.
    expect(xml).not.toContain('<w:br/>');
    expect(xml).not.toContain('<![CDATA[');
    expect(xml).toContain('&lt;/w:t&gt;&lt;/w:r&gt;&lt;w:r&gt;&lt;w:br/&gt;&lt;w:t&gt;注入 &amp; &lt;![CDATA[x]]&gt;');
    const texts = await textsOf(await zip.generateAsync({ type: 'arraybuffer' }));
    expect(texts.some((x) => /[\r\n]/.test(x))).toBe(false);
    const after = texts.slice(texts.indexOf('四、最佳案例') + 1);
    expect(after.slice(0, 3)).toEqual([expect.stringMatching(/^第一段 /), '第二段 ### 不是标题', '第三段']);
  });
});
