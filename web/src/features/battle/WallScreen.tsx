import { useQuery } from '@apollo/client/react';
import { Col, ConfigProvider, Flex, Progress, Row, Spin, Statistic, Typography, theme } from 'antd';
import dayjs from 'dayjs';
import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { Light } from '../../gql/graphql';
import { lightColors } from '../project/tags';

const DistrictMap = lazy(() => import('./DistrictMap'));

const WallScreenQuery = graphql(`
  query WallScreen {
    targets {
      code
      name
      current
      target
      percent
      elapsedPercent
      onTrack
    }
    battleMap {
      id
      name
      totalInvestment
      light
      latitude
      longitude
      responsibleLeader
      leadUnit {
        id
        name
      }
    }
    dashboard {
      warnings {
        overdueNodes
        projectsWithOverdueNodes
        overdueProblems
        nonCompliantProjects
      }
    }
    appConfig {
      mapTileUrl
      mapTileAttribution
    }
  }
`);

const REFRESH_MS = 60_000;

/** The wall screen (/screen): a dark full-screen view for a leader's display, refreshing itself every minute. */
export function WallScreen() {
  const { t } = useTranslation();
  const { data } = useQuery(WallScreenQuery, { pollInterval: REFRESH_MS });
  const [now, setNow] = useState(dayjs());
  useEffect(() => {
    const timer = setInterval(() => setNow(dayjs()), 1000);
    return () => clearInterval(timer);
  }, []);
  const target = data?.targets.find((x) => x.code === 'NEW_MFG_10YI');
  const board = data?.battleMap ?? [];
  const count = (light: Light) => board.filter((p) => p.light === light).length;
  const red = board.filter((p) => p.light === 'RED');
  const warnings = data?.dashboard.warnings;

  return (
    <ConfigProvider theme={{ algorithm: theme.darkAlgorithm, token: { colorPrimary: '#ff4d4f', fontSize: 18 } }}>
      <main style={{ minHeight: '100vh', background: '#0a0a0a', color: '#f0f0f0', padding: 24 }}>
        <Flex justify="space-between" align="baseline" style={{ marginBottom: 16 }}>
          <h1 style={{ fontSize: 36, margin: 0, color: '#fff' }}>
            {t('app.district')} · {t('nav.battle')}
          </h1>
          <Typography.Text style={{ fontSize: 28, color: '#d9d9d9' }}>
            {now.format('YYYY-MM-DD HH:mm:ss')}
          </Typography.Text>
        </Flex>
        {!data ? (
          <Spin />
        ) : (
          <Row gutter={[24, 24]}>
            <Col xs={24} xl={8}>
              <Flex vertical gap={24}>
                {target && (
                  <section aria-label={target.name} style={{ background: '#141414', padding: 24, borderRadius: 8 }}>
                    <Typography.Text style={{ fontSize: 22, color: '#d9d9d9' }}>{target.name}</Typography.Text>
                    <div
                      style={{
                        fontSize: 88,
                        fontWeight: 700,
                        lineHeight: 1.1,
                        color: target.onTrack ? '#73d13d' : '#ff7875',
                      }}
                    >
                      <span data-testid="screen-target">{target.current}</span>
                      <span style={{ fontSize: 36, color: '#8c8c8c' }}> / {target.target}</span>
                    </div>
                    <Progress percent={Math.min(100, target.percent)} format={() => `${target.percent.toFixed(1)}%`} />
                    <Typography.Text style={{ color: '#8c8c8c' }}>
                      {t('dashboard.elapsed')} {target.elapsedPercent.toFixed(1)}%
                    </Typography.Text>
                  </section>
                )}
                <section aria-label={t('battle.board')} style={{ background: '#141414', padding: 24, borderRadius: 8 }}>
                  <Row gutter={16}>
                    {(['RED', 'YELLOW', 'GREEN'] as Light[]).map((l) => (
                      <Col span={8} key={l}>
                        <Statistic
                          title={t(`light.${l}`)}
                          value={count(l)}
                          styles={{ content: { color: lightColors[l], fontSize: 48 } }}
                        />
                      </Col>
                    ))}
                  </Row>
                </section>
                <section
                  aria-label={t('dashboard.warnings')}
                  style={{ background: '#141414', padding: 24, borderRadius: 8 }}
                >
                  <Row gutter={16}>
                    <Col span={8}>
                      <Statistic title={t('dashboard.overdueNodes')} value={warnings?.overdueNodes ?? 0} />
                    </Col>
                    <Col span={8}>
                      <Statistic title={t('dashboard.overdueProblems')} value={warnings?.overdueProblems ?? 0} />
                    </Col>
                    <Col span={8}>
                      <Statistic title={t('dashboard.nonCompliant')} value={warnings?.nonCompliantProjects ?? 0} />
                    </Col>
                  </Row>
                  <ul style={{ margin: '16px 0 0', paddingInlineStart: 20, fontSize: 20 }}>
                    {red.slice(0, 8).map((p) => (
                      <li key={p.id} style={{ color: '#ff7875' }}>
                        {p.name} <span style={{ color: '#8c8c8c' }}>· {p.responsibleLeader ?? p.leadUnit.name}</span>
                      </li>
                    ))}
                  </ul>
                </section>
              </Flex>
            </Col>
            <Col xs={24} xl={16}>
              <Suspense fallback={<Spin />}>
                <DistrictMap
                  projects={board}
                  tileUrl={data.appConfig.mapTileUrl}
                  attribution={data.appConfig.mapTileAttribution}
                  height="calc(100vh - 140px)"
                  dark
                  label={t('battle.map')}
                />
              </Suspense>
            </Col>
          </Row>
        )}
      </main>
    </ConfigProvider>
  );
}
