import type { Industry, ProjectSource } from '../schema/enums.ts';

export type DemoProject = {
  name: string;
  investor: string;
  industry: Industry;
  /** 总投资, 亿元 */
  total: number;
  source: ProjectSource;
  manufacturing: boolean;
  /** 外资 in 万美元 */
  foreignUsd?: number;
  chain?: boolean;
};

const p = (
  name: string,
  investor: string,
  industry: Industry,
  total: number,
  source: ProjectSource = 'NEW',
  extra: Partial<DemoProject> = {},
): DemoProject => ({ name, investor, industry, total, source, manufacturing: true, chain: total >= 1, ...extra });

/** Plausible projects of the district's plan industries; investors are fictitious. */
export const demoProjects: DemoProject[] = [
  p('年产20万吨锂电池正极材料项目', '浙江虞锂新能源材料有限公司', 'NEW_ENERGY', 120),
  p('高端显示面板用光学膜基地项目', '绍兴晶视光电科技有限公司', 'ELECTRONIC_INFORMATION', 85),
  p('氢燃料电池电堆及系统产业化项目', '浙江氢途动力科技有限公司', 'NEW_ENERGY', 62.5, 'NEW', {
    foreignUsd: 15000,
    chain: true,
  }),
  p('年产5万吨高性能芳纶新材料项目', '上虞华纶新材料股份有限公司', 'NEW_MATERIALS', 56),
  p('生物医药创新产业园项目', '杭州湾康诺生物医药有限公司', 'MODERN_MEDICINE', 52),
  p('半导体硅片及外延片制造项目', '浙江芯源半导体材料有限公司', 'ELECTRONIC_INFORMATION', 50),
  p('光伏组件及高效电池片智能工厂', '绍兴阳晖光伏科技有限公司', 'NEW_ENERGY', 75),
  p('年产30GWh储能电池项目', '浙江储能时代科技有限公司', 'NEW_ENERGY', 68),
  p('高端数控机床整机制造项目', '上虞精工机床有限公司', 'HIGH_END_EQUIPMENT', 18.5),
  p('工业机器人及核心零部件项目', '浙江越智机器人有限公司', 'HIGH_END_EQUIPMENT', 15),
  p('新型氟硅新材料一体化项目', '上虞氟硅化工有限公司', 'CHEMICAL', 32, 'EXPANSION'),
  p('原料药及制剂国际化生产基地', '浙江京新药业股份有限公司', 'MODERN_MEDICINE', 24, 'LISTED_COMPANY'),
  p('高性能碳纤维复合材料项目', '绍兴碳谷新材料有限公司', 'NEW_MATERIALS', 22),
  p('新能源汽车电驱系统项目', '浙江曹娥江电驱科技有限公司', 'HIGH_END_EQUIPMENT', 16.8, 'NEW', { foreignUsd: 12000 }),
  p('电子级湿化学品项目', '上虞晶纯电子材料有限公司', 'ELECTRONIC_INFORMATION', 12),
  p('高效节能电机及变频器项目', '浙江卧龙节能装备有限公司', 'ENERGY_SAVING_EQUIPMENT', 10),
  p('年产2万吨生物可降解材料项目', '绍兴绿源生物材料有限公司', 'NEW_MATERIALS', 11.2),
  p('医疗器械产业化基地项目', '浙江虞康医疗器械有限公司', 'MODERN_MEDICINE', 13.5),
  p('废气治理成套装备制造项目', '上虞蓝天环保装备有限公司', 'ENERGY_SAVING_EQUIPMENT', 14),
  p('特种精细化学品提升改造项目', '浙江闰土股份有限公司', 'CHEMICAL', 19.8, 'EXPANSION'),
  p('集成电路封装测试项目', '绍兴越芯微电子有限公司', 'ELECTRONIC_INFORMATION', 28),
  p('光伏玻璃深加工项目', '浙江旗滨光能玻璃有限公司', 'NEW_ENERGY', 26, 'LISTED_COMPANY'),
  p('氢能储运装备制造项目', '上虞氢联装备科技有限公司', 'NEW_ENERGY', 10.5),
  p('高端轴承及精密传动件项目', '浙江五洲精密传动有限公司', 'HIGH_END_EQUIPMENT', 12.8),
  p('锂电隔膜材料生产线项目', '绍兴膜力新能源科技有限公司', 'NEW_MATERIALS', 9.9999),
  p('创新药中试及产业化平台', '杭州湾诺康药业有限公司', 'MODERN_MEDICINE', 8.6),
  p('工业余热回收装备项目', '上虞节能热工装备有限公司', 'ENERGY_SAVING_EQUIPMENT', 6.5),
  p('电子特气充装及提纯项目', '浙江越气电子材料有限公司', 'CHEMICAL', 7.2),
  p('智能仓储物流装备项目', '绍兴云仓智能装备有限公司', 'HIGH_END_EQUIPMENT', 5.5),
  p('新型显示材料研发生产项目', '上虞光华新材料有限公司', 'ELECTRONIC_INFORMATION', 4.8),
  p('环保型水性涂料项目', '浙江伞城化工有限公司', 'CHEMICAL', 3.6, 'EXPANSION'),
  p('医用敷料及防护用品项目', '绍兴护康医疗用品有限公司', 'MODERN_MEDICINE', 2.8),
  p('伞具智能制造升级项目', '上虞崧厦伞业有限公司', 'OTHER', 1.5, 'EXPANSION'),
  p('精密模具制造项目', '浙江东关模具科技有限公司', 'HIGH_END_EQUIPMENT', 1.2),
  p('五金工具数字化车间项目', '上虞百官五金制品有限公司', 'OTHER', 0.8, 'EXPANSION', { chain: false }),
  p('食品级包装材料项目', '绍兴洁美包装材料有限公司', 'NEW_MATERIALS', 0.6, 'NEW', { chain: false }),
  p('纺织印染绿色化改造项目', '上虞道墟印染有限公司', 'OTHER', 0.9, 'EXPANSION', { chain: false }),
  p('高纯电子化学品扩产项目', '浙江晶华化学有限公司', 'CHEMICAL', 36, 'EXPANSION'),
  p('动力电池回收利用项目', '绍兴循环新能源科技有限公司', 'NEW_ENERGY', 20),
  p('高端医药中间体项目', '上虞联化医药科技有限公司', 'MODERN_MEDICINE', 17.5),
  p('风电齿轮箱及关键部件项目', '浙江越风传动装备有限公司', 'HIGH_END_EQUIPMENT', 21, 'NEW', { foreignUsd: 8000 }),
  p('柔性电路板及模组项目', '绍兴柔芯电子科技有限公司', 'ELECTRONIC_INFORMATION', 15.5),
  p('高性能聚酰亚胺薄膜项目', '上虞华膜新材料有限公司', 'NEW_MATERIALS', 13),
  p('污水处理膜组件及装备项目', '浙江清源环境装备有限公司', 'ENERGY_SAVING_EQUIPMENT', 10.2),
  p('化工园区公共管廊配套项目', '杭州湾上虞化工园区发展有限公司', 'CHEMICAL', 12, 'NEW', {
    manufacturing: false,
    chain: false,
  }),
  p('智慧物流园项目', '上虞港城物流有限公司', 'OTHER', 15, 'NEW', { manufacturing: false, chain: false }),
  p('数字经济产业园项目', '绍兴数智产业发展有限公司', 'ELECTRONIC_INFORMATION', 8, 'NEW', {
    manufacturing: false,
    chain: false,
  }),
  p('光刻胶及配套试剂项目', '浙江芯材微电子材料有限公司', 'ELECTRONIC_INFORMATION', 45),
  p('年产10万吨电解液项目', '绍兴锂晨新能源材料有限公司', 'NEW_ENERGY', 38),
  p('生物发酵及合成生物学制造项目', '上虞合生生物科技有限公司', 'MODERN_MEDICINE', 30, 'NEW', { foreignUsd: 16000 }),
  p('精密铸造及航空零部件项目', '浙江航精装备科技有限公司', 'HIGH_END_EQUIPMENT', 25),
  p('高端染料中间体绿色工艺项目', '浙江龙盛集团股份有限公司', 'CHEMICAL', 40, 'LISTED_COMPANY'),
  p('钙钛矿光伏中试线项目', '绍兴钙光新能源科技有限公司', 'NEW_ENERGY', 10),
  p('第三代半导体功率器件项目', '浙江越宽禁带半导体有限公司', 'ELECTRONIC_INFORMATION', 58),
  p('高端装备再制造产业园', '上虞再造装备科技有限公司', 'ENERGY_SAVING_EQUIPMENT', 11),
  p('新型建材智能工厂项目', '绍兴筑新建材科技有限公司', 'NEW_MATERIALS', 3.2),
  p('宠物食品生产基地项目', '上虞宠乐食品有限公司', 'OTHER', 2.2),
  p('汽车轻量化铝合金部件项目', '浙江轻铝汽车部件有限公司', 'HIGH_END_EQUIPMENT', 16),
  p('有机硅单体扩产项目', '浙江新安化工集团股份有限公司', 'CHEMICAL', 27, 'LISTED_COMPANY'),
  p('高端医用影像设备项目', '绍兴明影医疗科技有限公司', 'MODERN_MEDICINE', 19),
];

/** 包抓领导 for ≥50亿 projects (fictitious names with district titles). */
export const demoLeaders = [
  '区委书记 金卫东',
  '区长 赵明',
  '常务副区长 王建国',
  '副区长 沈国平',
  '副区长 徐晓燕',
  '区委常委 胡志强',
];
