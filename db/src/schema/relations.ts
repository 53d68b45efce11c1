import { relations } from 'drizzle-orm';
import { auditLog } from './audit.ts';
import { complianceAgreements, complianceChecks } from './compliance.ts';
import { sessions, units, users } from './org.ts';
import { problemCoUnits, problems, problemUpdates } from './problems.ts';
import { milestones, projects, stageEvents } from './projects.ts';
import { monthlyReports } from './reports.ts';

export const unitsRelations = relations(units, ({ many }) => ({ users: many(users) }));
export const usersRelations = relations(users, ({ one, many }) => ({
  unit: one(units, { fields: [users.unitId], references: [units.id] }),
  sessions: many(sessions),
}));
export const sessionsRelations = relations(sessions, ({ one }) => ({
  user: one(users, { fields: [sessions.userId], references: [users.id] }),
}));
export const projectsRelations = relations(projects, ({ one, many }) => ({
  leadUnit: one(units, { fields: [projects.leadUnitId], references: [units.id], relationName: 'leadUnit' }),
  platform: one(units, { fields: [projects.platformId], references: [units.id], relationName: 'platform' }),
  owner: one(users, { fields: [projects.ownerId], references: [users.id] }),
  stageEvents: many(stageEvents),
  milestones: many(milestones),
  problems: many(problems),
  agreement: one(complianceAgreements),
  complianceChecks: many(complianceChecks),
  monthlyReports: many(monthlyReports),
}));
export const stageEventsRelations = relations(stageEvents, ({ one }) => ({
  project: one(projects, { fields: [stageEvents.projectId], references: [projects.id] }),
}));
export const milestonesRelations = relations(milestones, ({ one }) => ({
  project: one(projects, { fields: [milestones.projectId], references: [projects.id] }),
}));
export const problemsRelations = relations(problems, ({ one, many }) => ({
  project: one(projects, { fields: [problems.projectId], references: [projects.id] }),
  leadUnit: one(units, { fields: [problems.leadUnitId], references: [units.id] }),
  coUnits: many(problemCoUnits),
  updates: many(problemUpdates),
}));
export const problemCoUnitsRelations = relations(problemCoUnits, ({ one }) => ({
  problem: one(problems, { fields: [problemCoUnits.problemId], references: [problems.id] }),
  unit: one(units, { fields: [problemCoUnits.unitId], references: [units.id] }),
}));
export const problemUpdatesRelations = relations(problemUpdates, ({ one }) => ({
  problem: one(problems, { fields: [problemUpdates.problemId], references: [problems.id] }),
}));
export const complianceAgreementsRelations = relations(complianceAgreements, ({ one }) => ({
  project: one(projects, { fields: [complianceAgreements.projectId], references: [projects.id] }),
}));
export const complianceChecksRelations = relations(complianceChecks, ({ one }) => ({
  project: one(projects, { fields: [complianceChecks.projectId], references: [projects.id] }),
}));
export const monthlyReportsRelations = relations(monthlyReports, ({ one }) => ({
  project: one(projects, { fields: [monthlyReports.projectId], references: [projects.id] }),
}));
export const auditLogRelations = relations(auditLog, ({ one }) => ({
  actor: one(users, { fields: [auditLog.actorId], references: [users.id] }),
}));
