import * as values from '@zdyq/db/values';
import type { Industry, Light, ProjectSource, Stage, Tier } from '../../gql/graphql';

/** The values of the contract's enums, in the order the product shows them: the one list in @zdyq/db/values. */
export const stages: readonly Stage[] = values.stages;
export const tiers: readonly Tier[] = values.tiers;
export const industries: readonly Industry[] = values.industries;
export const sources: readonly ProjectSource[] = values.projectSources;
export const lights: readonly Light[] = values.lights;
/** Stages a project may be created at. */
export const creationStages: readonly Stage[] = values.creationStages;
