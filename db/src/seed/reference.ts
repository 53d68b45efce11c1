import type { UnitKind } from '../schema/enums.ts';

/** 责任单位 of SPEC section 2, from the plan's 责任单位 lists and the district's townships. */
export const referenceUnits: ReadonlyArray<{ name: string; kind: UnitKind }> = [
  ...[
    '区投资促进中心',
    '区发改局',
    '区经信局',
    '区科技局',
    '区商务局',
    '区财政局',
    '自然资源和规划分局',
    '生态环境分局',
    '区市场监管局',
    '区税务局',
    '区金融办',
  ].map((name) => ({ name, kind: 'DEPARTMENT' as const })),
  ...['杭州湾经开区', '曹娥江经开区'].map((name) => ({ name, kind: 'PLATFORM' as const })),
  ...[
    '百官街道',
    '曹娥街道',
    '东关街道',
    '道墟街道',
    '梁湖街道',
    '小越街道',
    '崧厦街道',
    '盖北镇',
    '驿亭镇',
    '谢塘镇',
    '长塘镇',
    '永和镇',
    '丰惠镇',
    '上浦镇',
    '汤浦镇',
    '章镇镇',
    '下管镇',
    '岭南乡',
    '陈溪乡',
  ].map((name) => ({ name, kind: 'TOWNSHIP' as const })),
];

/** 指标 of SPEC section 5, with the plan's figures. */
export const referenceTargets = [
  {
    code: 'NEW_MFG_10YI',
    name: '新引进10亿元以上制造业项目',
    kind: 'COUNT',
    unit: '个',
    targetValue: '30',
    baseline: '12',
    baselineYear: 2020,
    annual: false,
    periodStart: '2021-01-01',
    periodEnd: '2023-12-31',
  },
  {
    code: 'FOREIGN_MFG_1E8USD',
    name: '总投资1亿美元以上制造业外资项目',
    kind: 'COUNT',
    unit: '个',
    targetValue: '2',
    baseline: null,
    baselineYear: null,
    annual: false,
    periodStart: '2021-01-01',
    periodEnd: '2023-12-31',
  },
  {
    code: 'CHAIN_1YI_YEAR',
    name: '新引进亿元以上产业链项目（年度）',
    kind: 'COUNT',
    unit: '个',
    targetValue: '15',
    baseline: null,
    baselineYear: null,
    annual: true,
    periodStart: '2021-01-01',
    periodEnd: '2030-12-31',
  },
  {
    code: 'MFG_SHARE_YEAR',
    name: '制造业项目占比（年度）',
    kind: 'RATE',
    unit: '%',
    // ≥ 2/3 at four places: 66.6667 would refuse exactly two thirds.
    targetValue: '66.6666',
    baseline: null,
    baselineYear: null,
    annual: true,
    periodStart: '2021-01-01',
    periodEnd: '2030-12-31',
  },
  {
    code: 'LANDING_RATE_YEAR',
    name: '项目落地率（年度）',
    kind: 'RATE',
    unit: '%',
    targetValue: '40',
    baseline: null,
    baselineYear: null,
    annual: true,
    periodStart: '2021-01-01',
    periodEnd: '2030-12-31',
  },
  {
    code: 'MFG_INVEST_GROWTH_YEAR',
    name: '制造业投资增长率（年度，项目口径）',
    kind: 'RATE',
    unit: '%',
    targetValue: '13',
    baseline: '5',
    baselineYear: 2020,
    annual: true,
    periodStart: '2021-01-01',
    periodEnd: '2030-12-31',
  },
] as const;

/** Weights of the unit race (赛马) composite score, and of the year's assessment; ADMIN may change them. */
export const referenceScoreWeights = [
  { key: 'NEW_10YI_SIGNINGS', scope: 'RACE', weight: '30' },
  { key: 'MAJOR_50_SIGNINGS', scope: 'RACE', weight: '20' },
  { key: 'LANDING_RATE', scope: 'RACE', weight: '20' },
  { key: 'NODES_ON_TIME', scope: 'RACE', weight: '15' },
  { key: 'OVERDUE_PROBLEMS', scope: 'RACE', weight: '10' },
  // Counted and shown; scored once ADMIN gives it a weight.
  { key: 'PROBLEM_EXTENSIONS', scope: 'RACE', weight: '0' },
  { key: 'REPORTS_ON_TIME', scope: 'RACE', weight: '5' },
  // 年考核: the four quarters' race scores against the unit's quotas met.
  { key: 'QUARTER_SCORES', scope: 'ANNUAL', weight: '70' },
  { key: 'TARGET_QUOTAS', scope: 'ANNUAL', weight: '30' },
] as const;

/** 亩均 grades by tax per mu (万元/亩/年): A from the district's 2023 target of 31, D below the plan's 低效 line of 5. */
export const referenceMuGrades = [
  { grade: 'A', minTaxPerMu: '31' },
  { grade: 'B', minTaxPerMu: '15' },
  { grade: 'C', minTaxPerMu: '5' },
  { grade: 'D', minTaxPerMu: '0' },
] as const;
