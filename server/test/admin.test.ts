import { auditLog } from '@zdyq/db/schema';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, startTestServer, type TestServer } from './api.ts';

const CREATE_USER = `mutation($input: CreateUserInput!) { createUser(input: $input) { id username displayName role active unit { name } } }`;
const UPDATE_USER = `mutation($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { id role active unit { id } } }`;

describe('users and units (系统管理)', () => {
  let t: TestServer;
  let admin: ApiClient;
  let unitId: (name: string) => Promise<string>;

  beforeAll(async () => {
    t = await startTestServer();
    admin = await t.as('admin');
    unitId = async (name) => {
      const { units } = await admin.ok('{ units { id name } }');
      return units.find((u: { name: string }) => u.name === name).id;
    };
  });
  afterAll(() => t.close());

  it('lists the units of the plan by kind', async () => {
    const { units } = await admin.ok('{ units { name kind } }');
    expect(units).toHaveLength(32);
    expect(units.filter((u: { kind: string }) => u.kind === 'DEPARTMENT')).toHaveLength(11);
    expect(units).toContainEqual({ name: '杭州湾经开区', kind: 'PLATFORM' });
    expect(units).toContainEqual({ name: '崧厦街道', kind: 'TOWNSHIP' });
  });

  it('creates a user who can sign in, and audits it', async () => {
    const unit = await unitId('曹娥江经开区');
    const { createUser } = await admin.ok(CREATE_USER, {
      input: { username: 'zhaoyun', displayName: '赵云', role: 'PROMOTER', unitId: unit, password: 'Start-2026a' },
    });
    expect(createUser).toMatchObject({
      username: 'zhaoyun',
      role: 'PROMOTER',
      active: true,
      unit: { name: '曹娥江经开区' },
    });
    const client = t.anonymous();
    await client.ok('mutation { login(username: "zhaoyun", password: "Start-2026a") { id } }');
    const entries = await t.handle.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, createUser.id), eq(auditLog.action, 'user.create')));
    expect(entries).toHaveLength(1);
    expect(entries[0]?.actorId).toBe(t.users.admin);
    expect(entries[0]?.changes).toMatchObject({ role: { from: null, to: 'PROMOTER' } });
    expect(JSON.stringify(entries[0]?.changes)).not.toContain('Start-2026a');
  });

  it('names the field of bad user input and changes nothing', async () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ username: 'no unit', displayName: 'x', role: 'PROMOTER', password: 'Start-2026a' }, 'username'],
      [{ username: 'nounit', displayName: 'x', role: 'PROMOTER', password: 'Start-2026a' }, 'unitId'],
      [{ username: 'weak', displayName: 'x', role: 'LEADER', password: '123' }, 'password'],
      [{ username: 'blank', displayName: '  ', role: 'LEADER', password: 'Start-2026a' }, 'displayName'],
      [{ username: 'ADMIN', displayName: 'x', role: 'LEADER', password: 'Start-2026a' }, 'username'],
    ];
    const before = (await admin.ok('{ users { id } }')).users.length;
    for (const [input, field] of cases) {
      const error = await admin.fails(CREATE_USER, { input });
      expect(error.extensions, JSON.stringify(input)).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    expect((await admin.ok('{ users { id } }')).users).toHaveLength(before);
  });

  it('deactivating a user ends their sessions at once and blocks sign-in', async () => {
    const leader = await t.as('leader');
    await admin.ok(UPDATE_USER, { id: t.users.leader, input: { active: false } });
    expect((await leader.ok('{ me { id } }')).me).toBeNull();
    const error = await t.anonymous().fails('mutation { login(username: "leader", password: "demo1234") { id } }');
    expect(error.extensions?.code).toBe('UNAUTHENTICATED');
    // The holder, with the right password, is told why; a wrong password says no more than for anyone.
    expect(error.message).toBe('账号已停用，请联系系统管理员');
    const guess = await t.anonymous().fails('mutation { login(username: "leader", password: "not-it-9") { id } }');
    expect(guess.message).toBe('用户名或密码错误');
    await admin.ok(UPDATE_USER, { id: t.users.leader, input: { active: true } });
    await t.as('leader');
  });

  it('changes the unit (ADMIN) and the role (SECURITY_ADMIN only); a promoter keeps a unit', async () => {
    const security = await t.as('security');
    const SET_ROLE = 'mutation($id: ID!, $role: Role!) { setUserRole(id: $id, role: $role) { role unit { id } } }';
    const byAdmin = await admin.fails(UPDATE_USER, { id: t.users.inspector, input: { role: 'PROMOTER' } });
    expect(byAdmin.extensions?.code).toBe('FORBIDDEN');
    const error = await security.fails(SET_ROLE, { id: t.users.leader, role: 'PROMOTER' });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'unitId' });
    const unit = await unitId('区商务局');
    const { updateUser } = await admin.ok(UPDATE_USER, { id: t.users.inspector, input: { unitId: unit } });
    expect(updateUser).toMatchObject({ role: 'INSPECTOR', unit: { id: unit } });
    const { setUserRole } = await security.ok(SET_ROLE, { id: t.users.inspector, role: 'PROMOTER' });
    expect(setUserRole).toMatchObject({ role: 'PROMOTER', unit: { id: unit } });
    await security.ok(SET_ROLE, { id: t.users.inspector, role: 'INSPECTOR' });
  });

  it('never leaves the system without an active administrator', async () => {
    const error = await admin.fails(UPDATE_USER, { id: t.users.admin, input: { active: false } });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect((await admin.ok('{ me { role } }')).me.role).toBe('ADMIN');
  });

  it('resets a password, ending the sessions that used the old one', async () => {
    const { createUser } = await admin.ok(CREATE_USER, {
      input: { username: 'forgetful', displayName: '健忘', role: 'LEADER', password: 'Start-2026a' },
    });
    const user = t.anonymous();
    await user.ok('mutation { login(username: "forgetful", password: "Start-2026a") { id } }');
    await admin.ok('mutation($id: ID!) { resetPassword(id: $id, newPassword: "Reset-2026x") }', { id: createUser.id });
    expect((await user.ok('{ me { id } }')).me).toBeNull();
    await t.anonymous().ok('mutation { login(username: "forgetful", password: "Reset-2026x") { id } }');
  });

  it('adds and renames units, refusing duplicate names', async () => {
    const { createUnit } = await admin.ok(
      'mutation { createUnit(name: "区应急管理局", kind: DEPARTMENT) { id name kind } }',
    );
    expect(createUnit).toMatchObject({ name: '区应急管理局', kind: 'DEPARTMENT' });
    const dup = await admin.fails('mutation { createUnit(name: "区发改局", kind: DEPARTMENT) { id } }');
    expect(dup.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    const { renameUnit } = await admin.ok('mutation($id: ID!) { renameUnit(id: $id, name: "区应急局") { name } }', {
      id: createUnit.id,
    });
    expect(renameUnit.name).toBe('区应急局');
    const auditor = await t.as('auditor');
    const { auditLog } = await auditor.ok(
      'query($id: ID!) { auditLog(entityType: "unit", entityId: $id) { nodes { action actor { username } changes { field from to } } } }',
      { id: createUnit.id },
    );
    expect(auditLog.nodes).toEqual([
      {
        action: 'unit.rename',
        actor: { username: 'admin' },
        changes: [{ field: 'name', from: '区应急管理局', to: '区应急局' }],
      },
      {
        action: 'unit.create',
        actor: { username: 'admin' },
        changes: expect.arrayContaining([
          { field: 'name', from: null, to: '区应急管理局' },
          { field: 'kind', from: null, to: 'DEPARTMENT' },
        ]),
      },
    ]);
    const missing = await admin.fails(
      'mutation { renameUnit(id: "00000000-0000-0000-0000-000000000000", name: "x") { id } }',
    );
    expect(missing.extensions?.code).toBe('NOT_FOUND');
  });

  describe.each(['promoter', 'promoter2', 'leader', 'inspector'] as const)('%s', (username) => {
    let client: ApiClient;
    beforeAll(async () => {
      client = await t.as(username);
    });

    it.each([
      ['users', '{ users { id } }'],
      ['auditLog', '{ auditLog { nodes { id } } }'],
      [
        'createUser',
        `mutation { createUser(input: { username: "x${username}", displayName: "x", role: ADMIN, password: "Start-2026a" }) { id } }`,
      ],
      [
        'updateUser',
        `mutation { updateUser(id: "00000000-0000-0000-0000-000000000000", input: { role: ADMIN }) { id } }`,
      ],
      [
        'resetPassword',
        `mutation { resetPassword(id: "00000000-0000-0000-0000-000000000000", newPassword: "Start-2026a") }`,
      ],
      ['createUnit', `mutation { createUnit(name: "x${username}", kind: TOWNSHIP) { id } }`],
      ['renameUnit', `mutation { renameUnit(id: "00000000-0000-0000-0000-000000000000", name: "x") { id } }`],
    ])('is FORBIDDEN to %s', async (_, query) => {
      const error = await client.fails(query);
      expect(error.extensions?.code).toBe('FORBIDDEN');
    });

    it('reads the units', async () => {
      expect((await client.ok('{ units { id } }')).units.length).toBeGreaterThanOrEqual(32);
    });
  });
});
