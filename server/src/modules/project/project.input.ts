import { industryEnum, likelihoodEnum, projectSourceEnum, stageEnum } from '@zdyq/db/schema';
import { z } from 'zod';
import { isMonth } from '../../lib/dates.ts';
import { toUnits } from '../../lib/decimal.ts';
import { parseIsoDate } from '../../lib/scalars.ts';
import { singleLine, requiredText as text } from '../validation.ts';

/** A decimal of at most four places within [min, max] (in the field's own unit). */
export function decimal(label: string, opts: { positive?: boolean; max?: number } = {}) {
  return z.string().superRefine((value, ctx) => {
    const units = toUnits(value);
    if (units === undefined) {
      ctx.addIssue({ code: 'custom', message: `${label}应为数字，最多4位小数` });
    } else if (opts.positive ? units <= 0n : units < 0n) {
      ctx.addIssue({ code: 'custom', message: `${label}必须${opts.positive ? '大于0' : '不小于0'}` });
    } else if (opts.max !== undefined && units > BigInt(opts.max) * 10_000n) {
      ctx.addIssue({ code: 'custom', message: `${label}不能超过${opts.max}` });
    }
  });
}

export const isoDate = (label: string) =>
  z.string().refine((v) => parseIsoDate(v) !== undefined, `${label}应为有效日期`);

const id = (label: string) => z.uuid(`${label}不正确`);

/** Every editable field of a project (SPEC section 3), each with the message naming it. */
export const projectFields = {
  name: text('项目名称', 100),
  investor: text('投资方', 100),
  industry: z.enum(industryEnum.enumValues, '产业类别不正确'),
  source: z.enum(projectSourceEnum.enumValues, '项目来源不正确'),
  isManufacturing: z.boolean(),
  isForeign: z.boolean(),
  foreignInvestmentUsd: decimal('外方出资', { max: 100_000_000 }).nullable(),
  totalInvestmentUsd: decimal('投资总额（万美元）', { positive: true, max: 100_000_000 }).nullable(),
  isChainProject: z.boolean(),
  kind: z.string().regex(/^[A-Z][A-Z0-9_]{1,31}$/, '项目类型不正确'),
  totalInvestment: decimal('总投资', { positive: true, max: 100_000 }),
  fixedAssetInvestment: decimal('固定资产投资', { max: 100_000 }).nullable(),
  landArea: decimal('用地面积', { max: 1_000_000 }).nullable(),
  leadUnitId: id('责任单位'),
  platformId: id('所在平台').nullable(),
  ownerId: id('招商责任人').nullable(),
  responsibleLeader: singleLine('包抓领导', 50).nullable(),
  responsibleLeaderId: id('包联领导').nullable(),
  serviceOfficerId: id('首席服务员').nullable(),
  latitude: z.number().min(-90, '纬度应在-90到90之间').max(90, '纬度应在-90到90之间').nullable(),
  longitude: z.number().min(-180, '经度应在-180到180之间').max(180, '经度应在-180到180之间').nullable(),
  address: singleLine('地址', 200).nullable(),
  stage: z.enum(stageEnum.enumValues),
  signedOn: isoDate('签约日期').nullable(),
  likelihood: z.enum(likelihoodEnum.enumValues, '签约可能性不正确').nullable(),
  expectedSigningMonth: z.string().refine(isMonth, '预计签约月份应为YYYY-MM').nullable(),
};

export type ProjectFields = { [K in keyof typeof projectFields]: z.infer<(typeof projectFields)[K]> };
export type EditableField = keyof typeof projectFields;

export const editableFields = Object.keys(projectFields) as EditableField[];

/** Fields whose GraphQL null means "clear it" rather than "not given". */
export const nullableFields = new Set<EditableField>([
  'foreignInvestmentUsd',
  'totalInvestmentUsd',
  'fixedAssetInvestment',
  'landArea',
  'platformId',
  'ownerId',
  'responsibleLeader',
  'responsibleLeaderId',
  'serviceOfficerId',
  'latitude',
  'longitude',
  'address',
  'signedOn',
  'likelihood',
  'expectedSigningMonth',
]);
