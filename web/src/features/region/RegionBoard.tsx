import { useQuery } from '@apollo/client/react';
import { Card, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { RegionBoardQuery as Result } from '../../gql/graphql';
import { raceFigureColumns } from '../dashboard/raceColumns';

const RegionBoardQuery = graphql(`
  query RegionBoard($regionId: ID!, $asOf: Date, $quarter: String!) {
    targets(asOf: $asOf, regionId: $regionId) {
      code
      name
      unit
      kind
      current
      byRegion {
        region {
          id
          name
        }
        quota
        current
      }
    }
    regionRace(regionId: $regionId, quarter: $quarter) {
      quarter
      asOf
      published
      regionRows {
        region {
          id
          name
        }
        newMajor10Signings
        major50Signings
        landingRate
        nodesOnTimePercent
        overdueProblems
        reportsOnTimePercent
        score
        rank
      }
    }
  }
`);

type RaceRow = Result['regionRace']['regionRows'][number];
type DistrictRow = { id: string; name: string; parts: Record<string, { quota: number | null; current: number }> };

/** A city's 驾驶舱 (SPEC 2.1): each district's part of the city's targets against its quota, and the districts' race. */
export function RegionBoard({ regionId, asOf, quarter }: { regionId: string; asOf: string; quarter: string }) {
  const { t } = useTranslation();
  const { data } = useQuery(RegionBoardQuery, { variables: { regionId, asOf, quarter } });
  if (!data) return null;
  const districts = new Map<string, DistrictRow>();
  for (const target of data.targets) {
    for (const part of target.byRegion) {
      const row = districts.get(part.region.id) ?? { id: part.region.id, name: part.region.name, parts: {} };
      row.parts[target.code] = { quota: part.quota, current: part.current };
      districts.set(row.id, row);
    }
  }
  const race = data.regionRace;
  return (
    <>
      <Card title={t('region.targets')}>
        <Table<DistrictRow>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={[...districts.values()]}
          scroll={{ x: 720 }}
          columns={[
            { title: t('region.district'), dataIndex: 'name', fixed: 'left' },
            ...data.targets.map((target) => ({
              key: target.code,
              title: `${target.name}（${target.unit}）`,
              align: 'right' as const,
              render: (_: unknown, row: DistrictRow) => {
                const part = row.parts[target.code];
                if (!part) return '—';
                return part.quota === null
                  ? part.current
                  : t('region.ofQuota', { current: part.current, quota: part.quota });
              },
            })),
          ]}
        />
      </Card>
      <Card
        title={`${t('region.race')} · ${race.quarter}`}
        extra={
          <Tag color={race.published ? 'green' : 'gold'}>
            {race.published ? t('region.racePublished') : t('dashboard.raceProvisional', { date: race.asOf })}
          </Tag>
        }
      >
        <Table<RaceRow>
          rowKey={(r) => r.region.id}
          size="small"
          pagination={false}
          dataSource={race.regionRows}
          scroll={{ x: 800 }}
          columns={[
            { title: t('dashboard.rank'), dataIndex: 'rank', width: 60 },
            { title: t('region.district'), render: (_, r) => r.region.name },
            ...raceFigureColumns<RaceRow>(t),
          ]}
        />
      </Card>
    </>
  );
}
