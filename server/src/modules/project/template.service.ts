import { randomUUID } from 'node:crypto';
import type { Database, DatabaseOrTransaction } from '@zdyq/db/client';
import { type SettlingStage, stageDateField, stageOrder } from '@zdyq/db/lifecycle';
import { nodeTemplateRows } from '@zdyq/db/queries';
import { nodeTemplateNodes, nodeTemplates, projects } from '@zdyq/db/schema';
import { eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import { AppError, badInput } from '../../errors.ts';
import type { NodeTemplateInput } from '../../generated/graphql.ts';
import { type Actor, authorize } from '../access/policy.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { parseInput, requiredText } from '../validation.ts';

/** Nodes a template may hold: the standard eleven and room for a kind's own, not without end. */
const MAX_TEMPLATE_NODES = 40;
const settlingStages = Object.keys(stageDateField) as SettlingStage[];

const templateInput = z.object({
  kind: z.string().regex(/^[A-Z][A-Z0-9_]{1,31}$/, '类型代码应为2–32位大写字母、数字或下划线，以字母开头'),
  name: requiredText('类型名称', 20),
  version: z.number().int().nullable().optional(),
  nodes: z
    .array(
      z.object({
        key: z
          .string()
          .regex(/^[A-Z][A-Z0-9_]{1,39}$/, '节点代码不正确')
          .nullable()
          .optional(),
        name: requiredText('节点名称', 60),
        months: z.number().int('计划月数应为整数').min(0, '计划月数应在0到120之间').max(120, '计划月数应在0到120之间'),
        stage: z.enum(settlingStages, '完成阶段不正确').nullable().optional(),
      }),
    )
    .min(1, '模板至少要有一个节点')
    .max(MAX_TEMPLATE_NODES, `模板最多${MAX_TEMPLATE_NODES}个节点`),
});

export type NodeTemplateRow = Awaited<ReturnType<typeof nodeTemplateRows>>[number];

/** How many projects are of each kind asked for. */
export async function projectCountsByKind(db: DatabaseOrTransaction, kinds: readonly string[]) {
  const counts = await db
    .select({ kind: projects.kind, n: sql<number>`count(*)::int` })
    .from(projects)
    .where(inArray(projects.kind, [...kinds]))
    .groupBy(projects.kind);
  return kinds.map((kind) => counts.find((c) => c.kind === kind)?.n ?? 0);
}

/**
 * The rules between a template's nodes (SPEC 4.2): planned months never go back along the list,
 * each stage completes one node at most, and the stage-bound nodes follow the stages' order — the
 * chain by which a stage reached settles the nodes before it.
 */
function checkNodes(nodes: ReadonlyArray<{ key: string; months: number; stage: SettlingStage | null }>) {
  const keys = new Set<string>();
  let lastStage = -1;
  for (const [index, node] of nodes.entries()) {
    if (keys.has(node.key)) throw badInput(`nodes.${index}.key`, '节点代码重复');
    keys.add(node.key);
    const previous = nodes[index - 1];
    if (previous && node.months < previous.months) {
      throw badInput(`nodes.${index}.months`, '节点应按计划月数由先到后排列');
    }
    if (node.stage) {
      const at = stageOrder.indexOf(node.stage);
      if (at <= lastStage)
        throw badInput(`nodes.${index}.stage`, '完成阶段应按签约、开工、验收、投产、达产的顺序，且各用一次');
      lastStage = at;
    }
  }
}

/**
 * Creates a 项目类型 or replaces its nodes (ADMIN). Projects already signed keep the nodes they
 * were given; a project of this kind signed from now on gets the new ones. `version` is the one
 * read, so two administrators editing at once cannot overwrite each other; none when creating.
 */
export async function saveNodeTemplate(args: {
  db: Database;
  actor: Actor;
  /** As the API gives it; validated here. */
  input: NodeTemplateInput;
  requestId?: string;
}): Promise<NodeTemplateRow> {
  authorize(args.actor, 'template.manage');
  const input = parseInput(templateInput, args.input);
  const nodes = input.nodes.map((n) => ({
    key: n.key ?? `N_${randomUUID().replaceAll('-', '').slice(0, 10).toUpperCase()}`,
    name: n.name,
    months: n.months,
    stage: n.stage ?? null,
  }));
  checkNodes(nodes);
  return args.db.transaction(async (tx) => {
    const [before] = await tx.select().from(nodeTemplates).where(eq(nodeTemplates.kind, input.kind)).for('update');
    if (before && input.version == null) throw badInput('kind', `类型代码“${input.kind}”已被使用`);
    if (!before && input.version != null) throw new AppError('NOT_FOUND', '项目类型不存在', { field: 'kind' });
    if (before && before.version !== input.version) {
      throw new AppError('CONFLICT', '该类型的模板已被他人修改，请刷新后再改', {
        field: 'version',
        currentVersion: before.version,
      });
    }
    const [clash] = await tx.select().from(nodeTemplates).where(eq(nodeTemplates.name, input.name));
    if (clash && clash.kind !== input.kind) throw badInput('name', `已有名为“${input.name}”的项目类型`);
    const oldNodes = before ? ((await nodeTemplateRows(tx)).find((t) => t.kind === input.kind)?.nodes ?? []) : [];
    if (before) {
      await tx
        .update(nodeTemplates)
        .set({ name: input.name, version: before.version + 1, updatedById: args.actor.id, updatedAt: new Date() })
        .where(eq(nodeTemplates.kind, input.kind));
      await tx.delete(nodeTemplateNodes).where(eq(nodeTemplateNodes.kind, input.kind));
    } else {
      await tx.insert(nodeTemplates).values({
        kind: input.kind,
        name: input.name,
        updatedById: args.actor.id,
        sortOrder: sql`(SELECT coalesce(max(sort_order), 0) + 10 FROM node_templates)`,
      });
    }
    await tx
      .insert(nodeTemplateNodes)
      .values(nodes.map((n, index) => ({ ...n, kind: input.kind, sortOrder: index * 10 })));
    await recordAudit(tx, {
      actor: args.actor,
      action: before ? 'nodeTemplate.update' : 'nodeTemplate.create',
      entityType: 'node_template',
      entityId: input.kind,
      changes: {
        ...(before?.name !== input.name ? { name: { from: before?.name ?? null, to: input.name } } : {}),
        nodes: { from: before ? describe(oldNodes) : null, to: describe(nodes) },
      },
      note: input.name,
      requestId: args.requestId,
    });
    const saved = (await nodeTemplateRows(tx)).find((t) => t.kind === input.kind);
    if (!saved) throw new Error('node template vanished inside its transaction');
    return saved;
  });
}

/** A template's nodes as one line for the audit log: 项目签约(0, SIGNED) → 公司注册(1) → … */
function describe(nodes: ReadonlyArray<{ name: string; months: number; stage: SettlingStage | null }>): string {
  return nodes.map((n) => `${n.name}(${n.months}${n.stage ? `, ${n.stage}` : ''})`).join(' → ');
}
