import L from 'leaflet';
import { lights } from '../project/values';
import 'leaflet/dist/leaflet.css';
import type { TFunction } from 'i18next';
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Light } from '../../gql/graphql';
import { lightColors } from '../project/tags';
import { districtOutline, placeLabels } from './district';
import { type MapMark, PinIndex, type Pinned } from './pins';

export type MapProject = {
  id: string;
  name: string;
  totalInvestment: string;
  light: Light;
  latitude?: number | null;
  longitude?: number | null;
};

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

const pinSize = (investment: number) => Math.round(12 + Math.min(28, Math.sqrt(investment) * 2.5));

/** A project's pin: coloured by its light, sized by its investment; on the wall screen its name beside it. */
function pinMarker(p: Pinned, labelled: boolean): L.Marker {
  const size = pinSize(Number(p.totalInvestment));
  const marker = L.marker(p.at, {
    title: p.name,
    alt: p.name,
    icon: L.divIcon({
      className: 'map-pin',
      html: `<span data-testid="map-pin" style="display:block;width:${size}px;height:${size}px;border-radius:50%;background:${lightColors[p.light]};opacity:.85;border:2px solid #fff;box-shadow:0 0 4px rgba(0,0,0,.4)"></span>`,
      iconSize: [size, size],
    }),
  });
  marker.bindPopup(
    `<strong>${escapeHtml(p.name)}</strong><br/>${escapeHtml(p.totalInvestment)} 亿元<br/><a href="/projects/${encodeURIComponent(p.id)}">→</a>`,
  );
  if (labelled) {
    marker.bindTooltip(escapeHtml(p.name), {
      permanent: true,
      direction: 'right',
      offset: [size / 2, 0],
      className: 'map-pin-label',
    });
  }
  return marker;
}

/** How many names a cluster writes on the wall screen; the rest are counted. */
const CLUSTER_NAMES = 3;

/**
 * Nearby projects as one mark: their count on the most urgent light among them, their names in its
 * title (and, on the wall screen, the largest written beside it); a click zooms in to split it.
 */
function clusterMarker(mark: Extract<MapMark, { kind: 'cluster' }>, labelled: boolean, t: TFunction): L.Marker {
  const count = mark.members.length;
  const size = Math.round(28 + Math.min(24, Math.sqrt(count) * 6));
  const names = mark.members.map((m) => m.name);
  const marker = L.marker(mark.at, {
    title: t('battle.cluster', { count, names: names.join('、') }),
    icon: L.divIcon({
      className: 'map-cluster',
      html: `<span data-testid="map-cluster" data-count="${count}" style="display:flex;align-items:center;justify-content:center;width:${size}px;height:${size}px;border-radius:50%;background:${lightColors[mark.light]};color:#fff;font-weight:600;border:3px solid rgba(255,255,255,.85);box-shadow:0 0 0 4px ${lightColors[mark.light]}55">${count}</span>`,
      iconSize: [size, size],
    }),
  });
  if (labelled) {
    const shown = names.slice(0, CLUSTER_NAMES).map(escapeHtml);
    if (count > CLUSTER_NAMES) shown.push(escapeHtml(t('battle.clusterMore', { count: count - CLUSTER_NAMES })));
    marker.bindTooltip(shown.join('<br/>'), {
      permanent: true,
      direction: 'right',
      offset: [size / 2, 0],
      className: 'map-pin-label',
    });
  }
  return marker;
}

/**
 * The district map: the outline and place names shipped with the app, tiles only when a tile URL is
 * configured, and a pin per project coloured by its light and sized by its investment — nearby ones
 * drawn as a cluster until zoomed in (pins.ts).
 */
