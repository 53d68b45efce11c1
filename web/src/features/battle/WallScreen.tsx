import { useQuery } from '@apollo/client/react';
import { Col, ConfigProvider, Flex, Progress, Row, Spin, Statistic, theme } from 'antd';
import dayjs from 'dayjs';
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { Light } from '../../gql/graphql';
import { formatAmount, formatFigure, formatPercent, formatScore } from '../../lib/format';
import { useNames } from '../../lib/labels';
import { lightColors } from '../project/tags';
import { lights } from '../project/values';
import { districtNamed } from '../region/districtNamed';

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
      region {
        id
        name
      }
      totalInvestment
      light
      latitude
      longitude
      responsibleLeader
      openProblemCount
      leadUnit {
        id
        name
      }
    }
    dashboard {
      race {
        quarter
        asOf
        published
        publishedAt
        rows {
          unit {
            id
            name
          }
          newMajor10Signings
          score
          rank
        }
      }
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
/** How long each of the rotating panels stays on the wall. */
const ROTATE_MS = 20_000;
const panels = ['map', 'board', 'race'] as const;
type Panel = (typeof panels)[number];
const lightOrder: Record<Light, number> = { RED: 0, YELLOW: 1, GREEN: 2 };
const box: React.CSSProperties = { background: '#141414', padding: '1em', borderRadius: 8, minHeight: 0 };
const muted = '#bfbfbf';

/** The base font size for the wall: 18 px on a 1920-wide screen, growing with the screen (36 px at 3840). */
const wallFontSize = () => Math.max(14, Math.round((window.innerWidth / 1920) * 18));

function useWallFontSize() {
  const [fontSize, setFontSize] = useState(wallFontSize);
  useEffect(() => {
    const onResize = () => setFontSize(wallFontSize());
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return fontSize;
}

/**
 * The wall screen (/screen): a dark view that fills a leader's display exactly (1920×1080, 3840×2160)
 * without scrolling, refreshes every minute and turns between the map, the board and the unit race.
 */
export function WallScreen() {
  const { t } = useTranslation();
  const names = useNames();
  const { data } = useQuery(WallScreenQuery, { pollInterval: REFRESH_MS });
  const fontSize = useWallFontSize();
  const [now, setNow] = useState(dayjs());
  const [panel, setPanel] = useState<Panel>('map');
  useEffect(() => {
    const timer = setInterval(() => setNow(dayjs()), 1000);
    return () => clearInterval(timer);
  }, []);
  useEffect(() => {
    const timer = setTimeout(() => setPanel(panels[(panels.indexOf(panel) + 1) % panels.length] ?? 'map'), ROTATE_MS);
    return () => clearTimeout(timer);
  }, [panel]);
  const target = data?.targets.find((x) => x.code === 'NEW_MFG_10YI');
  const board = useMemo(() => districtNamed(data?.battleMap ?? []), [data]);
  const count = (light: Light) => board.filter((p) => p.light === light).length;
  const red = board.filter((p) => p.light === 'RED');
  const warnings = data?.dashboard.warnings;
  const race = data?.dashboard.race;
  const ranked = [...board].sort(
    (a, b) => lightOrder[a.light] - lightOrder[b.light] || Number(b.totalInvestment) - Number(a.totalInvestment),
  );
  const panelLabel: Record<Panel, string> = {
    map: t('battle.map'),
    board: t('battle.board'),
    race: t('dashboard.race'),
  };

  return (
    <ConfigProvider
      theme={{
        // The app's light colours stay out: on black, secondary text is light grey (at least 7:1).
        inherit: false,
        zeroRuntime: true,
        algorithm: theme.darkAlgorithm,
        token: {
          colorPrimary: '#ff4d4f',
          fontSize,
          colorTextTertiary: 'rgba(255, 255, 255, 0.72)',
          colorTextDescription: 'rgba(255, 255, 255, 0.72)',
        },
      }}
    >
      <main
        data-testid="wall-screen"
        style={{
          height: '100vh',
          overflow: 'hidden',
          boxSizing: 'border-box',
          background: '#0a0a0a',
          color: '#f0f0f0',
          padding: '1.2em',
          fontSize,
          display: 'flex',
          flexDirection: 'column',
          gap: '1em',
        }}
      >
        <Flex justify="space-between" align="baseline">
          <h1 style={{ fontSize: '2em', margin: 0, color: '#fff' }}>
            {t('app.district')} · {t('nav.battle')}
          </h1>
          <Flex gap="0.5em" align="center">
            {panels.map((p) => (
              <button
                key={p}
                type="button"
                aria-pressed={panel === p}
                onClick={() => setPanel(p)}
                style={{
                  font: 'inherit',
                  fontSize: '0.9em',
                  padding: '0.2em 0.8em',
                  borderRadius: 4,
                  cursor: 'pointer',
                  border: '1px solid #595959',
                  background: panel === p ? '#a8071a' : 'transparent',
                  color: '#fff',
                }}
              >
                {panelLabel[p]}
              </button>
            ))}
            <span style={{ fontSize: '1.4em', color: muted, marginInlineStart: '0.5em' }}>
              {now.format('YYYY-MM-DD HH:mm:ss')}
            </span>
          </Flex>
        </Flex>
        {!data ? (
          <Spin />
        ) : (
          <div
            style={{
              flex: 1,
              minHeight: 0,
              display: 'grid',
              gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 2fr)',
              gap: '1.2em',
            }}
          >
            <div style={{ display: 'flex', flexDirection: 'column', gap: '1em', minHeight: 0 }}>
              {target && (
                <section aria-label={names.target(target)} style={box}>
                  <div style={{ fontSize: '1.2em', color: muted }}>{names.target(target)}</div>
                  <div
                    style={{
                      fontSize: '4.2em',
                      fontWeight: 700,
                      lineHeight: 1.1,
                      color: target.onTrack ? '#73d13d' : '#ff7875',
                    }}
                  >
                    <span data-testid="screen-target">{formatFigure(target.current)}</span>
                    <span style={{ fontSize: '0.4em', color: muted }}> / {formatFigure(target.target)}</span>
                  </div>
                  <Progress
                    percent={Math.min(100, target.percent)}
                    format={() => formatPercent(target.percent)}
                    aria-label={names.target(target)}
                  />
                  <div style={{ color: muted }}>
                    {t('dashboard.elapsed')} {formatPercent(target.elapsedPercent)}
                  </div>
                </section>
              )}
              <section aria-label={t('battle.board')} style={box}>
                <Row gutter={16}>
                  {lights.map((l) => (
                    <Col span={8} key={l}>
                      <Statistic
                        title={t(`light.${l}`)}
                        value={count(l)}
                        styles={{ content: { color: lightColors[l], fontSize: '2.4em' } }}
                      />
                    </Col>
                  ))}
                </Row>
              </section>
              <section aria-label={t('dashboard.warnings')} style={{ ...box, flex: 1, overflow: 'hidden' }}>
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
                <ul style={{ margin: '0.8em 0 0', paddingInlineStart: '1.2em', fontSize: '1.05em' }}>
                  {red.slice(0, 6).map((p) => (
                    <li
                      key={p.id}
                      style={{ color: '#ff7875', whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }}
                    >
                      {p.name} <span style={{ color: muted }}>· {p.responsibleLeader ?? p.leadUnit.name}</span>
                    </li>
                  ))}
                </ul>
              </section>
            </div>
            <div style={{ minHeight: 0, position: 'relative' }} data-testid={`wall-panel-${panel}`}>
              {panel === 'map' && (
                <Suspense fallback={<Spin />}>
                  <DistrictMap
                    projects={board}
                    tileUrl={data.appConfig.mapTileUrl}
                    attribution={data.appConfig.mapTileAttribution}
                    height="100%"
                    dark
                    labelPins
                    label={t('battle.map')}
                  />
                </Suspense>
              )}
              {panel === 'board' && (
                <section aria-label={t('battle.board')} style={{ ...box, height: '100%', overflow: 'hidden' }}>
                  <table style={{ width: '100%', borderCollapse: 'collapse', fontSize: '1.05em' }}>
                    <thead>
                      <tr style={{ color: muted, textAlign: 'left' }}>
                        <th>{t('projectField.name')}</th>
                        <th style={{ textAlign: 'right' }}>{t('projectField.totalInvestment')}</th>
                        <th>{t('projectField.leadUnitId')}</th>
                        <th>{t('projectField.responsibleLeader')}</th>
                        <th style={{ textAlign: 'right' }}>{t('battle.openProblems')}</th>
                        <th>{t('projectField.light')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {ranked.slice(0, 16).map((p) => (
                        <tr key={p.id} style={{ borderTop: '1px solid #303030', lineHeight: 2 }}>
                          <td
                            style={{
                              maxWidth: '18em',
                              overflow: 'hidden',
                              textOverflow: 'ellipsis',
                              whiteSpace: 'nowrap',
                            }}
                          >
                            {p.name}
                          </td>
                          <td style={{ textAlign: 'right' }}>{formatAmount(p.totalInvestment)}</td>
                          <td>{p.leadUnit.name}</td>
                          <td>{p.responsibleLeader ?? '—'}</td>
                          <td style={{ textAlign: 'right' }}>{p.openProblemCount}</td>
                          <td style={{ color: lightColors[p.light] }}>{t(`light.${p.light}`)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                  {ranked.length > 16 && (
                    <div style={{ color: muted, marginTop: '0.5em' }}>
                      {t('battle.moreOnBoard', { count: ranked.length - 16 })}
                    </div>
                  )}
                </section>
              )}
              {panel === 'race' && race && (
                <section aria-label={t('dashboard.race')} style={{ ...box, height: '100%', overflow: 'hidden' }}>
                  <div style={{ color: muted, marginBottom: '0.5em' }}>
                    {race.quarter} ·{' '}
                    {race.published
                      ? t('dashboard.racePublished', { date: race.publishedAt?.slice(0, 10) })
                      : t('dashboard.raceProvisional', { date: race.asOf })}
                  </div>
                  <table style={{ width: '100%', borderCollapse: 'collapse', fontSize: '1.1em' }}>
                    <thead>
                      <tr style={{ color: muted, textAlign: 'left' }}>
                        <th>{t('dashboard.rank')}</th>
                        <th>{t('projectField.leadUnitId')}</th>
                        <th style={{ textAlign: 'right' }}>{t('race.newMajor10Signings')}</th>
                        <th style={{ textAlign: 'right' }}>{t('dashboard.score')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {race.rows.slice(0, 16).map((r) => (
                        <tr key={r.unit.id} style={{ borderTop: '1px solid #303030', lineHeight: 2 }}>
                          <td>{r.rank}</td>
                          <td>{r.unit.name}</td>
                          <td style={{ textAlign: 'right' }}>{r.newMajor10Signings}</td>
                          <td style={{ textAlign: 'right' }}>{formatScore(r.score)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </section>
              )}
            </div>
          </div>
        )}
      </main>
    </ConfigProvider>
  );
}
