// The benchmark's baseline (pnpm bench): the web's project list and battle board answered by
// hand-written SQL over `pg`, over HTTP with JSON like the product, for one district's account. It
// checks the session as the product does, then one statement builds the whole answer in the
// database. bench/run.ts checks that each answer equals the product's before timing either.
//   RAW_PORT  DATABASE_URL  RAW_CONNECTIONS (10)
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import pg from 'pg';

const pool = new pg.Pool({
  connectionString: process.env.DATABASE_URL,
  max: Number(process.env.RAW_CONNECTIONS ?? 10),
});

/** The district's date (China Standard Time has no daylight saving). */
const today = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);

type Filter = { tier?: string[]; light?: string[]; search?: string };

/** The filters the benchmark's list cases use, as the product applies them (project.queries.ts). */
function where(filter: Filter, day: string, params: unknown[]): string {
  const conditions = ['p.region_id = ANY ($1)'];
  if (filter.tier?.length) {
    params.push(filter.tier);
    conditions.push(`p.tier::text = ANY ($${params.length})`);
  }
  if (filter.light?.length) {
    params.push(filter.light);
    conditions.push(`p.id IN (SELECT s.project_id FROM project_summaries s
      WHERE s.as_of = '${day}'::date AND s.light::text = ANY ($${params.length}))`);
  }
  if (filter.search) {
    params.push(`%${filter.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    const n = params.length;
    conditions.push(`(p.name ILIKE $${n} OR p.investor ILIKE $${n} OR p.code ILIKE $${n}
      OR array_to_string(p.former_codes, ' ') ILIKE $${n})`);
  }
  return conditions.join(' AND ');
}

const notTerminated = (day: string) => `(p.terminated_on IS NULL OR p.terminated_on > '${day}'::date)`;
const light = (day: string) =>
  `coalesce((SELECT s.light::text FROM project_summaries s WHERE s.project_id = p.id AND s.as_of = '${day}'::date), 'GREEN')`;
const decimal = (column: string) => `CASE WHEN ${column} IS NULL THEN NULL ELSE trim_scale(${column})::text END`;

function listStatement(filter: Filter, day: string, params: unknown[]): string {
  const matching = where(filter, day, params);
  return `WITH page AS (
      SELECT p.* FROM projects p WHERE ${matching} ORDER BY p.created_at DESC, p.id DESC LIMIT 50
    )
    SELECT json_build_object(
      'projects', json_build_object(
        'totalCount', (SELECT count(*) FROM projects p WHERE ${matching}),
        'nodes', coalesce((SELECT json_agg(json_build_object(
          'id', p.id, 'code', p.code, 'name', p.name, 'investor', p.investor, 'industry', p.industry,
          'totalInvestment', ${decimal('p.total_investment')}, 'tier', p.tier, 'stage', p.stage, 'signedOn', p.signed_on,
          'light', ${light(day)},
          'muGrade', (SELECT c.grade FROM compliance_checks c WHERE c.project_id = p.id
            ORDER BY c.checked_on DESC, c.created_at DESC LIMIT 1),
          'countsTowardTarget', coalesce((SELECT p.is_manufacturing AND p.source = 'NEW' AND p.total_investment >= 10
              AND p.signed_on >= tp.period_start AND p.signed_on <= least(tp.period_end, '${day}'::date)
              AND ${notTerminated(day)}
            FROM target_periods tp WHERE tp.code = 'NEW_MFG_10YI' AND tp.region_id = p.region_id
              AND tp.period_start <= '${day}'::date ORDER BY tp.period_start DESC LIMIT 1), false),
          'leadUnit', json_build_object('id', u.id, 'name', u.name),
          'region', json_build_object('id', r.id::text, 'name', r.name)
        ) ORDER BY p.created_at DESC, p.id DESC)
        FROM page p JOIN units u ON u.id = p.lead_unit_id JOIN regions r ON r.id = p.region_id), '[]'::json)),
      'units', (SELECT json_agg(json_build_object('id', u.id, 'name', u.name, 'kind', u.kind) ORDER BY u.sort_order, u.name)
        FROM units u WHERE u.region_id = ANY ($1)),
      'regions', (SELECT json_agg(json_build_object('id', r.id::text, 'name', r.name, 'level', r.level)
        ORDER BY r.level, r.code) FROM regions r WHERE r.id = ANY ($1))
    ) AS data`;
}

function battleStatement(minTiers: string[], day: string, params: unknown[]): string {
  params.push(minTiers);
  const onMap = `p.region_id = ANY ($1) AND p.tier::text = ANY ($${params.length})
    AND p.created_at < ('${day}'::date + 1) AND ${notTerminated(day)}`;
  const open = `x.project_id = p.id AND x.status IN ('OPEN', 'IN_PROGRESS')`;
  return `WITH board AS (
      SELECT p.* FROM projects p WHERE ${onMap} ORDER BY p.total_investment DESC, p.code LIMIT 500
    )
    SELECT json_build_object(
      'battleMap', coalesce((SELECT json_agg(json_build_object(
        'id', p.id, 'code', p.code, 'name', p.name,
        'region', json_build_object('id', r.id::text, 'name', r.name),
        'totalInvestment', ${decimal('p.total_investment')}, 'tier', p.tier, 'stage', p.stage,
        'responsibleLeader', p.responsible_leader,
        'responsibleLeaderUser', (SELECT json_build_object('id', l.id) FROM users l WHERE l.id = p.responsible_leader_id),
        'serviceOfficer', (SELECT json_build_object('id', o.id, 'displayName', o.display_name) FROM users o
          WHERE o.id = p.service_officer_id),
        'light', ${light(day)},
        'latitude', p.latitude::float8, 'longitude', p.longitude::float8,
        'openProblemCount', (SELECT count(*) FROM problems x WHERE ${open}),
        'worstOpenProblemLevel', (SELECT (ARRAY['UNIT', 'LEADER', 'MEETING'])[max(array_position(
          ARRAY['UNIT', 'LEADER', 'MEETING'], x.level::text))] FROM problems x WHERE ${open}),
        'complianceStatus', coalesce((SELECT s.compliance_status::text FROM project_summaries s
          WHERE s.project_id = p.id AND s.as_of = '${day}'::date), 'NONE'),
        'leadUnit', json_build_object('id', u.id, 'name', u.name),
        'nextMilestone', (SELECT json_build_object('id', m.id, 'key', m.key, 'name', m.name, 'plannedOn', m.planned_on,
            'status', CASE WHEN m.planned_on < '${day}'::date THEN 'OVERDUE'
              WHEN m.planned_on <= '${day}'::date + 15 THEN 'DUE_SOON' ELSE 'PENDING' END)
          FROM milestones m WHERE m.project_id = p.id AND m.actual_on IS NULL AND m.planned_on IS NOT NULL
          ORDER BY m.planned_on, m.sort_order LIMIT 1)
      ) ORDER BY p.total_investment DESC, p.code)
      FROM board p JOIN units u ON u.id = p.lead_unit_id JOIN regions r ON r.id = p.region_id), '[]'::json),
      'battleMapCount', (SELECT count(*) FROM projects p WHERE ${onMap}),
      'appConfig', json_build_object('mapTileUrl', $${params.length + 1}::text, 'mapTileAttribution', $${params.length + 2}::text)
    ) AS data`;
}

const tiersFrom = (minTier: string) => {
  const order = ['MAJOR_50', 'MAJOR_10', 'OVER_1', 'UNDER_1'];
  return order.slice(0, order.indexOf(minTier) + 1);
};

const SESSION = /(?:^|;\s*)zdyq_session=([^;]+)/;

const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', async () => {
    try {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
        variables: { filter?: Filter; minTier?: string };
      };
      const token = SESSION.exec(req.headers.cookie ?? '')?.[1];
      const session = token
        ? await pool.query<{ region_id: number }>(
            `SELECT u.region_id FROM sessions s JOIN users u ON u.id = s.user_id
              WHERE s.id = $1 AND s.expires_at > now() AND u.active`,
            [createHash('sha256').update(decodeURIComponent(token)).digest('hex')],
          )
        : null;
      const region = session?.rows[0]?.region_id;
      if (region === undefined) {
        res.writeHead(401).end();
        return;
      }
      const day = today();
      const params: unknown[] = [[region]];
      const statement =
        req.headers['x-bench-case'] === 'battle'
          ? battleStatement(tiersFrom(body.variables.minTier ?? 'MAJOR_50'), day, params)
          : listStatement(body.variables.filter ?? {}, day, params);
      if (req.headers['x-bench-case'] === 'battle')
        params.push(process.env.MAP_TILE_URL ?? null, process.env.MAP_TILE_ATTRIBUTION ?? null);
      const result = await pool.query<{ data: unknown }>(statement, params);
      const json = JSON.stringify({ data: result.rows[0]?.data });
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end(json);
    } catch (error) {
      res.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
    }
  });
});
server.listen(Number(process.env.RAW_PORT), '127.0.0.1');
const stop = () => server.close(() => void pool.end());
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