export default function DistrictMap({
  projects,
  tileUrl,
  attribution,
  height = 520,
  dark = false,
  labelPins = false,
  label,
}: {
  projects: MapProject[];
  tileUrl?: string | null;
  attribution?: string | null;
  height?: number | string;
  dark?: boolean;
  /** Writes each project's name beside its pin (the wall screen, read from across a room). */
  labelPins?: boolean;
  label: string;
}) {
  const { t } = useTranslation();
  const container = useRef<HTMLElement>(null);
  const map = useRef<L.Map | null>(null);
  const pins = useRef<L.LayerGroup | null>(null);

  useEffect(() => {
    if (!container.current) return;
    const m = L.map(container.current, { zoomControl: true, attributionControl: Boolean(tileUrl) });
    m.fitBounds(L.latLngBounds(districtOutline), { padding: [16, 16] });
    if (tileUrl) L.tileLayer(tileUrl, { attribution: attribution ?? '', maxZoom: 18 }).addTo(m);
    L.polygon(districtOutline, {
      color: dark ? '#ff7875' : '#b71c1c',
      weight: 2,
      fillColor: dark ? '#1f1f1f' : '#fff1f0',
      fillOpacity: tileUrl ? 0.08 : 0.6,
    }).addTo(m);
    // Place names sit above the pins, so a pin never hides where it is.
    m.createPane('places');
    const places = m.getPane('places');
    if (places) {
      places.style.zIndex = '640';
      places.style.pointerEvents = 'none';
    }
    for (const place of placeLabels) {
      L.marker(place.at, {
        pane: 'places',
        interactive: false,
        keyboard: false,
        icon: L.divIcon({
          className: 'map-place',
          html: `<span style="color:${dark ? '#d9d9d9' : '#595959'};font-size:${place.platform ? 14 : 12}px;font-weight:${place.platform ? 600 : 400};white-space:nowrap;text-shadow:0 0 3px ${dark ? '#000' : '#fff'}">${escapeHtml(place.name)}</span>`,
          iconSize: [0, 0],
        }),
      }).addTo(m);
    }
    pins.current = L.layerGroup().addTo(m);
    map.current = m;
    return () => {
      m.remove();
      map.current = null;
    };
  }, [tileUrl, attribution, dark]);

  const index = useMemo(
    () =>
      new PinIndex(
        projects.flatMap((p) =>
          p.latitude === null || p.latitude === undefined || p.longitude === null || p.longitude === undefined
            ? []
            : [
                {
                  id: p.id,
                  name: p.name,
                  totalInvestment: p.totalInvestment,
                  light: p.light,
                  at: [p.latitude, p.longitude],
                },
              ],
        ),
        // Names written beside the pins need the room of a name.
        labelPins ? 120 : 44,
      ),
    [projects, labelPins],
  );

  // biome-ignore lint/correctness/useExhaustiveDependencies: the map is made again when these change, and its pins with it.
  useEffect(() => {
    const m = map.current;
    const layer = pins.current;
    if (!m || !layer) return;
    const draw = () => {
      layer.clearLayers();
      const b = m.getBounds();
      for (const mark of index.marks([b.getWest(), b.getSouth(), b.getEast(), b.getNorth()], m.getZoom())) {
        const marker =
          mark.kind === 'pin'
            ? pinMarker(mark.project, labelPins)
            : clusterMarker(mark, labelPins, t).on('click', () => m.setView(mark.at, index.expansionZoom(mark.id)));
        marker.addTo(layer);
      }
    };
    draw();
    m.on('moveend', draw);
    return () => {
      m.off('moveend', draw);
    };
  }, [index, labelPins, t, tileUrl, attribution, dark]);

  return (
    <div style={{ position: 'relative', width: '100%', height }}>
      <section
        ref={container}
        aria-label={label}
        style={{ width: '100%', height: '100%', background: dark ? '#141414' : '#f5f5f5' }}
      />
      <ul
        aria-label={t('battle.legend')}
        data-testid="map-legend"
        style={{
          position: 'absolute',
          right: 12,
          bottom: 12,
          zIndex: 1000,
          margin: 0,
          padding: '8px 12px',
          listStyle: 'none',
          background: dark ? 'rgba(0,0,0,.75)' : 'rgba(255,255,255,.92)',
          color: dark ? '#f0f0f0' : '#262626',
          borderRadius: 6,
          fontSize: '0.85em',
          lineHeight: 1.8,
        }}
      >
        {lights.map((l) => (
          <li key={l}>
            <span
              aria-hidden
              style={{
                display: 'inline-block',
                width: 12,
                height: 12,
                borderRadius: '50%',
                background: lightColors[l],
                marginInlineEnd: 6,
                verticalAlign: 'middle',
              }}
            />
            {t(`light.${l}`)}
          </li>
        ))}
        <li>{t('battle.pinSize')}</li>
      </ul>
    </div>
  );
}
