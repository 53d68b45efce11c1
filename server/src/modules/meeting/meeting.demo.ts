import type { Database } from '@zdyq/db/client';
import { problems, units, users } from '@zdyq/db/schema';
import { inArray } from 'drizzle-orm';
import { addDays, monthBefore, today } from '../../lib/dates.ts';
import type { Actor } from '../access/policy.ts';
import { issueBulletin } from '../bulletin/bulletin.service.ts';
import { publishRace, quarterBounds, quarterOf } from '../race/race.service.ts';
import { addMeetingDecision, agendaOf, createMeeting, updateMeeting } from './meeting.service.ts';

const quarterBefore = (quarter: string) => quarterOf(addDays(quarterBounds(quarter).start, -1));

/** What the demo's meetings decide on their agenda's problems, in turn. */
const decided = [
  { title: '限期完成要素保障方案', days: 15 },
  { title: '专班对接企业，倒排工期', days: 25 },
  { title: '协调相关部门联合办理', days: 35 },
] as const;

/**
 * What a district's 调度会商 holds after a few months of use, made through the services: the race of
 * the quarter before last published, its quarterly 督查通报 and last month's monthly one issued; last
 * month's 项目调度会 and a recent 专题协调会, both convened by the demo leader, with minutes and
 * 议定事项 on the problems of their agenda.
 */
export async function seedDemoMeetings(db: Database): Promise<{ meetings: number; bulletins: number }> {
  const accounts = await db
    .select()
    .from(users)
    .where(inArray(users.username, ['admin', 'leader']));
  const admin = accounts.find((a) => a.username === 'admin');
  const leader = accounts.find((a) => a.username === 'leader');
  if (!admin || !leader) return { meetings: 0, bulletins: 0 };
  const office: Actor = { ...admin };
  const chair: Actor = { ...leader };
  const day = today();
  const lastMonth = monthBefore(day.slice(0, 7));

  const quarter = quarterBefore(quarterBefore(quarterOf(day)));
  await publishRace({ db, actor: office, quarter });
  await issueBulletin({ db, actor: office, input: { kind: 'QUARTERLY', period: quarter } });
  await issueBulletin({ db, actor: office, input: { kind: 'MONTHLY', period: lastMonth } });

  const attending = await db
    .select({ id: units.id })
    .from(units)
    .where(inArray(units.name, ['区投资促进中心', '杭州湾经开区', '曹娥江经开区', '区经信局', '自然资源和规划分局']));
  const held = [
    {
      kind: 'DISPATCH' as const,
      title: `${lastMonth.slice(0, 4)}年${Number(lastMonth.slice(5))}月招大引强项目调度会`,
      heldOn: addDays(day, -30),
      minutes: '会议听取了各牵头单位重点项目推进情况汇报，对提级问题逐项研究，议定事项由牵头单位限期办结。',
      decisions: 2,
    },
    {
      kind: 'COORDINATION' as const,
      title: '重大项目要素保障专题协调会',
      heldOn: addDays(day, -9),
      minutes: '会议专题研究红灯项目的用地、用能等要素保障问题，明确责任单位和办结时限。',
      decisions: 1,
    },
  ];
  let taken = 0;
  for (const meeting of held) {
    const created = await createMeeting({
      db,
      actor: chair,
      input: {
        kind: meeting.kind,
        title: meeting.title,
        heldOn: meeting.heldOn,
        attendingUnitIds: attending.map((u) => u.id),
      },
    });
    await updateMeeting({
      db,
      actor: chair,
      id: created.id,
      version: created.version,
      input: { minutes: meeting.minutes },
    });
    const onProblems = (await agendaOf(db, created.id)).flatMap((a) => (a.problemId ? [a.problemId] : []));
    const agendaProblems = onProblems.length
      ? await db
          .select()
          .from(problems)
          .where(inArray(problems.id, onProblems.slice(taken, taken + meeting.decisions)))
      : [];
    for (const problem of agendaProblems) {
      const decision = decided[taken % decided.length] ?? decided[0];
      taken++;
      await addMeetingDecision({
        db,
        actor: chair,
        meetingId: created.id,
        input: {
          projectId: problem.projectId,
          parentProblemId: problem.id,
          title: `${problem.title}：${decision.title}`,
          leadUnitId: problem.leadUnitId,
          dueOn: addDays(day, decision.days),
        },
      });
    }
  }
  return { meetings: held.length, bulletins: 2 };
}
