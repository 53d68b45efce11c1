import { and, eq, sql } from 'drizzle-orm';
import type { Database, DatabaseOrTransaction } from '../client.ts';
import { addDays, addMonths } from '../lifecycle.ts';
import type { Stage } from '../schema/enums.ts';
import {
  auditLog,
  milestones,
  problemCoUnits,
  problems,
  problemUpdates,
  type projects,
  stageEvents,
  units,
  users,
} from '../schema/index.ts';
import { foundingRegions } from '../scope.ts';
import { demoLeaders, demoProjects } from './demo-projects.ts';
import { createProject, createUser, unitByName } from './factories.ts';
import { planPeriods, planStartOf } from './region-reference.ts';

/** The demo accounts of SPEC section 8; every one signs in with demo1234. */
export const demoAccounts = [
  { username: 'admin', displayName: '系统管理员', role: 'ADMIN', unit: null },
  { username: 'promoter', displayName: '张伟', role: 'PROMOTER', unit: '区投资促进中心' },
  { username: 'promoter2', displayName: '李娜', role: 'PROMOTER', unit: '杭州湾经开区' },
  { username: 'leader', displayName: '王建国', role: 'LEADER', unit: null },
  { username: 'inspector', displayName: '陈静', role: 'INSPECTOR', unit: '区经信局' },
  { username: 'security', displayName: '周敏', role: 'SECURITY_ADMIN', unit: null },
  { username: 'auditor', displayName: '吴芳', role: 'AUDITOR', unit: null },
] as const;

export type DemoUsername = (typeof demoAccounts)[number]['username'];

export const DEMO_PASSWORD = 'demo1234';

/** Creates the demo accounts (flagged demo); returns their ids by username. */
export async function seedDemoAccounts(db: DatabaseOrTransaction): Promise<Record<DemoUsername, string>> {
  const ids: Partial<Record<DemoUsername, string>> = {};
  for (const account of demoAccounts) {
    const unit = account.unit ? await unitByName(db, account.unit) : null;
    const user = await createUser(db, { ...account, unitId: unit?.id ?? null, password: DEMO_PASSWORD, demo: true });
    ids[account.username] = user.id;
  }
  return ids as Record<DemoUsername, string>;
}

/**
 * A demo database from before an account was added to the demo gets it (and the demo flag on the
 * accounts it has): demo mode only, never in production.
 */
export async function ensureDemoAccounts(db: Database): Promise<string[]> {
  return db.transaction(async (tx) => {
    const added: string[] = [];
    for (const account of demoAccounts) {
      const [existing] = await tx
        .select({ id: users.id, demo: users.demo })
        .from(users)
        .where(sql`lower(${users.username}) = ${account.username}`);
      if (existing) {
        if (!existing.demo) await tx.update(users).set({ demo: true }).where(eq(users.id, existing.id));
        continue;
      }
      const unit = account.unit ? await unitByName(tx, account.unit) : null;
      await createUser(tx, { ...account, unitId: unit?.id ?? null, password: DEMO_PASSWORD, demo: true });
      added.push(account.username);
    }
    return added;
  });
}

// Approximate centres (WGS-84) of the platforms and townships, for plausible map pins.
const places: Record<string, [number, number]> = {
  杭州湾经开区: [30.135, 120.86],
  曹娥江经开区: [30.06, 120.9],
  百官街道: [30.03, 120.87],
  曹娥街道: [30.0, 120.85],
  东关街道: [30.04, 120.78],
  道墟街道: [30.08, 120.76],
  梁湖街道: [29.98, 120.83],
  小越街道: [30.06, 120.95],
  崧厦街道: [30.12, 120.91],
  盖北镇: [30.16, 120.95],
  驿亭镇: [30.06, 121.02],
  谢塘镇: [30.12, 121.0],
  长塘镇: [30.02, 120.98],
  永和镇: [29.98, 121.0],
  丰惠镇: [29.94, 120.94],
  上浦镇: [29.93, 120.84],
  汤浦镇: [29.88, 120.82],
  章镇镇: [29.86, 120.87],
  下管镇: [29.8, 120.95],
  岭南乡: [29.77, 120.89],
  陈溪乡: [29.79, 121.0],
};

/** A small deterministic PRNG so the demo is the same on every machine. */
function mulberry32(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function monthsFrom(date: Date, months: number, days = 0): Date {
  const d = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, date.getUTCDate() + days));
  return d;
}

