import { type EnumLabels, englishEnumLabels, enumLabels } from '@zdyq/db/labels';
import { type Language, translate } from '../../i18n/translate.ts';
import type { ProjectRow } from '../project/project.service.ts';

/** Chinese labels of the contract's enums, as the 台账 shows them and accepts them back. */
export const labels = enumLabels;

/** The words a workbook is written in: the enums' labels, yes / no and how a list is joined, in the user's language. */
export type Words = {
  language: Language;
  labels: EnumLabels;
  yes: string;
  no: string;
  list: (items: string[]) => string;
};

export function wordsIn(language: Language): Words {
  return language === 'en'
    ? {
        language,
        labels: englishEnumLabels,
        yes: translate('是', 'en'),
        no: translate('否', 'en'),
        list: (items) => items.join(', '),
      }
    : { language, labels: enumLabels, yes: '是', no: '否', list: (items) => items.join('、') };
}

/** A column's header in the user's language; the import knows it in either. */
export const headerIn = (column: { header: string }, language: Language) => translate(column.header, language);

/** Amount columns carry their own unit: a 万 or 亿 in a cell converts by it (SPEC 5.3). */
export type AmountUnit = '亿元' | '万美元' | '亩';
export type ColumnKind =
  | 'text'
  | AmountUnit
  | 'bool'
  | 'date'
  | 'number'
  | 'industry'
  | 'source'
  | 'stage'
  | 'unit'
  | 'kind';

export type ExportRow = ProjectRow & {
  leadUnitName: string;
  platformName: string | null;
  /** 项目类型 by name. */
  kindName: string;
  light?: 'RED' | 'YELLOW' | 'GREEN';
};

/**
 * The columns of the 台账, one list for the export, the template and the import. Columns with a
 * `field` are read back on import; the others are shown only.
 */
export const ledgerColumns: ReadonlyArray<{
  header: string;
  width: number;
  kind: ColumnKind;
  field?: string;
  required?: boolean;
  value: (p: ExportRow, words: Words) => string | number | null;
}> = [
  { header: '项目编号', width: 14, kind: 'text', field: 'code', value: (p) => p.code },
  { header: '项目名称', width: 32, kind: 'text', field: 'name', required: true, value: (p) => p.name },
  { header: '投资方', width: 28, kind: 'text', field: 'investor', required: true, value: (p) => p.investor },
  {
    header: '产业类别',
    width: 12,
    kind: 'industry',
    field: 'industry',
    required: true,
    value: (p, w) => w.labels.industry[p.industry],
  },
  {
    header: '项目来源',
    width: 14,
    kind: 'source',
    field: 'source',
    required: true,
    value: (p, w) => w.labels.source[p.source],
  },
  // 新建 when left empty; decides the nodes a project gets at signing.
  { header: '项目类型', width: 10, kind: 'kind', field: 'kind', value: (p) => p.kindName },
  {
    header: '制造业项目',
    width: 10,
    kind: 'bool',
    field: 'isManufacturing',
    required: true,
    value: (p, w) => (p.isManufacturing ? w.yes : w.no),
  },
  { header: '外资项目', width: 10, kind: 'bool', field: 'isForeign', value: (p, w) => (p.isForeign ? w.yes : w.no) },
  {
    header: '投资总额（万美元）',
    width: 16,
    kind: '万美元',
    field: 'totalInvestmentUsd',
    value: (p) => num(p.totalInvestmentUsd),
  },
  {
    header: '外资金额（万美元）',
    width: 16,
    kind: '万美元',
    field: 'foreignInvestmentUsd',
    value: (p) => num(p.foreignInvestmentUsd),
  },
  {
    header: '产业链项目',
    width: 10,
    kind: 'bool',
    field: 'isChainProject',
    value: (p, w) => (p.isChainProject ? w.yes : w.no),
  },
  {
    header: '总投资（亿元）',
    width: 14,
    kind: '亿元',
    field: 'totalInvestment',
    required: true,
    value: (p) => num(p.totalInvestment),
  },
  {
    header: '固定资产投资（亿元）',
    width: 18,
    kind: '亿元',
    field: 'fixedAssetInvestment',
    value: (p) => num(p.fixedAssetInvestment),
  },
  { header: '用地面积（亩）', width: 14, kind: '亩', field: 'landArea', value: (p) => num(p.landArea) },
  { header: '责任单位', width: 16, kind: 'unit', field: 'leadUnitId', required: true, value: (p) => p.leadUnitName },
  { header: '所在平台/乡镇', width: 16, kind: 'unit', field: 'platformId', value: (p) => p.platformName },
  { header: '包抓领导', width: 18, kind: 'text', field: 'responsibleLeader', value: (p) => p.responsibleLeader },
  { header: '纬度', width: 10, kind: 'number', field: 'latitude', value: (p) => p.latitude },
  { header: '经度', width: 10, kind: 'number', field: 'longitude', value: (p) => p.longitude },
  { header: '地址', width: 28, kind: 'text', field: 'address', value: (p) => p.address },
  { header: '阶段', width: 12, kind: 'stage', field: 'stage', value: (p, w) => w.labels.stage[p.stage] },
  { header: '签约日期', width: 12, kind: 'date', field: 'signedOn', value: (p) => p.signedOn },
  { header: '开工日期', width: 12, kind: 'date', value: (p) => p.startedOn },
  { header: '竣工验收日期', width: 12, kind: 'date', value: (p) => p.acceptedOn },
  { header: '投产日期', width: 12, kind: 'date', value: (p) => p.productionOn },
  { header: '达产日期', width: 12, kind: 'date', value: (p) => p.capacityOn },
  { header: '规模', width: 10, kind: 'text', value: (p, w) => w.labels.tier[p.tier] },
  { header: '红黄绿灯', width: 10, kind: 'text', value: (p, w) => (p.light ? w.labels.light[p.light] : null) },
  { header: '计入30个目标', width: 12, kind: 'text', value: (p, w) => (p.countsTowardTarget ? w.yes : w.no) },
];

function num(value: string | null): number | null {
  return value === null ? null : Number(value);
}
