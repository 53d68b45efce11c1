import { createHash, randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from '@zdyq/db/client';
import { leads, projects, users } from '@zdyq/db/schema';
import { leadSources, likelihoods } from '@zdyq/db/values';
import { and, asc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import { addDays, today } from '../../lib/dates.ts';
import type { Actor } from '../access/policy.ts';
import { investorsForProjects, saveInvestor } from '../investor/investor.service.ts';
import { saveDocumentVersion } from './document.service.ts';
import { recordInteraction } from './interaction.service.ts';
import { createLead } from './lead.service.ts';

/** The demo's 客商, with credit codes whose check characters are right (GB 32100-2015), and one foreign company. */
const demoInvestors = [
  { name: '浙江晶越半导体材料有限公司', creditCode: '91330604MA288Q7T12', industry: 'NEW_MATERIALS' },
  { name: '绍兴澄江生物医药股份有限公司', creditCode: '91330604MA2JL9XK38', industry: 'MODERN_MEDICINE' },
  { name: '上海临港智能装备集团有限公司', creditCode: '913100006073891233', industry: 'HIGH_END_EQUIPMENT' },
  { name: '杭州云脉电子科技有限公司', creditCode: '91330100MA27W8RH5C', industry: 'ELECTRONIC_INFORMATION' },
  { name: '浙江储能未来新能源有限公司', creditCode: '91330604MA2D6FY07Q', industry: 'NEW_ENERGY' },
  { name: '苏州汇川节能科技有限公司', creditCode: '91320500MA1MX3P26N', industry: 'ENERGY_SAVING_EQUIPMENT' },
  { name: 'Rheinmetall Präzision GmbH', creditCode: null, industry: 'HIGH_END_EQUIPMENT', country: '德国' },
] as const;

/** A minimal PDF: the demo's letters of intent, so the documents open. */
const demoPdf = (title: string) =>
  Buffer.from(`%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% ${title}\ntrailer << /Root 1 0 R >>\n%%EOF\n`);

/**
 * The work before the projects (SPEC 3.1, SPEC 8), made through the services as the promoters would:
 * investors with contacts, leads from each source in every status, the funnel's converted leads behind
 * some signed projects, talks with follow-ups, a letter of intent with two versions, likelihoods on the
 * projects in 在谈, and one 撞单 between the two promoters' units for ADMIN to decide.
 */
export async function seedDemoLeads(db: Database, uploadDir: string): Promise<{ leads: number }> {
  const accounts = await db
    .select()
    .from(users)
    .where(inArray(users.username, ['admin', 'promoter', 'promoter2', 'leader']));
  const by = (name: string) => accounts.find((a) => a.username === name) as Actor | undefined;
  const [admin, promoter, promoter2, leader] = [by('admin'), by('promoter'), by('promoter2'), by('leader')];
  if (!admin || !promoter || !promoter2 || !leader) return { leads: 0 };
  const day = today();
  const investors = [];
  for (const [i, inv] of demoInvestors.entries()) {
    investors.push(
      await saveInvestor({
        db,
        actor: promoter,
        input: {
          ...inv,
          contacts: [
            {
              name: ['赵', '钱', '孙', '李', '周', '吴', '郑'][i] + '总',
              title: '投资总监',
              phone: `0575-8212${1000 + i}`,
            },
          ],
        },
      }),
    );
  }
  const [semi, bio, equipment, cloud, storage, saving, foreign] = investors.map((i) => i.id) as string[];
  const lead = (actor: Actor, input: Parameters<typeof createLead>[0]['input']) => createLead({ db, actor, input });

  const open = [
    await lead(promoter, {
      title: '第三代半导体衬底材料项目',
      investorId: semi as string,
      industry: 'NEW_MATERIALS',
      intendedInvestment: '28',
      source: 'EXHIBITION',
      receivedOn: addDays(day, -40),
    }),
    await lead(promoter, {
      title: '创新药制剂生产基地',
      investorId: bio as string,
      industry: 'MODERN_MEDICINE',
      intendedInvestment: '15',
      source: 'BUSINESS_REFERRAL',
      receivedOn: addDays(day, -75),
    }),
    await lead(promoter2, {
      title: '智能装备华东制造基地',
      investorId: equipment as string,
      industry: 'HIGH_END_EQUIPMENT',
      intendedInvestment: '60',
      source: 'RESIDENT_OFFICE',
      receivedOn: addDays(day, -20),
    }),
    await lead(promoter2, {
      title: '精密传动部件项目',
      investorId: foreign as string,
      industry: 'HIGH_END_EQUIPMENT',
      intendedInvestment: '8',
      source: 'AGENCY',
      receivedOn: addDays(day, -12),
    }),
    await lead(promoter, {
      title: '工业互联网数据中心',
      investorId: cloud as string,
      industry: 'ELECTRONIC_INFORMATION',
      source: 'FUND',
      receivedOn: addDays(day, -5),
    }),
  ];
  // 撞单: 杭州湾经开区 chases the storage company 区投资促进中心 registered first.
  await lead(promoter, {
    title: '储能电池系统集成项目',
    investorId: storage as string,
    industry: 'NEW_ENERGY',
    intendedInvestment: '32',
    source: 'VISIT',
    receivedOn: addDays(day, -30),
  });
  await lead(promoter2, {
    title: '新型储能电芯项目',
    investorId: storage as string,
    industry: 'NEW_ENERGY',
    intendedInvestment: '40',
    source: 'BUSINESS_REFERRAL',
    receivedOn: addDays(day, -8),
  });
  const dropped = await lead(promoter, {
    title: '节能电机扩产项目',
    investorId: saving as string,
    industry: 'ENERGY_SAVING_EQUIPMENT',
    intendedInvestment: '6',
    source: 'EXHIBITION',
    receivedOn: addDays(day, -120),
  });
  await db
    .update(leads)
    .set({
      status: 'DROPPED',
      droppedOn: addDays(day, -60),
      dropReason: '企业选址江苏，暂缓',
      version: sql`${leads.version} + 1`,
    })
    .where(eq(leads.id, dropped.id));

  // Talks: a visit with a follow-up due soon, one overdue, and a call.
  const [first, second, third] = open as [(typeof open)[number], (typeof open)[number], (typeof open)[number]];
  await recordInteraction({
    db,
    actor: promoter,
    input: {
      leadId: first.id,
      on: addDays(day, -35),
      kind: 'VISIT_OUT',
      summary: '赴企业总部拜访，介绍杭州湾新材料园区用地和政策',
      nextStep: '寄送园区用地资料',
      followUpOn: addDays(day, 5),
      ourParticipantIds: [leader.id],
      theirParticipants: '董事长、投资总监',
    },
  });
  await recordInteraction({
    db,
    actor: promoter,
    input: {
      leadId: second.id,
      on: addDays(day, -50),
      kind: 'VISIT_IN',
      summary: '企业来访考察，关注环评和药品生产许可办理周期',
      nextStep: '约请市场监管局对接许可',
      followUpOn: addDays(day, -3),
      theirParticipants: '副总经理',
    },
  });
  await recordInteraction({
    db,
    actor: promoter2,
    input: {
      leadId: third.id,
      on: addDays(day, -10),
      kind: 'CALL',
      summary: '视频会议确认首期用地约200亩',
      nextStep: '准备框架协议',
      followUpOn: addDays(day, 10),
    },
  });
  mkdirSync(uploadDir, { recursive: true });
  const store = (title: string) => {
    const bytes = demoPdf(title);
    const storagePath = `${randomUUID()}.pdf`;
    writeFileSync(join(uploadDir, storagePath), bytes);
    return {
      fileName: `${title}.pdf`,
      mimeType: 'application/pdf',
      sizeBytes: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      storagePath,
    };
  };
  const letter = await saveDocumentVersion(
    db,
    promoter,
    { ownerType: 'LEAD', ownerId: first.id, kind: 'INTENT_LETTER', title: '投资意向书', signedOn: addDays(day, -30) },
    store('投资意向书'),
  );
  await saveDocumentVersion(db, promoter, { documentId: letter.document.id }, store('投资意向书（修改稿）'));

  // The projects in 在谈: their talks, a framework agreement, and how likely each is to sign.
  const negotiating = await db
    .select({ id: projects.id, name: projects.name, leadUnitId: projects.leadUnitId })
    .from(projects)
    .where(eq(projects.stage, 'NEGOTIATING'))
    .orderBy(asc(projects.code));
  for (const [i, p] of negotiating.entries()) {
    const actor = p.leadUnitId === promoter2.unitId ? promoter2 : p.leadUnitId === promoter.unitId ? promoter : admin;
    await recordInteraction({
      db,
      actor,
      input: {
        projectId: p.id,
        on: addDays(day, -14 - i),
        kind: i % 2 ? 'TALKS' : 'VISIT_OUT',
        summary: `${p.name}：商谈投资强度、用地和签约时间`,
        nextStep: '修改投资协议条款',
      },
    });
    if (i < 3)
      await saveDocumentVersion(
        db,
        actor,
        {
          ownerType: 'PROJECT',
          ownerId: p.id,
          kind: 'FRAMEWORK_AGREEMENT',
          title: '框架协议',
          signedOn: addDays(day, -10 - i),
        },
        store(`${p.name}框架协议`),
      );
    await db
      .update(projects)
      .set({
        likelihood: likelihoods[i % likelihoods.length],
        expectedSigningMonth: addDays(day, 30 * (1 + (i % 4))).slice(0, 7),
      })
      .where(eq(projects.id, p.id));
  }

  // The funnel's history: the leads some signed projects came from, converted a month after they arrived.
  await investorsForProjects(db);
  const signed = await db
    .select({
      id: projects.id,
      name: projects.name,
      investorId: projects.investorId,
      industry: projects.industry,
      unitId: projects.leadUnitId,
      ownerId: projects.ownerId,
      total: projects.totalInvestment,
      signedOn: projects.signedOn,
    })
    .from(projects)
    .where(
      and(
        isNotNull(projects.signedOn),
        isNotNull(projects.investorId),
        sql`${projects.signedOn} >= ${addDays(day, -730)}`,
      ),
    )
    .orderBy(asc(projects.signedOn))
    .limit(12);
  const sources = leadSources.filter((s) => s !== 'OTHER');
  for (const [i, p] of signed.entries()) {
    const receivedOn = addDays(p.signedOn as string, -(60 + 20 * (i % 6)));
    await db.insert(leads).values({
      title: p.name,
      investorId: p.investorId as string,
      industry: p.industry,
      intendedInvestment: p.total,
      source: sources[i % sources.length] ?? 'OTHER',
      status: 'CONVERTED',
      unitId: p.unitId,
      ownerId: p.ownerId,
      receivedOn,
      projectId: p.id,
      convertedOn: addDays(receivedOn, 30),
      createdById: admin.id,
    });
  }
  return { leads: 8 + signed.length };
}
