import { Alert, Button, Group, List, Modal, Paper, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent, type ReactNode } from 'react';
import { Link } from 'react-router';
import { errorMessage, formProblems, graphql } from '@guildhall/web-data-access';
import { ErrorState, FormError, LoadingState, PageHeader } from '@guildhall/web-ui';
import { DEFAULT_SQUAD_FRAMEWORK, SQUAD_FRAMEWORK_LABELS, SQUAD_FRAMEWORKS, type SquadFrameworkName } from '@guildhall/shared-domain';
import { PersonSelect } from './person-select';

const OrgAdminPageQuery = graphql(`
  query OrgAdminPage {
    tribes {
      id
      slug
      name
      squads {
        id
        slug
        name
        memberCount
      }
      chapters {
        id
        name
      }
    }
  }
`);

const MovePersonQuery = graphql(`
  query OrgAdminPagePerson($id: ID!) {
    user(id: $id) {
      id
      displayName
      squad {
        id
        name
        tribe {
          id
          name
        }
      }
      chapter {
        id
        name
        tribe {
          id
          name
        }
      }
    }
  }
`);

const CreateTribeMutation = graphql(`
  mutation OrgAdminPageCreateTribe($input: CreateTribeInput!) {
    createTribe(input: $input) {
      id
      slug
      name
    }
  }
`);
const CreateSquadMutation = graphql(`
  mutation OrgAdminPageCreateSquad($input: CreateSquadInput!) {
    createSquad(input: $input) {
      id
      slug
      name
    }
  }
`);
const CreateChapterMutation = graphql(`
  mutation OrgAdminPageCreateChapter($input: CreateChapterInput!) {
    createChapter(input: $input) {
      id
      slug
      name
    }
  }
`);
const SetTrioMutation = graphql(`
  mutation OrgAdminPageSetTrio($input: SetTrioInput!) {
    setTrio(input: $input) {
      id
      trio {
        complete
      }
    }
  }
`);
const MovePersonMutation = graphql(`
  mutation OrgAdminPageMovePerson($squadId: ID!, $userId: ID!) {
    addSquadMember(squadId: $squadId, userId: $userId) {
      id
      slug
      name
      memberCount
    }
  }
`);

const UpdateSquadRolesMutation = graphql(`
  mutation OrgAdminPageSquadRoles($id: ID!, $input: UpdateSquadInput!) {
    updateSquad(id: $id, input: $input) {
      id
      name
      productOwner {
        id
        displayName
      }
      agileCoach {
        id
        displayName
      }
    }
  }
`);
const AddChapterMemberMutation = graphql(`
  mutation OrgAdminPageChapterMember($chapterId: ID!, $userId: ID!) {
    addChapterMember(chapterId: $chapterId, userId: $userId) {
      id
      name
      memberCount
    }
  }
`);
const SetChapterLeadMutation = graphql(`
  mutation OrgAdminPageChapterLead($chapterId: ID!, $userId: ID!) {
    setChapterLead(chapterId: $chapterId, userId: $userId) {
      id
      name
      lead {
        id
        displayName
      }
    }
  }
`);

const REFETCH = ['OrgAdminPage', 'OrgChartPage', 'OrgWarningBadges'];

