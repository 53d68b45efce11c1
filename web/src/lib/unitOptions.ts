import { unitKinds } from '@zdyq/db/values';
import type { TFunction } from 'i18next';
import type { UnitKind } from '../gql/graphql';

const kindOrder: readonly UnitKind[] = unitKinds;

type UnitLike = { id: string; name: string; kind?: UnitKind | null };
type Option = { value: string; label: string };

/**
 * The units as a picker's options, grouped 部门 / 平台 / 乡镇街道 when their kinds are known, so a unit
 * is found by arrow keys as well as by typing.
 */
export function unitOptions(
  units: readonly UnitLike[],
  t: TFunction,
): Array<Option | { label: string; title: string; options: Option[] }> {
  const option = (u: UnitLike) => ({ value: u.id, label: u.name });
  if (!units.every((u) => u.kind)) return units.map(option);
  return kindOrder
    .map((kind) => ({
      label: t(`unitKind.${kind}`),
      title: t(`unitKind.${kind}`),
      options: units.filter((u) => u.kind === kind).map(option),
    }))
    .filter((group) => group.options.length > 0);
}
