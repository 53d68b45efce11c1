import { describe, expect, it } from 'vitest';
import { type Actor, authorize, can, requireActor, requireSignedIn } from './policy.ts';

const unitA = '11111111-1111-1111-1111-111111111111';
const unitB = '22222222-2222-2222-2222-222222222222';
const actor = (role: Actor['role'], unitId: string | null = null): Actor => ({
  id: 'u',
  username: 'u',
  displayName: 'u',
  role,
  regionId: 2,
  unitId,
});

describe('access policy', () => {
  it('lets a promoter write only the projects of their own unit', () => {
    const promoter = actor('PROMOTER', unitA);
    expect(can(promoter, 'project.write', { unitId: unitA })).toBe(true);
    expect(can(promoter, 'project.write', { unitId: unitB })).toBe(false);
    expect(can(promoter, 'project.write')).toBe(false);
    expect(can(actor('PROMOTER', null), 'project.write', { unitId: null })).toBe(false);
  });

  it('gives inspectors compliance, and neither leaders nor inspectors project writes', () => {
    expect(can(actor('LEADER'), 'problem.raise', { unitId: unitA })).toBe(false);
    expect(can(actor('LEADER'), 'project.write', { unitId: unitA })).toBe(false);
    expect(can(actor('INSPECTOR'), 'compliance.write')).toBe(true);
    expect(can(actor('INSPECTOR'), 'project.write', { unitId: unitA })).toBe(false);
    expect(can(actor('PROMOTER', unitA), 'compliance.write')).toBe(false);
  });

  it('keeps 三员 apart: ADMIN neither assigns roles, unlocks nor reads the audit log; the other two do only that', () => {
    const admin = actor('ADMIN');
    for (const p of ['role.assign', 'account.unlock', 'security.manage', 'audit.read'] as const) {
      expect(can(admin, p), p).toBe(false);
    }
    const security = actor('SECURITY_ADMIN');
    expect(['role.assign', 'account.unlock', 'security.manage'].every((p) => can(security, p as 'role.assign'))).toBe(
      true,
    );
    expect(can(security, 'audit.read')).toBe(false);
    expect(can(security, 'user.manage')).toBe(false);
    const auditor = actor('AUDITOR');
    expect(can(auditor, 'audit.read')).toBe(true);
    expect(can(auditor, 'account.unlock')).toBe(false);
    expect(can(auditor, 'project.write', { unitId: unitA })).toBe(false);
    // Neither reads the projects.
    expect(() => requireActor(security)).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
    expect(() => requireActor(auditor)).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
    expect(requireSignedIn(auditor)).toBe(auditor);
  });

  it('reserves administration to ADMIN, who may do what the business roles may', () => {
    for (const role of ['PROMOTER', 'LEADER', 'INSPECTOR'] as const) {
      expect(can(actor(role, unitA), 'user.manage')).toBe(false);
      expect(can(actor(role, unitA), 'stage.correct')).toBe(false);
    }
    expect(can(actor('ADMIN'), 'user.manage')).toBe(true);
    expect(can(actor('ADMIN'), 'project.write', { unitId: unitB })).toBe(true);
  });

  it('turns a denial into FORBIDDEN and a missing actor into UNAUTHENTICATED', () => {
    expect(() => authorize(actor('LEADER'), 'user.manage')).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
    expect(() => requireActor(null)).toThrow(expect.objectContaining({ code: 'UNAUTHENTICATED' }));
  });
});
