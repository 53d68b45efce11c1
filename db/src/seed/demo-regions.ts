import { and, eq, sql } from 'drizzle-orm';
import type { Database, Transaction } from '../client.ts';
import { projects, type Role, regions, targetRegionQuotas, units, users } from '../schema/index.ts';
import { foundingRegions, inScope } from '../scope.ts';
import { forwardStages, type Industry, type Stage } from '../values.ts';

type ForwardStage = (typeof forwardStages)[number];

import { DEMO_PASSWORD } from './demo.ts';
import { createProject, createUser } from './factories.ts';
import { planPeriods, planStartOf, seedRegionReference, type TargetValue } from './region-reference.ts';

/** The demo's second district (SPEC 8): 柯桥区, under 绍兴市 beside 上虞区. */
export const demoDistrict = { code: 'KQ', name: '柯桥区' } as const;

/** The accounts of the demo's second district and of the city (SPEC 2.1, 8). */
export const regionDemoAccounts = [
  { username: 'kq-promoter', displayName: '沈浩', role: 'PROMOTER', region: 'KQ', unit: '区投资促进中心' },
  { username: 'kq-leader', displayName: '钱立新', role: 'LEADER', region: 'KQ', unit: null },
  { username: 'city-leader', displayName: '孙志远', role: 'LEADER', region: 'SX', unit: null },
  { username: 'city-admin', displayName: '市系统管理员', role: 'ADMIN', region: 'SX', unit: null },
] as const satisfies ReadonlyArray<{
  username: string;
  displayName: string;
  role: Role;
  region: 'KQ' | 'SX';
  unit: string | null;
}>;

export type RegionDemoUsername = (typeof regionDemoAccounts)[number]['username'];

/** 柯桥区's units: every district has its own 投资促进中心 and 经信局 (unit names are unique per region). */
const keqiaoUnits = [
  { name: '区投资促进中心', kind: 'DEPARTMENT' },
  { name: '区经信局', kind: 'DEPARTMENT' },
  { name: '柯桥经济技术开发区', kind: 'PLATFORM' },
  { name: '滨海工业区', kind: 'PLATFORM' },
  { name: '柯桥街道', kind: 'TOWNSHIP' },
  { name: '钱清街道', kind: 'TOWNSHIP' },
] as const;

/** About 20 projects of the district's own trades (textiles, printing and dyeing, new materials), in every stage. */
const keqiaoProjects: ReadonlyArray<[name: string, investor: string, industry: Industry, total: number, stage: Stage]> =
  [
    ['高端纺织面料智能工厂', '浙江柯纺新材料有限公司', 'NEW_MATERIALS', 32, 'IN_PRODUCTION'],
    ['绿色印染集聚升级项目', '绍兴滨海印染有限公司', 'CHEMICAL', 18, 'UNDER_CONSTRUCTION'],
    ['功能性纤维新材料基地', '恒盛化纤集团有限公司', 'NEW_MATERIALS', 65, 'SIGNED'],
    ['数码印花装备制造项目', '浙江彩云智能装备有限公司', 'HIGH_END_EQUIPMENT', 12, 'ACCEPTED'],
    ['集成电路封装测试项目', '越芯微电子有限公司', 'ELECTRONIC_INFORMATION', 56, 'UNDER_CONSTRUCTION'],
    ['光伏组件智能制造项目', '柯桥新能源科技有限公司', 'NEW_ENERGY', 24, 'AT_CAPACITY'],
    ['医用敷料生产线项目', '浙江康纺医疗用品有限公司', 'MODERN_MEDICINE', 6.5, 'IN_PRODUCTION'],
    ['节能空压机制造项目', '绍兴锐能机械有限公司', 'ENERGY_SAVING_EQUIPMENT', 3.2, 'SIGNED'],
    ['碳纤维复合材料项目', '钱清新材料科技有限公司', 'NEW_MATERIALS', 15, 'NEGOTIATING'],
    ['智能仓储物流装备项目', '浙江捷运智能装备有限公司', 'HIGH_END_EQUIPMENT', 11, 'NEGOTIATING'],
    ['生物基纤维产业化项目', '绿源生物材料有限公司', 'NEW_MATERIALS', 28, 'SIGNED'],
    ['印染废水深度处理装备项目', '柯桥清源环保设备有限公司', 'ENERGY_SAVING_EQUIPMENT', 2.4, 'UNDER_CONSTRUCTION'],
    ['新型显示面板材料项目', '浙江晶显材料有限公司', 'ELECTRONIC_INFORMATION', 52, 'NEGOTIATING'],
    ['储能电池系统集成项目', '绍兴储能科技有限公司', 'NEW_ENERGY', 20, 'TERMINATED'],
    ['高端经编面料扩产项目', '浙江经纬纺织有限公司', 'NEW_MATERIALS', 8, 'ACCEPTED'],
    ['创新药制剂生产基地', '柯桥康华制药有限公司', 'MODERN_MEDICINE', 14, 'SIGNED'],
    ['智能织机整机制造项目', '绍兴织造装备有限公司', 'HIGH_END_EQUIPMENT', 10.5, 'IN_PRODUCTION'],
    ['环保型助剂生产项目', '浙江润华化工有限公司', 'CHEMICAL', 4.8, 'NEGOTIATING'],
    ['纺织品检测认证中心项目', '柯桥质检科技有限公司', 'OTHER', 1.6, 'SIGNED'],
    ['氢能装备零部件项目', '浙江氢途动力有限公司', 'NEW_ENERGY', 36, 'UNDER_CONSTRUCTION'],
  ];