export function OrgAdminPage() {
  const { data, loading, error, refetch } = useQuery(OrgAdminPageQuery);
  const tribes = data?.tribes ?? [];
  const tribeOptions = tribes.map((t) => ({ value: t.id, label: t.name }));
  return (
    <>
      <PageHeader
        title="Manage structure"
        description="Create tribes, squads and chapters, fill trios and move people between squads. Admins may change everything; tribe leads their own tribe."
        actions={
          <>
            <Button component={Link} to="/admin/import" variant="default">
              Import / export
            </Button>
            <Button component={Link} to="/org" variant="default">
              Org chart
            </Button>
          </>
        }
      />
      {loading && !data && <LoadingState />}
      {error && !data && <ErrorState message={errorMessage(error)} onRetry={() => void refetch()} />}
      {data && (
        <Stack gap="lg">
          <MovePersonSection tribes={tribes} />
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <CreateTribeSection />
            <CreateSquadSection tribeOptions={tribeOptions} />
            <CreateChapterSection tribeOptions={tribeOptions} />
            <SetTrioSection tribeOptions={tribeOptions} />
            <SquadRolesSection tribes={tribes} />
            <ChapterPeopleSection tribes={tribes} />
          </SimpleGrid>
        </Stack>
      )}
    </>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" component="section" aria-label={title}>
      <Title order={2} size="h4" mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

function Done({ message }: { message?: ReactNode }) {
  if (!message) return null;
  return (
    <Alert color="green" variant="light" role="status" p="xs">
      {message}
    </Alert>
  );
}

type Problems = { fields: Record<string, string>; general?: string };

function CreateTribeSection() {
  const [name, setName] = useState('');
  const [mission, setMission] = useState('');
  const [problems, setProblems] = useState<Problems>({ fields: {} });
  const [done, setDone] = useState<ReactNode>();
  const [create, { loading }] = useMutation(CreateTribeMutation, { refetchQueries: REFETCH });
  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    setDone(undefined);
    if (!name.trim()) return setProblems({ fields: { name: 'Give the tribe a name.' } });
    try {
      const { data } = await create({ variables: { input: { name: name.trim(), mission: mission.trim() || null } } });
      setProblems({ fields: {} });
      setName('');
      setMission('');
      if (data) setDone(<>Created tribe <Link to={`/tribes/${data.createTribe.slug}`}>{data.createTribe.name}</Link>.</>);
    } catch (err) {
      setProblems(formProblems(err));
    }
  }
  return (
    <Section title="Create a tribe">
      <form onSubmit={onSubmit} noValidate aria-label="Create a tribe">
        <Stack>
          <TextInput label="Tribe name" required value={name} onChange={(e) => setName(e.currentTarget.value)} error={problems.fields['name']} />
          <TextInput label="Tribe mission" value={mission} onChange={(e) => setMission(e.currentTarget.value)} error={problems.fields['mission']} />
          <FormError message={problems.general} />
          <Done message={done} />
          <Group>
            <Button type="submit" loading={loading}>
              Create tribe
            </Button>
          </Group>
        </Stack>
      </form>
    </Section>
  );
}

function CreateSquadSection({ tribeOptions }: { tribeOptions: { value: string; label: string }[] }) {
  const [tribeId, setTribeId] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [framework, setFramework] = useState<string | null>(DEFAULT_SQUAD_FRAMEWORK);
  const [problems, setProblems] = useState<Problems>({ fields: {} });
  const [done, setDone] = useState<ReactNode>();
  const [create, { loading }] = useMutation(CreateSquadMutation, { refetchQueries: REFETCH });
  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    setDone(undefined);
    const fields: Record<string, string> = {};
    if (!tribeId) fields['tribeId'] = 'Choose the tribe the squad belongs to.';
    if (!name.trim()) fields['name'] = 'Give the squad a name.';
    if (Object.keys(fields).length) return setProblems({ fields });
    try {
      const { data } = await create({ variables: { input: { tribeId: tribeId!, name: name.trim(), framework: (framework ?? DEFAULT_SQUAD_FRAMEWORK) as SquadFrameworkName } } });
      setProblems({ fields: {} });
      setName('');
      if (data) setDone(<>Created squad <Link to={`/squads/${data.createSquad.slug}`}>{data.createSquad.name}</Link>.</>);
    } catch (err) {
      setProblems(formProblems(err));
    }
  }
  return (
    <Section title="Create a squad">
      <form onSubmit={onSubmit} noValidate aria-label="Create a squad">
        <Stack>
          <Select label="Tribe of the squad" data={tribeOptions} value={tribeId} onChange={setTribeId} searchable error={problems.fields['tribeId']} nothingFoundMessage="Create a tribe first" />
          <TextInput label="Squad name" required value={name} onChange={(e) => setName(e.currentTarget.value)} error={problems.fields['name']} />
          <Select
            label="Framework"
            data={SQUAD_FRAMEWORKS.map((value) => ({ value, label: SQUAD_FRAMEWORK_LABELS[value] }))}
            value={framework}
            onChange={setFramework}
            allowDeselect={false}
          />
          <FormError message={problems.general} />
          <Done message={done} />
          <Group>
            <Button type="submit" loading={loading}>
              Create squad
            </Button>
          </Group>
        </Stack>
      </form>
    </Section>
  );
}

