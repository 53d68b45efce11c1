import Supercluster from 'supercluster';
import type { Light } from '../../gql/graphql';
import { lights } from '../project/values';

/** A project as the map places it. */
export type Pinned = { id: string; name: string; totalInvestment: string; light: Light; at: [number, number] };

/** What the map draws at one place: a project's pin, or a cluster of nearby projects. */
export type MapMark =
  | { kind: 'pin'; project: Pinned }
  | {
      kind: 'cluster';
      id: number;
      at: [number, number];
      /** Its projects, the largest investment first. */
      members: Pinned[];
      /** The most urgent light among them (RED before YELLOW before GREEN). */
      light: Light;
    };

const urgency = (light: Light) => lights.indexOf(light);

/**
 * Projects near each other on the screen are drawn as one cluster, so no pin or name hides another:
 * a cluster counts its projects, takes the most urgent light among them and names the largest; a
 * zoom in splits it. `radius` is in screen pixels — wider where names are written beside the pins.
 */
export class PinIndex {
  private readonly index: Supercluster<{ project: Pinned }>;

  constructor(projects: readonly Pinned[], radius: number) {
    // extent 256: the radius is in the pixels of Leaflet's 256-pixel tiles.
    this.index = new Supercluster<{ project: Pinned }>({ radius, extent: 256, maxZoom: 17 });
    this.index.load(
      projects.map((project) => ({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [project.at[1], project.at[0]] },
        properties: { project },
      })),
    );
  }

  /** The marks within a box [west, south, east, north] at a zoom. */
  marks(box: [number, number, number, number], zoom: number): MapMark[] {
    return this.index.getClusters(box, Math.round(zoom)).map((feature): MapMark => {
      const [lng, lat] = feature.geometry.coordinates as [number, number];
      const props = feature.properties;
      if (!('cluster' in props)) return { kind: 'pin', project: props.project };
      const members = this.index
        .getLeaves(props.cluster_id, Number.POSITIVE_INFINITY)
        .map((leaf) => leaf.properties.project)
        .sort((a, b) => Number(b.totalInvestment) - Number(a.totalInvestment) || a.name.localeCompare(b.name, 'zh'));
      const light = members.reduce<Light>((worst, m) => (urgency(m.light) < urgency(worst) ? m.light : worst), 'GREEN');
      return { kind: 'cluster', id: props.cluster_id, at: [lat, lng], members, light };
    });
  }

  /** The zoom at which a cluster splits into smaller ones or pins. */
  expansionZoom(clusterId: number): number {
    return this.index.getClusterExpansionZoom(clusterId);
  }
}
