import type {
  DocumentKind,
  FunnelStep,
  Industry,
  InteractionKind,
  LeadSource,
  LeadStatus,
  Light,
  Likelihood,
  ProjectSource,
  Stage,
  Tier,
} from './values.ts';

/**
 * The Chinese names of the contract's enums, as staff know them. The web's Chinese texts and the
 * server's Excel workbooks both use these, so a name is spelled in one place.
 */
export const enumLabels = {
  industry: {
    NEW_MATERIALS: '新材料',
    MODERN_MEDICINE: '现代医药',
    HIGH_END_EQUIPMENT: '高端装备',
    ELECTRONIC_INFORMATION: '电子信息',
    NEW_ENERGY: '新能源',
    ENERGY_SAVING_EQUIPMENT: '节能环保装备',
    CHEMICAL: '化工',
    OTHER: '其他',
  } satisfies Record<Industry, string>,
  source: { NEW: '新引进', EXPANSION: '增资扩产', LISTED_COMPANY: '上市公司募投/并购' } satisfies Record<
    ProjectSource,
    string
  >,
  stage: {
    NEGOTIATING: '在谈',
    SIGNED: '已签约',
    UNDER_CONSTRUCTION: '在建',
    ACCEPTED: '已竣工验收',
    IN_PRODUCTION: '已投产',
    AT_CAPACITY: '已达产',
    TERMINATED: '已终止',
  } satisfies Record<Stage, string>,
  tier: { MAJOR_50: '50亿以上', MAJOR_10: '10亿以上', OVER_1: '亿元以上', BELOW_1: '亿元以下' } satisfies Record<
    Tier,
    string
  >,
  light: { RED: '红灯', YELLOW: '黄灯', GREEN: '绿灯' } satisfies Record<Light, string>,
  leadSource: {
    BUSINESS_REFERRAL: '以商引商',
    EXHIBITION: '展会',
    AGENCY: '中介机构',
    RESIDENT_OFFICE: '驻点招商',
    FUND: '基金招商',
    VISIT: '上门拜访',
    OTHER: '其他',
  } satisfies Record<LeadSource, string>,
  leadStatus: { NEW: '新线索', FOLLOWING: '跟进中', CONVERTED: '已转项目', DROPPED: '已放弃' } satisfies Record<
    LeadStatus,
    string
  >,
  likelihood: { HIGH: '高', MEDIUM: '中', LOW: '低' } satisfies Record<Likelihood, string>,
  interactionKind: {
    VISIT_OUT: '外出拜访',
    VISIT_IN: '来访接待',
    TALKS: '洽谈会',
    CALL: '电话/视频',
    SIGNING_CEREMONY: '签约仪式',
  } satisfies Record<InteractionKind, string>,
  documentKind: {
    INTENT_LETTER: '意向书',
    FRAMEWORK_AGREEMENT: '框架协议',
    INVESTMENT_AGREEMENT: '投资协议',
    SUPPLEMENTARY_AGREEMENT: '补充协议',
    OTHER: '其他',
  } satisfies Record<DocumentKind, string>,
  funnelStep: { LEAD: '线索', NEGOTIATING: '在谈', SIGNED: '签约', STARTED: '开工' } satisfies Record<
    FunnelStep,
    string
  >,
} as const;

/** The enums' names in one language: every value of every enum named. */
export type EnumLabels = { [K in keyof typeof enumLabels]: Record<keyof (typeof enumLabels)[K], string> };

/** The same names in English, for the English pages and workbooks. */
export const englishEnumLabels = {
  industry: {
    NEW_MATERIALS: 'New materials',
    MODERN_MEDICINE: 'Modern medicine',
    HIGH_END_EQUIPMENT: 'High-end equipment',
    ELECTRONIC_INFORMATION: 'Electronics & IT',
    NEW_ENERGY: 'New energy',
    ENERGY_SAVING_EQUIPMENT: 'Energy-saving equipment',
    CHEMICAL: 'Chemicals',
    OTHER: 'Other',
  },
  source: { NEW: 'Newly attracted', EXPANSION: 'Expansion', LISTED_COMPANY: 'Listed company' },
  stage: {
    NEGOTIATING: 'Negotiating',
    SIGNED: 'Signed',
    UNDER_CONSTRUCTION: 'Under construction',
    ACCEPTED: 'Accepted',
    IN_PRODUCTION: 'In production',
    AT_CAPACITY: 'At capacity',
    TERMINATED: 'Terminated',
  },
  tier: { MAJOR_50: '≥ 5 bn', MAJOR_10: '≥ 1 bn', OVER_1: '≥ 100 m', BELOW_1: '< 100 m' },
  light: { RED: 'Red', YELLOW: 'Yellow', GREEN: 'Green' },
  leadSource: {
    BUSINESS_REFERRAL: 'Business referral',
    EXHIBITION: 'Exhibition',
    AGENCY: 'Agency',
    RESIDENT_OFFICE: 'Resident office',
    FUND: 'Fund',
    VISIT: 'Visit',
    OTHER: 'Other',
  },
  leadStatus: { NEW: 'New', FOLLOWING: 'Following', CONVERTED: 'Converted', DROPPED: 'Dropped' },
  likelihood: { HIGH: 'High', MEDIUM: 'Medium', LOW: 'Low' },
  interactionKind: {
    VISIT_OUT: 'Visit out',
    VISIT_IN: 'Visit received',
    TALKS: 'Talks',
    CALL: 'Call / video',
    SIGNING_CEREMONY: 'Signing ceremony',
  },
  documentKind: {
    INTENT_LETTER: 'Letter of intent',
    FRAMEWORK_AGREEMENT: 'Framework agreement',
    INVESTMENT_AGREEMENT: 'Investment agreement',
    SUPPLEMENTARY_AGREEMENT: 'Supplementary agreement',
    OTHER: 'Other',
  },
  funnelStep: { LEAD: 'Lead', NEGOTIATING: 'Negotiating', SIGNED: 'Signed', STARTED: 'Started' },
} as const satisfies EnumLabels;
