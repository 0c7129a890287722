/** Generates a Backstage catalog file of the given size, for import tests. */
export function generatedCatalog(opts: { tribes: number; squadsPerTribe: number; chaptersPerTribe: number; guilds: number; people: number }): string {
  const docs: string[] = [];
  const squads: { name: string; tribe: number; members: string[] }[] = [];
  const chapters: { name: string; tribe: number; members: string[] }[] = [];
  for (let t = 0; t < opts.tribes; t++) {
    for (let s = 0; s < opts.squadsPerTribe; s++) squads.push({ name: `squad-${t}-${s}`, tribe: t, members: [] });
    for (let c = 0; c < opts.chaptersPerTribe; c++) chapters.push({ name: `chapter-${t}-${c}`, tribe: t, members: [] });
  }
  const guilds = Array.from({ length: opts.guilds }, (_, g) => ({ name: `guild-${g}`, members: [] as string[] }));
  const users: string[] = [];
  for (let p = 0; p < opts.people; p++) {
    const name = `person-${p}`;
    const squad = squads[p % squads.length];
    squad.members.push(name);
    const tribeChapters = chapters.filter((c) => c.tribe === squad.tribe);
    tribeChapters[p % tribeChapters.length].members.push(name);
    guilds[p % guilds.length].members.push(name);
    users.push(`apiVersion: backstage.io/v1alpha1
kind: User
metadata:
  name: ${name}
spec:
  profile:
    displayName: Person ${p}
    email: ${name}@bulk.example
  memberOf: []
`);
  }
  for (let t = 0; t < opts.tribes; t++) docs.push(groupDoc({ name: `tribe-${t}`, type: 'tribe', displayName: `Tribe ${t}` }));
  for (const s of squads) docs.push(groupDoc({ name: s.name, type: 'squad', parent: `tribe-${s.tribe}`, members: s.members }));
  for (const c of chapters) {
    docs.push(groupDoc({ name: c.name, type: 'chapter', annotations: { 'guildhall.io/discipline': 'Backend' }, parent: `tribe-${c.tribe}`, members: c.members }));
  }
  for (const g of guilds) docs.push(groupDoc({ name: g.name, type: 'guild', annotations: { 'guildhall.io/coordinators': g.members[0] }, members: g.members }));
  return [...docs, ...users].join('---\n');
}

/** One Backstage Group document; optional parts are left out when not given. */
function groupDoc(g: { name: string; type: string; displayName?: string; parent?: string; annotations?: Record<string, string>; members?: string[] }): string {
  const lines = ['apiVersion: backstage.io/v1alpha1', 'kind: Group', 'metadata:', `  name: ${g.name}`];
  if (g.annotations) lines.push('  annotations:', ...Object.entries(g.annotations).map(([key, value]) => `    ${key}: ${value}`));
  lines.push('spec:', `  type: ${g.type}`);
  if (g.parent) lines.push(`  parent: ${g.parent}`);
  if (g.displayName) lines.push('  profile:', `    displayName: ${g.displayName}`);
  lines.push('  children: []');
  if (g.members) lines.push(`  members: [${g.members.join(', ')}]`);
  return `${lines.join('\n')}\n`;
}
