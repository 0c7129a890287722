import { SimpleGrid, Stack } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { errorMessage, graphql } from '@guildhall/web-data-access';
import { ErrorState, LinkButton, LoadingState, PageHeader } from '@guildhall/web-ui';
import { ChapterPeopleForm } from './chapter-people-form';
import { CreateChapterForm } from './create-chapter-form';
import { CreateSquadForm } from './create-squad-form';
import { CreateTribeForm } from './create-tribe-form';
import { MovePersonSection } from './move-person-section';
import { SetTrioForm } from './set-trio-form';
import { SquadRolesForm } from './squad-roles-form';

const OrgAdminPageQuery = graphql(`
  query OrgAdminPage {
    tribes {
      id
      name
      ...MovePersonSection_tribe
      ...SquadRolesForm_tribe
      ...ChapterPeopleForm_tribe
    }
  }
`);

/** /admin: one section per change an admin or tribe lead makes to the structure. */
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
            <LinkButton to="/admin/import" variant="default">Import / export</LinkButton>
            <LinkButton to="/org" variant="default">Org chart</LinkButton>
          </>
        }
      />
      {loading && !data && <LoadingState />}
      {error && !data && <ErrorState message={errorMessage(error)} onRetry={() => void refetch()} />}
      {data && (
        <Stack gap="lg">
          <MovePersonSection tribes={tribes} />
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <CreateTribeForm />
            <CreateSquadForm tribeOptions={tribeOptions} />
            <CreateChapterForm tribeOptions={tribeOptions} />
            <SetTrioForm tribeOptions={tribeOptions} />
            <SquadRolesForm tribes={tribes} />
            <ChapterPeopleForm tribes={tribes} />
          </SimpleGrid>
        </Stack>
      )}
    </>
  );
}
