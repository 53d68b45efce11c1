import { describe, expect, it } from 'vitest';
import { PinIndex, type Pinned } from './pins';

const at = (lat: number, lng: number): [number, number] => [lat, lng];
const district: [number, number, number, number] = [120.5, 29.5, 121.3, 30.4];

const projects: Pinned[] = [
  { id: 'a', name: '甲项目', totalInvestment: '60', light: 'GREEN', at: at(30.135, 120.86) },
  { id: 'b', name: '乙项目', totalInvestment: '120', light: 'RED', at: at(30.1355, 120.8605) },
  { id: 'c', name: '丙项目', totalInvestment: '80', light: 'YELLOW', at: at(30.136, 120.861) },
  { id: 'd', name: '丁项目', totalInvestment: '55', light: 'GREEN', at: at(29.8, 120.95) },
];

describe('the map’s pins', () => {
  it('draws projects close on the screen as one cluster with the most urgent light, the largest named first', () => {
    const marks = new PinIndex(projects, 44).marks(district, 11);
    const cluster = marks.find((m) => m.kind === 'cluster');
    if (cluster?.kind !== 'cluster') throw new Error('no cluster');
    expect(cluster.members.map((m) => m.id)).toEqual(['b', 'c', 'a']);
    expect(cluster.light).toBe('RED');
    // A project far from the others keeps its own pin.
    expect(marks.filter((m) => m.kind === 'pin').map((m) => m.kind === 'pin' && m.project.id)).toEqual(['d']);
  });

  it('splits a cluster once zoomed in to its expansion zoom, and shows every project at the closest zoom', () => {
    const index = new PinIndex(projects, 44);
    const cluster = index.marks(district, 11).find((m) => m.kind === 'cluster');
    if (cluster?.kind !== 'cluster') throw new Error('no cluster');
    const zoom = index.expansionZoom(cluster.id);
    expect(zoom).toBeGreaterThan(11);
    const closer = index.marks(district, zoom);
    expect(closer.length).toBeGreaterThan(2);
    const pins = index.marks(district, 18).flatMap((m) => (m.kind === 'pin' ? [m.project.id] : []));
    expect(pins.sort()).toEqual(['a', 'b', 'c', 'd']);
  });

  it('clusters wider where names are written beside the pins', () => {
    const near = (km: number): Pinned => ({ ...projects[3]!, id: `e${km}`, at: at(29.8, 120.95 + km / 96) });
    const spread = [projects[3]!, near(1.5)];
    expect(new PinIndex(spread, 44).marks(district, 13)).toHaveLength(2);
    expect(new PinIndex(spread, 120).marks(district, 13)).toHaveLength(1);
  });
});
