import { useQuery } from '@apollo/client/react';
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';

export const RegionsQuery = graphql(`
  query Regions {
    regions {
      id
      name
      level
    }
  }
`);

/**
 * 地区 (SPEC 2.1): the account's own region or one below it, for whoever reads more than one district;
 * nothing at all for a district's account. Empty means the account's own.
 */
export function RegionPicker({ value, onChange }: { value?: string; onChange: (regionId?: string) => void }) {
  const { t } = useTranslation();
  const { data } = useQuery(RegionsQuery);
  const regions = data?.regions ?? [];
  if (regions.filter((r) => r.level === 'DISTRICT').length < 2) return null;
  const [own, ...below] = regions;
  return (
    <Select
      aria-label={t('region.pick')}
      style={{ minWidth: 140 }}
      value={value ?? own?.id}
      options={[
        { value: own?.id, label: t('region.whole', { name: own?.name ?? '' }) },
        ...below.map((r) => ({ value: r.id, label: r.name })),
      ]}
      onChange={(v: string) => onChange(v === own?.id ? undefined : v)}
    />
  );
}