/** Months after signing at which each stage after it was reached, for plausible dates. */
const monthsAfterSigning: Partial<Record<Stage, number>> = {
  UNDER_CONSTRUCTION: 4,
  ACCEPTED: 20,
  IN_PRODUCTION: 22,
  AT_CAPACITY: 33,
  TERMINATED: 6,
};

function monthsBefore(today: Date, months: number): string {
  const d = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - months, Math.min(today.getUTCDate(), 28)));
  return d.toISOString().slice(0, 10);
}

/** The region a code names, created under 绍兴市 if it is the demo's district and missing. */
async function ensureDistrict(db: Database): Promise<number> {
  await db
    .insert(regions)
    .values({ ...demoDistrict, level: 'DISTRICT', parentId: foundingRegions.SX })
    .onConflictDoNothing();
  const [row] = await db.select({ id: regions.id }).from(regions).where(eq(regions.code, demoDistrict.code));
  if (!row) throw new Error('the demo district was not created');
  return row.id;
}

/** The city's value of a target: about three and a third districts' worth of a count (30 → 100), a rate as it is. */
const cityValue: TargetValue = (t) =>
  t.kind === 'COUNT' ? String(Math.round((Number(t.targetValue) * 10) / 3)) : t.targetValue;

/** An account of `regionDemoAccounts`, unless one of that name exists. */
async function ensureAccount(tx: Transaction, account: (typeof regionDemoAccounts)[number], regionId: number) {
  const [existing] = await tx
    .select({ id: users.id })
    .from(users)
    .where(sql`lower(${users.username}) = ${account.username}`);
  if (existing) return { id: existing.id, added: false };
  const [unit] = account.unit
    ? await tx
        .select({ id: units.id })
        .from(units)
        .where(and(eq(units.name, account.unit), eq(units.regionId, regionId)))
    : [];
  const user = await createUser(tx, {
    ...account,
    regionId,
    unitId: unit?.id ?? null,
    password: DEMO_PASSWORD,
    demo: true,
  });
  return { id: user.id, added: true };
}

/**
 * The demo's second district and the city (SPEC 8): 柯桥区 with its units, about 20 projects and its
 * accounts, written in its own scope as its requests would be; then the city's accounts in 绍兴市's.
 * Adds what is missing, so a demo database from before regions gets them.
 */
