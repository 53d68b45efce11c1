import type { DatabaseOrTransaction } from '@zdyq/db/client';
import ExcelJS from 'exceljs';
import { type Language, translate } from '../../i18n/translate.ts';
import { today } from '../../lib/dates.ts';
import { safeRow } from '../../lib/workbook.ts';
import type { Actor } from '../access/policy.ts';
import { unitRace } from '../race/race.service.ts';
import type { RegionView } from '../region/region.service.ts';
import { reportSheet } from '../report/report.service.ts';
import { listUnits } from '../unit/unit.service.ts';

const bold = { bold: true } as const;

/** 月报 of a month for every unit: what each project invested, cumulatively, and who has not reported. */
export async function monthlyReportBook(
  db: DatabaseOrTransaction,
  actor: Actor,
  month: string,
  language: Language,
): Promise<Buffer> {
  const say = (text: string) => translate(text, language);
  const sheetData = await reportSheet(db, actor, month);
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(say(`${month}月报`));
  sheet.columns = [
    { header: say('项目编号'), width: 14 },
    { header: say('项目名称'), width: 32 },
    { header: say('责任单位'), width: 16 },
    { header: say('上月累计投资（亿元）'), width: 18 },
    { header: say('当月完成投资（亿元）'), width: 18 },
    { header: say('累计投资（亿元）'), width: 16 },
    { header: say('进展说明'), width: 40 },
    { header: say('状态'), width: 14 },
  ];
  sheet.getRow(1).font = bold;
  const units = new Map((await listUnits(db)).map((u) => [u.id, u.name]));
  for (const r of sheetData.rows) {
    sheet.addRow(
      safeRow([
        r.project.code,
        r.project.name,
        units.get(r.project.leadUnitId) ?? '',
        Number(r.previousCumulative),
        r.report ? Number(r.report.investment) : null,
        r.report ? Number(r.report.cumulativeInvestment) : null,
        r.report?.note ?? '',
        say(r.report ? (r.report.sameAsPrevious ? '已报（与上月相同）' : '已报') : '未报'),
      ]),
    );
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}

/**
 * The unit race (赛马) of a quarter "YYYY-Qn": as published, with its date, or provisional as it
 * stands on the quarter's last day (today, within the quarter).
 */
export async function rankingBook(
  db: DatabaseOrTransaction,
  quarter: string,
  view: RegionView,
  language: Language,
): Promise<Buffer> {
  const say = (text: string) => translate(text, language);
  const race = await unitRace(db, quarter, view);
  const rows = race.rows;
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(say(`${quarter}赛马`));
  const status = race.published
    ? say(`已发布（${today(race.publishedAt ?? new Date())}发布，统计至 ${race.asOf}）`)
    : say(`暂定（统计至 ${race.asOf}，尚未发布）`);
  sheet.addRow([say(`${quarter} 单位赛马 · ${status}`)]).font = bold;
  const header = sheet.addRow(
    [
      '排名',
      '责任单位',
      '10亿以上新签约',
      '50亿以上签约',
      '落地率%',
      '节点按期率%',
      '逾期问题',
      '问题延期',
      '月报按时率%',
      '综合得分',
    ].map(say),
  );
  header.font = bold;
  for (const r of rows) {
    sheet.addRow(
      safeRow([
        r.rank,
        r.unit.name,
        r.newMajor10Signings,
        r.major50Signings,
        r.landingRate,
        r.nodesOnTimePercent,
        r.overdueProblems,
        r.problemExtensions,
        r.reportsOnTimePercent,
        r.score,
      ]),
    );
  }
  sheet.columns.forEach((c, i) => {
    c.width = i === 1 ? 18 : 14;
  });
  return Buffer.from(await book.xlsx.writeBuffer());
}
