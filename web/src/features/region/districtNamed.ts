/**
 * Projects of more than one district (a city's board, SPEC 2.1) each named with its district first, so
 * that every row and every pin says where it is; a district's own, as they are.
 */
export function districtNamed<P extends { name: string; region: { id: string; name: string } }>(
  projects: readonly P[],
): P[] {
  const first = projects[0]?.region.id;
  if (projects.every((p) => p.region.id === first)) return [...projects];
  return projects.map((p) => ({ ...p, name: `${p.region.name} · ${p.name}` }));
}
