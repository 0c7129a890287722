import { ANNOTATION, entityName, OrgDocument, parseCatalogYaml, ref, toCatalogYaml } from './backstage-format';

describe('Backstage catalog format', () => {
  const org: OrgDocument = {
    groups: [
      {
        name: 'payments', type: 'tribe', slug: 'payments', displayName: 'Payments', description: 'Money moves',
        parent: null, children: ['checkout'], members: [], annotations: { [ANNOTATION.tribeLead]: 'ada' },
      },
      {
        name: 'squad-checkout', type: 'squad', slug: 'checkout', displayName: 'Checkout', description: null,
        parent: 'payments', children: [], members: ['ada'], annotations: {},
      },
    ],
    users: [{ name: 'ada', email: 'ada@example.com', displayName: 'Ada Lovelace', discipline: 'Backend', memberOf: ['squad-checkout'] }],
  };

  it('round-trips what it writes', async () => {
    const parsed = await parseCatalogYaml(toCatalogYaml(org));
    expect(parsed.errors).toEqual([]);
    expect(parsed.groups).toEqual(org.groups.map((g) => ({ ...g, annotations: g.slug !== g.name ? { ...g.annotations, [ANNOTATION.slug]: g.slug } : g.annotations })));
    expect(parsed.users).toEqual(org.users);
  });

  it('reads plain Backstage files: team and business-unit types, entity refs', async () => {
    const parsed = await parseCatalogYaml(`
apiVersion: backstage.io/v1alpha1
kind: Group
metadata: { name: infra }
spec: { type: business-unit, children: [] }
---
apiVersion: backstage.io/v1alpha1
kind: Group
metadata: { name: team-a }
spec: { type: team, parent: group:default/infra, children: [], members: [user:default/jdoe] }
---
apiVersion: backstage.io/v1alpha1
kind: User
metadata: { name: jdoe }
spec: { profile: { displayName: Jane Doe, email: JDoe@Example.com }, memberOf: [team-a] }
`);
    expect(parsed.errors).toEqual([]);
    expect(parsed.groups.map((g) => [g.name, g.type, g.parent])).toEqual([
      ['infra', 'tribe', null],
      ['team-a', 'squad', 'infra'],
    ]);
    expect(parsed.users[0]).toMatchObject({ email: 'jdoe@example.com', displayName: 'Jane Doe', memberOf: ['team-a'] });
  });

  it('reports each entity it cannot read, and keeps the others', async () => {
    const parsed = await parseCatalogYaml(`
kind: Component
metadata: { name: svc }
---
kind: User
metadata: { name: nomail }
spec: { profile: { displayName: No Mail } }
---
kind: Group
metadata: { name: odd }
spec: { type: planet }
---
kind: User
metadata: { name: ok }
spec: { profile: { email: ok@example.com } }
`);
    expect(parsed.errors).toHaveLength(3);
    expect(parsed.errors[0]).toMatch(/Component svc: only Group and User/);
    expect(parsed.errors[1]).toMatch(/User nomail: spec.profile.email is missing/);
    expect(parsed.errors[2]).toMatch(/Group odd: spec.type "planet"/);
    expect(parsed.users.map((u) => u.name)).toEqual(['ok']);
  });

  it('reads a large file in batches, telling how much it has read, and names where YAML is broken', async () => {
    const users = Array.from({ length: 250 }, (_, i) => `kind: User\nmetadata: { name: u${i} }\nspec: { profile: { email: u${i}@example.com } }\n`);
    const text = [...users, 'kind: User\nmetadata: { name: [broken\n'].join('---\n');
    const reads: [number, number][] = [];
    const parsed = await parseCatalogYaml(text, (read, total) => reads.push([read, total]));
    expect(parsed.users).toHaveLength(250);
    expect(parsed.errors).toEqual([expect.stringMatching(/^Document 251: not valid YAML \(.+ at line \d+, column \d+\)\.$/)]);
    expect(reads.length).toBe(4); // the start, after 100 and 200 documents, the end
    expect(reads.every(([, total]) => total === text.length)).toBe(true);
    expect(reads.map(([read]) => read)).toEqual([...reads.map(([read]) => read)].sort((a, b) => a - b));
    expect(reads.at(-1)).toEqual([text.length, text.length]);
  });

  it('normalises references and entity names', () => {
    expect(ref('user:default/ada')).toBe('ada');
    expect(ref('group:payments')).toBe('payments');
    expect(entityName('Ada.Lovelace+work', 'user')).toBe('ada.lovelace-work');
    expect(entityName('---', 'user')).toBe('user');
  });
});