function CreateChapterSection({ tribeOptions }: { tribeOptions: { value: string; label: string }[] }) {
  const [tribeId, setTribeId] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [discipline, setDiscipline] = useState('');
  const [leadId, setLeadId] = useState<string | null>(null);
  const [problems, setProblems] = useState<Problems>({ fields: {} });
  const [done, setDone] = useState<ReactNode>();
  const [create, { loading }] = useMutation(CreateChapterMutation, { refetchQueries: REFETCH });
  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    setDone(undefined);
    const fields: Record<string, string> = {};
    if (!tribeId) fields['tribeId'] = 'Choose the tribe the chapter belongs to.';
    if (!name.trim()) fields['name'] = 'Give the chapter a name.';
    if (!discipline.trim()) fields['discipline'] = 'Name the discipline, e.g. Backend.';
    if (Object.keys(fields).length) return setProblems({ fields });
    try {
      const { data } = await create({ variables: { input: { tribeId: tribeId!, name: name.trim(), discipline: discipline.trim(), leadId } } });
      setProblems({ fields: {} });
      setName('');
      setDiscipline('');
      if (data) setDone(<>Created chapter <Link to={`/chapters/${data.createChapter.slug}`}>{data.createChapter.name}</Link>.</>);
    } catch (err) {
      setProblems(formProblems(err));
    }
  }
  return (
    <Section title="Create a chapter">
      <form onSubmit={onSubmit} noValidate aria-label="Create a chapter">
        <Stack>
          <Select label="Tribe of the chapter" data={tribeOptions} value={tribeId} onChange={setTribeId} searchable error={problems.fields['tribeId']} nothingFoundMessage="Create a tribe first" />
          <TextInput label="Chapter name" required value={name} onChange={(e) => setName(e.currentTarget.value)} error={problems.fields['name']} />
          <TextInput label="Chapter discipline" required value={discipline} onChange={(e) => setDiscipline(e.currentTarget.value)} error={problems.fields['discipline']} />
          <PersonSelect label="Chapter lead" description="Optional." value={leadId} onChange={(id) => setLeadId(id)} clearable />
          <FormError message={problems.general} />
          <Done message={done} />
          <Group>
            <Button type="submit" loading={loading}>
              Create chapter
            </Button>
          </Group>
        </Stack>
      </form>
    </Section>
  );
}

function SetTrioSection({ tribeOptions }: { tribeOptions: { value: string; label: string }[] }) {
  const [tribeId, setTribeId] = useState<string | null>(null);
  const [seats, setSeats] = useState<{ tribeLeadId?: string | null; productLeadId?: string | null; designLeadId?: string | null }>({});
  const [problems, setProblems] = useState<Problems>({ fields: {} });
  const [done, setDone] = useState<string>();
  const [setTrio, { loading }] = useMutation(SetTrioMutation, { refetchQueries: REFETCH });
  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    setDone(undefined);
    if (!tribeId) return setProblems({ fields: { tribeId: 'Choose a tribe.' } });
    try {
      const { data } = await setTrio({ variables: { input: { tribeId, ...seats } } });
      setProblems({ fields: {} });
      setDone(data?.setTrio.trio.complete ? 'Trio saved; it is complete.' : 'Trio saved; some seats are still empty.');
    } catch (err) {
      setProblems(formProblems(err));
    }
  }
  return (
    <Section title="Set a tribe's trio">
      <form onSubmit={onSubmit} noValidate aria-label="Set a tribe's trio">
        <Stack>
          <Text size="sm" c="dimmed">
            Seats you leave untouched stay as they are; clearing one empties it.
          </Text>
          <Select label="Tribe of the trio" data={tribeOptions} value={tribeId} onChange={setTribeId} searchable error={problems.fields['tribeId']} />
          <PersonSelect label="Tribe lead" value={seats.tribeLeadId ?? null} onChange={(id) => setSeats((s) => ({ ...s, tribeLeadId: id }))} clearable />
          <PersonSelect label="Product lead" value={seats.productLeadId ?? null} onChange={(id) => setSeats((s) => ({ ...s, productLeadId: id }))} clearable />
          <PersonSelect label="Design lead" value={seats.designLeadId ?? null} onChange={(id) => setSeats((s) => ({ ...s, designLeadId: id }))} clearable />
          <FormError message={problems.general} />
          <Done message={done} />
          <Group>
            <Button type="submit" loading={loading}>
              Save trio
            </Button>
          </Group>
        </Stack>
      </form>
    </Section>
  );
}