const iso = (d: Date) => d.toISOString().slice(0, 10);

// How many demo projects stand at each stage, and how far back their signing lies (months).
const stagePlan: ReadonlyArray<[Stage, number, [number, number]]> = [
  ['NEGOTIATING', 8, [0, 0]],
  ['SIGNED', 10, [1, 9]],
  ['UNDER_CONSTRUCTION', 16, [8, 40]],
  ['ACCEPTED', 6, [28, 50]],
  ['IN_PRODUCTION', 10, [34, 62]],
  ['AT_CAPACITY', 6, [52, 68]],
  ['TERMINATED', 4, [6, 48]],
];

/**
 * Seeds the demo accounts and about 60 projects across every stage, tier, unit and industry,
 * dated relative to `today`. Runs only on a database without users.
 */
export async function seedDemo(db: Database, today = new Date()): Promise<{ seeded: boolean; projects: number }> {
  return db.transaction(async (tx) => {
    const [existing] = await tx.select({ n: sql<number>`count(*)::int` }).from(users);
    if ((existing?.n ?? 0) > 0) return { seeded: false, projects: 0 };

    const accounts = await seedDemoAccounts(tx);

    const allUnits = await tx.select().from(units).orderBy(units.sortOrder, units.name);
    const byName = new Map(allUnits.map((u) => [u.name, u]));
    const promotion = byName.get('区投资促进中心');
    const hangzhouBay = byName.get('杭州湾经开区');
    const caoe = byName.get('曹娥江经开区');
    if (!promotion || !hangzhouBay || !caoe) throw new Error('reference units missing');
    const otherLeads = allUnits.filter((u) => u.kind === 'DEPARTMENT' && u.id !== promotion.id);
    const townships = allUnits.filter((u) => u.kind === 'TOWNSHIP');

    const random = mulberry32(20220518);
    const stages = stagePlan.flatMap(([stage, count]) => Array.from({ length: count }, () => stage));
    // Shuffle so stages spread over tiers and industries.
    for (let i = stages.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [stages[i], stages[j]] = [stages[j] as Stage, stages[i] as Stage];
    }

    let leaderIndex = 0;
    // 包联领导: the demo leader's account where the text names them; the others stay text for ADMIN to link.
    const leaderName = demoAccounts.find((a) => a.username === 'leader')?.displayName ?? '';
    const leaderOf = (text: string | null) => ({
      responsibleLeader: text,
      responsibleLeaderId: leaderName && text?.includes(leaderName) ? (accounts.leader ?? null) : null,
    });
    for (const [i, demo] of demoProjects.entries()) {
      const stage = stages[i % stages.length] as Stage;
      const lead =
        i % 4 === 0
          ? promotion
          : i % 4 === 1
            ? hangzhouBay
            : i % 4 === 2
              ? caoe
              : otherLeads[Math.floor(i / 4) % otherLeads.length];
      if (!lead) throw new Error('no lead unit');
      const platform =
        lead.id === hangzhouBay.id
          ? hangzhouBay
          : lead.id === caoe.id
            ? caoe
            : townships[Math.floor(i / 2) % townships.length];
      const [lat, lng] = places[platform?.name ?? ''] ?? [30.03, 120.87];
      const owner =
        lead.id === promotion.id ? accounts.promoter : lead.id === hangzhouBay.id ? accounts.promoter2 : undefined;

      const [, , [minBack, maxBack]] = stagePlan.find(([s]) => s === stage) ?? stagePlan[0]!;
      const reached = (s: Stage) => stagePlan.findIndex(([x]) => x === s) <= stagePlan.findIndex(([x]) => x === stage);
      const signed =
        stage === 'NEGOTIATING'
          ? null
          : monthsFrom(today, -(minBack + Math.floor(random() * (maxBack - minBack + 1))), -Math.floor(random() * 20));
      const clamp = (d: Date) => (d > today ? today : d);
      const started =
        signed && stage !== 'TERMINATED' && reached('UNDER_CONSTRUCTION')
          ? clamp(monthsFrom(signed, 3 + Math.floor(random() * 5)))
          : null;
      const accepted =
        started && reached('ACCEPTED') ? clamp(monthsFrom(started, 14 + Math.floor(random() * 6))) : null;
      const production =
        accepted && reached('IN_PRODUCTION') ? clamp(monthsFrom(accepted, 1 + Math.floor(random() * 3))) : null;
      const capacity =
        production && reached('AT_CAPACITY') ? clamp(monthsFrom(production, 10 + Math.floor(random() * 4))) : null;
      const terminated =
        stage === 'TERMINATED' && signed ? clamp(monthsFrom(signed, 4 + Math.floor(random() * 6))) : null;
      const total = demo.total;
      const createdAt = signed ? monthsFrom(signed, -2) : monthsFrom(today, -Math.floor(random() * 8) - 1);

      const project = await createProject(tx, {
        name: demo.name,
        investor: demo.investor,
        industry: demo.industry,
        source: demo.source,
        isManufacturing: demo.manufacturing,
        isForeign: demo.foreignUsd !== undefined,
        // 投资总额 of a foreign-invested enterprise: its 亿元 total at about 7 元 to the dollar, at least the foreign share.
        totalInvestmentUsd:
          demo.foreignUsd === undefined
            ? null
            : String(Math.max(demo.foreignUsd, Math.round((demo.total * 10_000) / 7))),
        foreignInvestmentUsd: demo.foreignUsd?.toString() ?? null,
        isChainProject: demo.chain ?? false,
        // 项目类型: a 改造 of an enterprise here is 技改, another expansion 增资扩产, the rest 新建.
        kind: /改造/.test(demo.name) ? 'TECH_UPGRADE' : demo.source === 'EXPANSION' ? 'EXPANSION' : 'NEW_BUILD',
        totalInvestment: total.toString(),
        fixedAssetInvestment: (Math.round(total * 0.8 * 10000) / 10000).toString(),
        landArea: Math.max(20, Math.round(total * 6 + random() * 40)).toString(),
        leadUnitId: lead.id,
        platformId: platform?.id ?? null,
        ownerId: owner ?? null,
        ...leaderOf(total >= 50 ? (demoLeaders[leaderIndex++ % demoLeaders.length] ?? null) : null),
        // The unit's demo promoter serves the enterprise as 首席服务员.
        serviceOfficerId: owner ?? null,
        latitude: Math.round((lat + (random() - 0.5) * 0.03) * 1e5) / 1e5,
        longitude: Math.round((lng + (random() - 0.5) * 0.03) * 1e5) / 1e5,
        address: `绍兴市上虞区${platform?.name ?? ''}`,
        stage,
        signedOn: signed ? iso(signed) : null,
        startedOn: started ? iso(started) : null,
        acceptedOn: accepted ? iso(accepted) : null,
        productionOn: production ? iso(production) : null,
        capacityOn: capacity ? iso(capacity) : null,
        terminatedOn: terminated ? iso(terminated) : null,
        terminationReason: terminated ? '投资方战略调整，项目终止' : null,
        createdById: owner ?? accounts.admin ?? null,
        createdAt,
      });
      await lifeOf(tx, project, { random, today: iso(today), actorId: owner ?? accounts.admin });
      if (project.signedOn && project.stage !== 'TERMINATED' && i % 3 !== 2) {
        await problemsOf(tx, project, { random, today: iso(today), accounts, units: allUnits });
      }
    }
    // The plan period running on the day beside the ended 2021–2023 one (SPEC 8).
    if (planStartOf(today) !== 2021) await planPeriods(tx, foundingRegions.SY, planStartOf(today));
    return { seeded: true, projects: demoProjects.length };
  });
}

