import type { BulletinKind } from '@zdyq/db/schema';
import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { oneLine } from '../../lib/text.ts';

/** The figures a bulletin prints, as of its period's last day (bulletin.service.ts gathers them). */
export type BulletinFigures = {
  asOf: string;
  race: {
    quarter: string;
    asOf: string;
    publishedAt: string | null;
    rows: Array<{ rank: number; unitId: string; unit: string; score: number; overdueProblems: number }>;
  } | null;
  targets: Array<{
    code: string;
    name: string;
    unit: string;
    target: number;
    current: number;
    percent: number;
    periodEnded: boolean;
    achieved: boolean | null;
  }>;
  overdueByUnit: Array<{ unitId: string; unit: string; nodes: number; problems: number }>;
  totals: { overdueNodes: number; overdueProblems: number };
};

const heading = (text: string) =>
  new Paragraph({ text, heading: HeadingLevel.HEADING_2, spacing: { before: 240, after: 120 } });
const body = (text: string) => new Paragraph({ children: [new TextRun(oneLine(text))], spacing: { after: 120 } });
/** Text of several lines (the 最佳案例 ADMIN wrote) as a paragraph a line, never line breaks inside a run. */
const paragraphs = (text: string) =>
  text
    .split(/[\r\n\u0085\u2028\u2029]+/)
    .filter((line) => line.trim() !== '')
    .map(body);

function table(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number>>): Table {
  const cell = (value: string | number, bold = false) =>
    new TableCell({
      children: [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [new TextRun({ text: oneLine(String(value)), bold })],
        }),
      ],
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: header.map((h) => cell(h, true)) }),
      ...rows.map((r) => new TableRow({ children: r.map((v) => cell(v)) })),
    ],
  });
}

const outcome = (t: BulletinFigures['targets'][number]) =>
  t.periodEnded ? (t.achieved ? '达成' : '未达成') : `完成${t.percent}%`;

/**
 * The 督查通报 as a Word document: 目标进度, 赛马排名 (as published), 逾期情况 by unit, and the
 * quarter's 最佳案例 — the figures given, nothing computed here.
 */
export async function bulletinDocument(args: {
  title: string;
  kind: BulletinKind;
  period: string;
  issuedOn: string;
  figures: BulletinFigures;
  bestCase: string | null;
}): Promise<Uint8Array> {
  const { figures } = args;
  const race = figures.race;
  const children: Array<Paragraph | Table> = [
    new Paragraph({ text: args.title, heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [new TextRun(`统计截至 ${figures.asOf}　　印发日期 ${args.issuedOn}`)],
      spacing: { after: 240 },
    }),
    heading('一、目标任务进度'),
    table(
      ['指标', '目标', '完成', '进度'],
      figures.targets.map((t) => [t.name, `${t.target}${t.unit}`, `${t.current}${t.unit}`, outcome(t)]),
    ),
    heading('二、单位赛马排名'),
    race
      ? body(`${race.quarter} 单位赛马（${race.publishedAt ?? ''}发布，统计至 ${race.asOf}）：`)
      : body('本期尚无已发布的单位赛马结果。'),
    ...(race
      ? [
          table(
            ['排名', '责任单位', '综合得分', '逾期问题'],
            race.rows.map((r) => [r.rank, r.unit, r.score, r.overdueProblems]),
          ),
        ]
      : []),
    heading('三、逾期节点和问题'),
    body(`全区逾期节点 ${figures.totals.overdueNodes} 个，逾期未办结问题 ${figures.totals.overdueProblems} 个。`),
    ...(figures.overdueByUnit.length
      ? [
          table(
            ['责任单位', '逾期节点', '逾期问题'],
            figures.overdueByUnit.map((u) => [u.unit, u.nodes, u.problems]),
          ),
        ]
      : [body('各单位均无逾期。')]),
  ];
  if (args.kind === 'QUARTERLY') {
    const bestCase = paragraphs(args.bestCase ?? '');
    children.push(heading('四、最佳案例'), ...(bestCase.length ? bestCase : [body('本季度未评选最佳案例。')]));
  }
  const doc = new Document({
    title: args.title,
    creator: '招大引强项目管理系统',
    styles: { default: { document: { run: { font: 'FangSong', size: 28 } } } },
    sections: [{ children }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