type TribeList = { id: string; name: string; squads: { id: string; name: string; memberCount: number }[]; chapters: { id: string; name: string }[] }[];

function MovePersonSection({ tribes }: { tribes: TribeList }) {
  const [userId, setUserId] = useState<string | null>(null);
  const [squadId, setSquadId] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState<string>();
  const [done, setDone] = useState<string>();
  const person = useQuery(MovePersonQuery, { variables: { id: userId ?? '' }, skip: !userId, fetchPolicy: 'network-only' });
  const [move, { loading }] = useMutation(MovePersonMutation, { refetchQueries: [...REFETCH, 'OrgAdminPagePerson'] });

  const squadOptions = tribes.map((t) => ({ group: t.name, items: t.squads.map((s) => ({ value: s.id, label: `${s.name} (${t.name})` })) })).filter((g) => g.items.length);
  const target = tribes.flatMap((t) => t.squads.map((s) => ({ ...s, tribe: t }))).find((s) => s.id === squadId);
  const who = person.data?.user;

  const changes: string[] = [];
  if (who && target) {
    changes.push(
      who.squad
        ? `${who.displayName} leaves ${who.squad.name} (tribe ${who.squad.tribe.name}) and joins ${target.name} (tribe ${target.tribe.name}).`
        : `${who.displayName} joins ${target.name} (tribe ${target.tribe.name}); they are in no squad now.`,
    );
    if (who.chapter) {
      changes.push(
        who.chapter.tribe.id === target.tribe.id
          ? `They stay in the ${who.chapter.name} chapter, which belongs to the same tribe.`
          : `They leave the ${who.chapter.name} chapter, because it belongs to tribe ${who.chapter.tribe.name}.`,
      );
    }
    changes.push(`${target.name} grows to ${target.memberCount + 1} members.`);
  }
  const alreadyThere = !!who?.squad && who.squad.id === squadId;

  async function confirm() {
    if (!userId || !squadId) return;
    setProblem(undefined);
    try {
      await move({ variables: { userId, squadId } });
      setDone(`${who?.displayName ?? 'The person'} now works in ${target?.name ?? 'the squad'}.`);
      setConfirming(false);
    } catch (err) {
      setProblem(errorMessage(err));
    }
  }

  return (
    <Section title="Move a person to a squad">
      <Stack>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <PersonSelect
            label="Person to move"
            value={userId}
            onChange={(id) => {
              setUserId(id);
              setDone(undefined);
            }}
          />
          <Select label="Destination squad" data={squadOptions} value={squadId} onChange={(v) => { setSquadId(v); setDone(undefined); }} searchable nothingFoundMessage="No squad found" />
        </SimpleGrid>
        {who && (
          <Text size="sm" c="dimmed">
            {who.displayName} is now in {who.squad ? `${who.squad.name} (tribe ${who.squad.tribe.name})` : 'no squad'}
            {who.chapter ? ` and the ${who.chapter.name} chapter` : ' and no chapter'}.
          </Text>
        )}
        {alreadyThere && <Text size="sm">They are already in this squad.</Text>}
        <Done message={done} />
        <Group>
          <Button onClick={() => setConfirming(true)} disabled={!who || !target || alreadyThere}>
            Review move
          </Button>
        </Group>
      </Stack>
      <Modal opened={confirming} onClose={() => setConfirming(false)} title="Confirm the move">
        <Stack>
          <Text size="sm">This move changes:</Text>
          <List size="sm" spacing={4}>
            {changes.map((c) => (
              <List.Item key={c}>{c}</List.Item>
            ))}
          </List>
          <FormError message={problem} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              Cancel
            </Button>
            <Button onClick={() => void confirm()} loading={loading}>
              Move {who?.displayName}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Section>
  );
}

