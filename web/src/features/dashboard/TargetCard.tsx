import { Card, Progress, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DashboardQuery } from '../../gql/graphql';
import { formatFigure, formatPercent } from '../../lib/format';
import { useNames } from '../../lib/labels';

export type Target = DashboardQuery['targets'][number];

/**
 * One target: the figure against the target, and for a count its share against the share of time
 * elapsed (时序进度). A rate is judged against its value, and says so; a period that has ended shows
 * its final result (达成 / 未达成) and nothing about keeping pace.
 */
export function TargetCard({
  target,
  ownUnit,
  onOpen,
}: {
  target: Target;
  /** The signed-in user's unit's share, when the period is divided among units. */
  ownUnit?: { quota: number | null; current: number } | undefined;
  onOpen: () => void;
}) {
  const { t } = useTranslation();
  const names = useNames();
  const rate = target.kind === 'RATE';
  const timed = !rate && !target.periodEnded;
  return (
    <Card
      hoverable
      onClick={onOpen}
      role="button"
      tabIndex={0}
      onKeyDown={(e) => (e.key === 'Enter' || e.key === ' ') && onOpen()}
      styles={{ body: { padding: 16 } }}
      style={{ width: '100%' }}
    >
      <Space orientation="vertical" size={6} style={{ width: '100%' }}>
        <Typography.Text strong>{names.target(target)}</Typography.Text>
        <div>
          <span data-testid={`target-${target.code}`} style={{ fontSize: 30, fontWeight: 600 }}>
            {target.available ? formatFigure(target.current) : '—'}
          </span>
          <Typography.Text type="secondary">
            {rate
              ? ` ${target.available ? target.unit : ''} ${t('dashboard.threshold', { value: formatFigure(target.target), unit: target.unit })}`
              : ` / ${formatFigure(target.target)} ${target.unit}`}
          </Typography.Text>
        </div>
        {/* A rate is at or above its value, not a share of it: only a count has a share and a pace. */}
        <div>
          {!rate && (
            <>
              <Typography.Text type="secondary">{t('dashboard.ofTarget')}</Typography.Text>
              <Progress
                percent={Math.min(100, target.percent)}
                format={() => formatPercent(target.percent)}
                size="small"
                aria-label={`${names.target(target)} ${t('dashboard.ofTarget')}`}
              />
            </>
          )}
          {timed && (
            <>
              <Typography.Text type="secondary">{t('dashboard.elapsed')}</Typography.Text>
              <Progress
                percent={target.elapsedPercent}
                size="small"
                strokeColor="#8c8c8c"
                aria-label={`${names.target(target)} ${t('dashboard.elapsed')}`}
              />
            </>
          )}
        </div>
        {!target.available && <Typography.Text type="secondary">{t('dashboard.unavailable')}</Typography.Text>}
        {ownUnit && ownUnit.quota !== null && (
          <Typography.Text data-testid={`own-quota-${target.code}`}>
            {t('dashboard.ownQuota', { current: formatFigure(ownUnit.current), quota: formatFigure(ownUnit.quota) })}
          </Typography.Text>
        )}
        <Space wrap size={4}>
          {target.periodEnded ? (
            <>
              <Tag>{t('dashboard.periodEnded')}</Tag>
              <Tag color={target.achieved ? 'green' : 'red'}>
                {target.achieved ? t('dashboard.achieved') : t('dashboard.notAchieved')}
              </Tag>
            </>
          ) : rate && !target.available ? null : rate ? (
            <Tag color={target.onTrack ? 'green' : 'red'}>
              {target.onTrack ? t('dashboard.rateMet') : t('dashboard.rateBelow')}
            </Tag>
          ) : (
            <Tag color={target.onTrack ? 'green' : 'red'}>
              {target.onTrack ? t('dashboard.onTrack') : t('dashboard.behind')}
            </Tag>
          )}
          {target.annual && <Tag>{t('dashboard.annual')}</Tag>}
          {target.baseline !== null && target.baseline !== undefined && (
            <Typography.Text type="secondary">
              {t('dashboard.baseline', { year: target.baselineYear ?? '', value: target.baseline })}
            </Typography.Text>
          )}
        </Space>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {target.periodEnded
            ? t('dashboard.periodOver', { start: target.periodStart, end: target.periodEnd })
            : t('dashboard.period', { start: target.periodStart, end: target.periodEnd })}
        </Typography.Text>
      </Space>
    </Card>
  );
}