/**
 * What a year of real use leaves behind: nodes done a little early or late, a few plans moved,
 * a few nodes overdue, and the history entries of creation and of each stage change.
 */
async function lifeOf(
  tx: DatabaseOrTransaction,
  project: typeof projects.$inferSelect,
  ctx: { random: () => number; today: string; actorId: string | undefined },
) {
  const { random, today } = ctx;
  const at = (date: string) => new Date(`${date}T09:${String(Math.floor(random() * 60)).padStart(2, '0')}:00+08:00`);
  await tx.insert(auditLog).values({
    at: project.createdAt,
    actorId: project.createdById,
    action: 'project.create',
    entityType: 'project',
    entityId: project.id,
    projectId: project.id,
    changes: {
      name: { from: null, to: project.name },
      investor: { from: null, to: project.investor },
      totalInvestment: { from: null, to: project.totalInvestment },
      stage: { from: null, to: 'NEGOTIATING' },
    },
  });
  const events = await tx.select().from(stageEvents).where(eq(stageEvents.projectId, project.id));
  for (const event of events) {
    const field = {
      SIGNED: 'signedOn',
      UNDER_CONSTRUCTION: 'startedOn',
      ACCEPTED: 'acceptedOn',
      IN_PRODUCTION: 'productionOn',
      AT_CAPACITY: 'capacityOn',
      TERMINATED: 'terminatedOn',
    }[event.toStage as string];
    await tx.insert(auditLog).values({
      at: at(event.on),
      actorId: project.createdById,
      action: event.toStage === 'TERMINATED' ? 'project.terminate' : 'project.advanceStage',
      entityType: 'project',
      entityId: project.id,
      projectId: project.id,
      changes: {
        stage: { from: event.fromStage ?? 'NEGOTIATING', to: event.toStage },
        ...(field ? { [field]: { from: null, to: event.on } } : {}),
      },
      note: event.note,
    });
  }
  if (!project.signedOn || project.stage === 'TERMINATED') return;

  const nodes = await tx.select().from(milestones).where(eq(milestones.projectId, project.id));
  // Some projects fall behind: one open node is left overdue, one plan has slipped.
  const behind = random() < 0.35;
  let overdueLeft = behind ? 1 : 0;
  for (const node of nodes.sort((a, b) => a.sortOrder - b.sortOrder)) {
    // A node its stage settled was in truth done on a day of its own, which people then record.
    const settled = node.completedByStage && node.settledByStage === null;
    if (!node.plannedOn || (node.actualOn && !settled)) continue;
    if (node.settledByStage !== null) {
      // A stage not reached by its planned day: on track projects have revised the plan.
      if (node.plannedOn < today && !behind) {
        const revised = addDays(today, 5 + Math.floor(random() * 200));
        await tx
          .update(milestones)
          .set({ plannedOn: revised, note: '根据项目进度调整计划' })
          .where(eq(milestones.id, node.id));
      }
      continue;
    }
    const slipped = behind && random() < 0.3 ? addMonths(node.plannedOn, 1 + Math.floor(random() * 2)) : node.plannedOn;
    if (slipped >= today && !settled) {
      if (slipped !== node.plannedOn) {
        await tx.update(milestones).set({ plannedOn: slipped }).where(eq(milestones.id, node.id));
      }
      continue;
    }
    if (!settled && overdueLeft > 0 && (project.stage === 'SIGNED' || project.stage === 'UNDER_CONSTRUCTION')) {
      overdueLeft--;
      await tx
        .update(milestones)
        .set({ plannedOn: slipped, note: '企业资料未齐，督促中' })
        .where(eq(milestones.id, node.id));
      continue;
    }
    let actual = addDays(slipped, Math.floor(random() * 36) - 10);
    if (actual > today) actual = today;
    if (actual < project.signedOn) actual = project.signedOn;
    // Never after the stage that settled it.
    if (settled && node.actualOn && actual > node.actualOn) actual = node.actualOn;
    await tx
      .update(milestones)
      .set({ plannedOn: slipped, actualOn: actual, completedByStage: false })
      .where(and(eq(milestones.id, node.id), eq(milestones.projectId, project.id)));
  }
}

