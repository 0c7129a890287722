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
  for (let t = 0; t < opts.tribes; t++) {
    docs.push(`apiVersion: backstage.io/v1alpha1
kind: Group
metadata:
  name: tribe-${t}
spec:
  type: tribe
  profile:
    displayName: Tribe ${t}
  children: []
`);
  }
  for (const s of squads) {
    docs.push(`apiVersion: backstage.io/v1alpha1
kind: Group
metadata:
  name: ${s.name}
spec:
  type: squad
  parent: tribe-${s.tribe}
  children: []
  members: [${s.members.join(', ')}]
`);
  }
  for (const c of chapters) {
    docs.push(`apiVersion: backstage.io/v1alpha1
kind: Group
metadata:
  name: ${c.name}
  annotations:
    guildhall.io/discipline: Backend
spec:
  type: chapter
  parent: tribe-${c.tribe}
  children: []
  members: [${c.members.join(', ')}]
`);
  }
  for (const g of guilds) {
    docs.push(`apiVersion: backstage.io/v1alpha1
kind: Group
metadata:
  name: ${g.name}
  annotations:
    guildhall.io/coordinators: ${g.members[0]}
spec:
  type: guild
  children: []
  members: [${g.members.join(', ')}]
`);
  }
  return [...docs, ...users].join('---\n');
}
