import type { Resolvers } from '../generated/graphql.ts';
import { DateScalar, DateTimeScalar, DecimalScalar } from '../lib/scalars.ts';
import { auditResolvers } from '../modules/audit/audit.resolvers.ts';
import { authResolvers } from '../modules/auth/auth.resolvers.ts';
import { backupResolvers } from '../modules/backup/backup.resolvers.ts';
import { bulletinResolvers } from '../modules/bulletin/bulletin.resolvers.ts';
import { complianceResolvers } from '../modules/compliance/compliance.resolvers.ts';
import { dashboardResolvers } from '../modules/dashboard/dashboard.resolvers.ts';
import { leadResolvers } from '../modules/lead/lead.resolvers.ts';
import { meetingResolvers } from '../modules/meeting/meeting.resolvers.ts';
import { notifyResolvers } from '../modules/notify/notify.resolvers.ts';
import { problemResolvers } from '../modules/problem/problem.resolvers.ts';
import { projectResolvers } from '../modules/project/project.resolvers.ts';
import { raceResolvers } from '../modules/race/race.resolvers.ts';
import { regionResolvers } from '../modules/region/region.resolvers.ts';
import { reportResolvers } from '../modules/report/report.resolvers.ts';
import { targetResolvers } from '../modules/target/target.resolvers.ts';
import { todoResolvers } from '../modules/todo/todo.resolvers.ts';
import { unitResolvers } from '../modules/unit/unit.resolvers.ts';
import { userResolvers } from '../modules/user/user.resolvers.ts';

const modules: Resolvers[] = [
  authResolvers,
  userResolvers,
  unitResolvers,
  regionResolvers,
  auditResolvers,
  projectResolvers,
  leadResolvers,
  problemResolvers,
  complianceResolvers,
  reportResolvers,
  targetResolvers,
  raceResolvers,
  dashboardResolvers,
  todoResolvers,
  notifyResolvers,
  meetingResolvers,
  bulletinResolvers,
  backupResolvers,
];

/** Merges the feature modules' resolver maps type by type; a later module wins a field. */
export const resolvers: Resolvers = modules.reduce<Record<string, Record<string, unknown>>>(
  (merged, module) => {
    for (const [type, fields] of Object.entries(module)) merged[type] = { ...merged[type], ...fields };
    return merged;
  },
  { Date: DateScalar, DateTime: DateTimeScalar, Decimal: DecimalScalar } as never,
) as Resolvers;
