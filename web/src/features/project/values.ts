import type { Industry, Light, ProjectSource, Stage, Tier } from '../../gql/graphql';

/** The values of the contract's enums, in the order the product shows them. */
export const stages: Stage[] = [
  'NEGOTIATING',
  'SIGNED',
  'UNDER_CONSTRUCTION',
  'ACCEPTED',
  'IN_PRODUCTION',
  'AT_CAPACITY',
  'TERMINATED',
];
export const tiers: Tier[] = ['MAJOR_50', 'MAJOR_10', 'OVER_1', 'BELOW_1'];
export const industries: Industry[] = [
  'NEW_MATERIALS',
  'MODERN_MEDICINE',
  'HIGH_END_EQUIPMENT',
  'ELECTRONIC_INFORMATION',
  'NEW_ENERGY',
  'ENERGY_SAVING_EQUIPMENT',
  'CHEMICAL',
  'OTHER',
];
export const sources: ProjectSource[] = ['NEW', 'EXPANSION', 'LISTED_COMPANY'];
export const lights: Light[] = ['RED', 'YELLOW', 'GREEN'];
