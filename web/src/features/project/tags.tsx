import { Badge, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Light, Stage, Tier } from '../../gql/graphql';

const tierColors: Record<Tier, string> = { MAJOR_50: 'red', MAJOR_10: 'volcano', OVER_1: 'blue', BELOW_1: 'default' };
const stageColors: Record<Stage, string> = {
  NEGOTIATING: 'default',
  SIGNED: 'cyan',
  UNDER_CONSTRUCTION: 'processing',
  ACCEPTED: 'geekblue',
  IN_PRODUCTION: 'green',
  AT_CAPACITY: 'success',
  TERMINATED: 'error',
};
export const lightColors: Record<Light, string> = { RED: '#cf1322', YELLOW: '#faad14', GREEN: '#389e0d' };

export function TierTag({ tier }: { tier: Tier }) {
  const { t } = useTranslation();
  return <Tag color={tierColors[tier]}>{t(`tier.${tier}`)}</Tag>;
}

export function StageTag({ stage }: { stage: Stage }) {
  const { t } = useTranslation();
  return <Tag color={stageColors[stage]}>{t(`stage.${stage}`)}</Tag>;
}

/** The light as a coloured dot with its name, so it reads without colour too. */
export function LightBadge({ light }: { light: Light }) {
  const { t } = useTranslation();
  return <Badge color={lightColors[light]} text={t(`light.${light}`)} />;
}
