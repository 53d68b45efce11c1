/**
 * An approximate outline of Shangyu District (上虞区) and the places of its platforms, shipped with
 * the app so the map draws without any tile server (closed networks, tests). WGS-84, [lat, lng].
 */
export const districtOutline: Array<[number, number]> = [
  [30.235, 120.83],
  [30.228, 120.93],
  [30.205, 121.0],
  [30.16, 121.06],
  [30.1, 121.085],
  [30.03, 121.08],
  [29.96, 121.06],
  [29.88, 121.07],
  [29.8, 121.05],
  [29.74, 121.0],
  [29.73, 120.92],
  [29.76, 120.85],
  [29.83, 120.79],
  [29.9, 120.77],
  [29.96, 120.75],
  [30.02, 120.73],
  [30.08, 120.72],
  [30.14, 120.74],
  [30.2, 120.77],
];

export const placeLabels: Array<{ name: string; at: [number, number]; platform?: boolean }> = [
  { name: '杭州湾经开区', at: [30.145, 120.86], platform: true },
  { name: '曹娥江经开区', at: [30.07, 120.9], platform: true },
  { name: '百官街道', at: [30.03, 120.87] },
  { name: '东关街道', at: [30.04, 120.78] },
  { name: '崧厦街道', at: [30.12, 120.91] },
  { name: '驿亭镇', at: [30.06, 121.02] },
  { name: '丰惠镇', at: [29.94, 120.94] },
  { name: '章镇镇', at: [29.86, 120.87] },
  { name: '下管镇', at: [29.8, 120.95] },
];