export async function seedRegionDemo(db: Database, today = new Date()): Promise<{ projects: number; added: string[] }> {
  const keqiao = await ensureDistrict(db);
  const added: string[] = [];
  const seeded = await inScope(db, { region: keqiao, regions: [keqiao] }, async (tx) => {
    await tx
      .insert(units)
      .values(keqiaoUnits.map((u, sortOrder) => ({ ...u, sortOrder })))
      .onConflictDoNothing();
    await seedRegionReference(tx, keqiao, { periods: (t) => t.targetValue });
    if (planStartOf(today) !== 2021) await planPeriods(tx, keqiao, planStartOf(today));
    const ids: Partial<Record<RegionDemoUsername, string>> = {};
    for (const account of regionDemoAccounts.filter((a) => a.region === 'KQ')) {
      const { id, added: isNew } = await ensureAccount(tx, account, keqiao);
      ids[account.username] = id;
      if (isNew) added.push(account.username);
    }
    // Row-level security shows this district's projects only: none means it has not been seeded.
    const [seen] = await tx.select({ n: sql<number>`count(*)::int` }).from(projects);
    if ((seen?.n ?? 0) > 0) return 0;
    const byName = new Map((await tx.select().from(units)).map((u) => [u.name, u]));
    const promotion = byName.get('区投资促进中心');
    const platforms = [byName.get('柯桥经济技术开发区'), byName.get('滨海工业区')];
    if (!promotion || !platforms[0] || !platforms[1]) throw new Error('柯桥区 units missing');
    for (const [i, [name, investor, industry, total, stage]] of keqiaoProjects.entries()) {
      // Signed long enough ago to have reached its stage.
      const signedMonths = (monthsAfterSigning[stage] ?? 0) + 2 + ((i * 7) % 12);
      const signedOn = stage === 'NEGOTIATING' ? null : monthsBefore(today, signedMonths);
      const reached = (s: ForwardStage) =>
        signedOn !== null && stage !== 'TERMINATED' && forwardStages.indexOf(s) <= forwardStages.indexOf(stage);
      const on = (s: ForwardStage) => {
        const after = monthsAfterSigning[s] ?? 0;
        return reached(s) ? monthsBefore(today, signedMonths - after) : null;
      };
      const platform = platforms[i % 2];
      await createProject(tx, {
        name,
        investor,
        industry,
        source: i % 5 === 4 ? 'EXPANSION' : 'NEW',
        isManufacturing: industry !== 'OTHER',
        totalInvestment: String(total),
        fixedAssetInvestment: String(Math.round(total * 0.8 * 100) / 100),
        landArea: String(Math.max(20, Math.round(total * 6))),
        leadUnitId: i % 3 === 0 ? promotion.id : (platform?.id ?? promotion.id),
        platformId: platform?.id ?? null,
        ownerId: i % 3 === 0 ? (ids['kq-promoter'] ?? null) : null,
        createdById: ids['kq-promoter'] ?? null,
        responsibleLeader: total >= 50 ? '钱立新' : null,
        responsibleLeaderId: total >= 50 ? (ids['kq-leader'] ?? null) : null,
        latitude: 30.08 + (i % 5) * 0.01,
        longitude: 120.49 + (i % 4) * 0.012,
        address: `绍兴市柯桥区${platform?.name ?? ''}`,
        stage,
        signedOn,
        startedOn: on('UNDER_CONSTRUCTION'),
        acceptedOn: on('ACCEPTED'),
        productionOn: on('IN_PRODUCTION'),
        capacityOn: on('AT_CAPACITY'),
        terminatedOn: stage === 'TERMINATED' && signedOn ? monthsBefore(today, signedMonths - 6) : null,
        terminationReason: stage === 'TERMINATED' ? '投资方调整布局，项目终止' : null,
        createdAt: new Date(`${signedOn ?? monthsBefore(today, 2)}T02:00:00Z`),
      });
    }
    return keqiaoProjects.length;
  });
  await inScope(db, { region: foundingRegions.SX, regions: [foundingRegions.SX] }, async (tx) => {
    for (const account of regionDemoAccounts.filter((a) => a.region === 'SX')) {
      if ((await ensureAccount(tx, account, foundingRegions.SX)).added) added.push(account.username);
    }
    // The city's own targets: the ended 2021–2023 plan and the running one, the first divided between its districts.
    await seedRegionReference(tx, foundingRegions.SX, { periods: cityValue });
    const start = planStartOf(today);
    if (start !== 2021) await planPeriods(tx, foundingRegions.SX, start, cityValue);
    await tx
      .insert(targetRegionQuotas)
      .values([
        { code: 'NEW_MFG_10YI', periodStart: `${start}-01-01`, quotaRegionId: foundingRegions.SY, value: '30' },
        { code: 'NEW_MFG_10YI', periodStart: `${start}-01-01`, quotaRegionId: keqiao, value: '20' },
      ])
      .onConflictDoNothing();
  });
  return { projects: seeded, added };
}