const demoProblems = [
  { title: '用能指标缺口，需协调能耗指标', category: 'ENERGY', lead: '区发改局', co: ['区经信局'] },
  { title: '项目用地尚未完成征收，影响摘牌', category: 'LAND', lead: '自然资源和规划分局', co: ['杭州湾经开区'] },
  { title: '环评批复进度滞后', category: 'APPROVAL', lead: '生态环境分局', co: ['区发改局'] },
  { title: '项目贷款授信未落实', category: 'FINANCING', lead: '区金融办', co: ['区财政局'] },
  { title: '厂区外供电、供水管网配套未到位', category: 'INFRASTRUCTURE', lead: '区经信局', co: ['曹娥江经开区'] },
  { title: '高层次技术人才引进及落户需支持', category: 'TALENT', lead: '区科技局', co: ['区投资促进中心'] },
  {
    title: '施工许可材料需多部门联审',
    category: 'APPROVAL',
    lead: '区市场监管局',
    co: ['自然资源和规划分局', '生态环境分局'],
  },
] as const;

const instructions = [
  '请牵头单位本周内召开协调会，明确时间节点，专人跟进。',
  '此事关系项目按期开工，请相关部门主动靠前服务，限期解决。',
  '请发改、经信部门联合研究，提出解决方案报我。',
];