function SquadRolesSection({ tribes }: { tribes: TribeList }) {
  const [squadId, setSquadId] = useState<string | null>(null);
  const [roles, setRoles] = useState<{ productOwnerId?: string | null; agileCoachId?: string | null }>({});
  const [problems, setProblems] = useState<Problems>({ fields: {} });
  const [done, setDone] = useState<string>();
  const [save, { loading }] = useMutation(UpdateSquadRolesMutation, { refetchQueries: REFETCH });
  const options = tribes.map((t) => ({ group: t.name, items: t.squads.map((s) => ({ value: s.id, label: s.name })) })).filter((g) => g.items.length);
  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    setDone(undefined);
    if (!squadId) return setProblems({ fields: { squadId: 'Choose a squad.' } });
    if (!('productOwnerId' in roles) && !('agileCoachId' in roles)) return setProblems({ fields: {}, general: 'Choose a product owner or an agile coach to change.' });
    try {
      const { data } = await save({ variables: { id: squadId, input: roles } });
      setProblems({ fields: {} });
      const s = data?.updateSquad;
      if (s) setDone(`${s.name}: product owner ${s.productOwner?.displayName ?? 'none'}, agile coach ${s.agileCoach?.displayName ?? 'none'}.`);
    } catch (err) {
      setProblems(formProblems(err));
    }
  }
  return (
    <Section title="Squad product owner and agile coach">
      <form onSubmit={onSubmit} noValidate aria-label="Squad product owner and agile coach">
        <Stack>
          <Select label="Squad" data={options} value={squadId} onChange={setSquadId} searchable error={problems.fields['squadId']} nothingFoundMessage="No squad found" />
          <PersonSelect label="Product owner" value={roles.productOwnerId ?? null} onChange={(id) => setRoles((r) => ({ ...r, productOwnerId: id }))} clearable />
          <PersonSelect label="Agile coach" value={roles.agileCoachId ?? null} onChange={(id) => setRoles((r) => ({ ...r, agileCoachId: id }))} clearable />
          <FormError message={problems.general} />
          <Done message={done} />
          <Group>
            <Button type="submit" loading={loading}>
              Save squad roles
            </Button>
          </Group>
        </Stack>
      </form>
    </Section>
  );
}

function ChapterPeopleSection({ tribes }: { tribes: TribeList }) {
  const [chapterId, setChapterId] = useState<string | null>(null);
  const [userId, setUserId] = useState<string | null>(null);
  const [problems, setProblems] = useState<Problems>({ fields: {} });
  const [done, setDone] = useState<string>();
  const [addMember, adding] = useMutation(AddChapterMemberMutation, { refetchQueries: REFETCH });
  const [setLead, leading] = useMutation(SetChapterLeadMutation, { refetchQueries: REFETCH });
  const options = tribes.map((t) => ({ group: t.name, items: t.chapters.map((c) => ({ value: c.id, label: c.name })) })).filter((g) => g.items.length);
  async function run(asLead: boolean) {
    setDone(undefined);
    const fields: Record<string, string> = {};
    if (!chapterId) fields['chapterId'] = 'Choose a chapter.';
    if (!userId) fields['userId'] = 'Choose a person.';
    if (Object.keys(fields).length) return setProblems({ fields });
    try {
      if (asLead) {
        const { data } = await setLead({ variables: { chapterId: chapterId!, userId: userId! } });
        setDone(`${data?.setChapterLead.lead?.displayName ?? 'They'} now leads ${data?.setChapterLead.name ?? 'the chapter'}.`);
      } else {
        const { data } = await addMember({ variables: { chapterId: chapterId!, userId: userId! } });
        setDone(`Added to ${data?.addChapterMember.name ?? 'the chapter'}; it has ${data?.addChapterMember.memberCount ?? '?'} members.`);
      }
      setProblems({ fields: {} });
    } catch (err) {
      setProblems(formProblems(err));
    }
  }
  return (
    <Section title="Chapter members and lead">
      <Stack>
        <Text size="sm" c="dimmed">
          A person joins a chapter of their squad&apos;s tribe only.
        </Text>
        <Select label="Chapter" data={options} value={chapterId} onChange={setChapterId} searchable error={problems.fields['chapterId']} nothingFoundMessage="No chapter found" />
        <PersonSelect label="Person for the chapter" value={userId} onChange={(id) => setUserId(id)} />
        {problems.fields['userId'] && (
          <Text size="sm" c="red">
            {problems.fields['userId']}
          </Text>
        )}
        <FormError message={problems.general} />
        <Done message={done} />
        <Group>
          <Button onClick={() => void run(false)} loading={adding.loading}>
            Add to chapter
          </Button>
          <Button variant="default" onClick={() => void run(true)} loading={leading.loading}>
            Make chapter lead
          </Button>
        </Group>
      </Stack>
    </Section>
  );
}