/** Problems in every state: open, in progress, resolved, closed; some overdue, some escalated, with 批示. */
async function problemsOf(
  tx: DatabaseOrTransaction,
  project: typeof projects.$inferSelect,
  ctx: {
    random: () => number;
    today: string;
    accounts: Record<DemoUsername, string>;
    units: Array<typeof units.$inferSelect>;
  },
) {
  const { random, today, accounts } = ctx;
  const unitId = (name: string) => ctx.units.find((u) => u.name === name)?.id;
  const pick = demoProblems[Math.floor(random() * demoProblems.length)] ?? demoProblems[0];
  const lead = unitId(pick.lead);
  if (!lead) return;
  const raisedOn = addDays(today, -(10 + Math.floor(random() * 80)));
  if (project.signedOn && raisedOn < project.signedOn) return;
  const dueOn = addDays(raisedOn, 20 + Math.floor(random() * 40));
  const roll = random();
  const status = roll < 0.3 ? 'OPEN' : roll < 0.65 ? 'IN_PROGRESS' : roll < 0.85 ? 'RESOLVED' : 'CLOSED';
  const escalated = (status === 'OPEN' || status === 'IN_PROGRESS') && random() < 0.45;
  const at = (date: string, hour: number) => new Date(`${date}T${String(hour).padStart(2, '0')}:30:00+08:00`);
  const [problem] = await tx
    .insert(problems)
    .values({
      projectId: project.id,
      title: pick.title,
      description: `${project.name}：${pick.title}，请牵头单位会同配合单位研究解决。`,
      category: pick.category,
      leadUnitId: lead,
      status,
      level: escalated ? 'LEADER' : 'UNIT',
      dueOn,
      raisedById: project.ownerId ?? accounts.promoter,
      createdAt: at(raisedOn, 9),
      updatedAt: at(raisedOn, 9),
    })
    .returning();
  if (!problem) return;
  const coUnits = pick.co.map(unitId).filter((id): id is string => Boolean(id) && id !== lead);
  if (coUnits.length)
    await tx.insert(problemCoUnits).values(coUnits.map((u) => ({ problemId: problem.id, unitId: u })));
  // A step of the timeline, never after today.
  const step = (days: number) => [addDays(raisedOn, days), today].sort()[0] ?? today;
  const updates: Array<typeof problemUpdates.$inferInsert> = [];
  if (status !== 'OPEN') {
    updates.push({
      problemId: problem.id,
      kind: 'STATUS',
      fromStatus: 'OPEN',
      toStatus: 'IN_PROGRESS',
      body: '已对接企业，正在办理。',
      authorId: accounts.promoter,
      at: at(step(2), 10),
    });
  }
  if (escalated) {
    updates.push({
      problemId: problem.id,
      kind: 'ESCALATION',
      fromLevel: 'UNIT',
      toLevel: 'LEADER',
      body: '列入区领导督办事项。',
      authorId: accounts.leader,
      at: at(step(6), 15),
    });
    updates.push({
      problemId: problem.id,
      kind: 'INSTRUCTION',
      body: instructions[Math.floor(random() * instructions.length)] ?? instructions[0],
      authorId: accounts.leader,
      at: at(step(7), 11),
    });
  } else if (random() < 0.3) {
    updates.push({
      problemId: problem.id,
      kind: 'INSTRUCTION',
      body: instructions[0],
      authorId: accounts.leader,
      at: at(step(5), 11),
    });
  }
  if (status === 'RESOLVED' || status === 'CLOSED') {
    updates.push({
      problemId: problem.id,
      kind: 'STATUS',
      fromStatus: 'IN_PROGRESS',
      toStatus: 'RESOLVED',
      body: '问题已解决。',
      authorId: accounts.promoter,
      at: at(step(12), 16),
    });
  }
  if (status === 'CLOSED') {
    updates.push({
      problemId: problem.id,
      kind: 'STATUS',
      fromStatus: 'RESOLVED',
      toStatus: 'CLOSED',
      authorId: accounts.promoter,
      at: at(step(14), 9),
    });
  }
  if (updates.length) await tx.insert(problemUpdates).values(updates);
  await tx.insert(auditLog).values({
    at: at(raisedOn, 9),
    actorId: problem.raisedById,
    action: 'problem.raise',
    entityType: 'problem',
    entityId: problem.id,
    projectId: project.id,
    changes: { title: { from: null, to: problem.title }, category: { from: null, to: problem.category } },
    note: problem.title,
  });
}
