import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { getFragmentData, graphql, useFormProblems, type FragmentType } from '@guildhall/web-data-access';
import { FormError } from '@guildhall/web-ui';
import { OfferForm } from './offer-form';
import { ProposeAgreementForm } from './propose-agreement-form';
import { RequestDependencyForm } from './request-dependency-form';
import { TEAM_API_REFETCH } from './team-api-refetch';

export const OfferCard_offer = graphql(`
  fragment OfferCard_offer on SquadOffer {
    id
    title
    description
    expectations
    limits
    revision
    viewerCanEdit
    squad {
      id
      name
    }
  }
`);

const RetireOfferMutation = graphql(`
  mutation OfferCardRetire($id: ID!) {
    retireSquadOffer(id: $id) {
      id
      retiredAt
    }
  }
`);

type Open = 'edit' | 'retire' | 'agreement' | 'dependency' | null;

/** One offer: what it provides, expects and will not do; its squad edits it, other squads use it. */
export function OfferCard(props: { offer: FragmentType<typeof OfferCard_offer>; viewerSquad: { id: string; name: string } | null }) {
  const offer = getFragmentData(OfferCard_offer, props.offer);
  const [open, setOpen] = useState<Open>(null);
  const problems = useFormProblems();
  const [retire, retiring] = useMutation(RetireOfferMutation, TEAM_API_REFETCH);
  const toggle = (what: Open) => setOpen(open === what ? null : what);
  const headingId = `offer-${offer.id}`;
  const { viewerSquad } = props;
  return (
    <Paper component="li" withBorder p="sm" aria-labelledby={headingId}>
      <Stack gap={6}>
        <Title order={4} size="h6" id={headingId} style={{ overflowWrap: 'anywhere' }}>
          {offer.title}
        </Title>
        {open === 'edit' ? (
          <OfferForm squadId={offer.squad.id} offer={offer} onDone={() => setOpen(null)} />
        ) : (
          <>
            <Text size="sm" style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
              {offer.description}
            </Text>
            {offer.expectations && <Labelled label="Expects from you">{offer.expectations}</Labelled>}
            {offer.limits && <Labelled label="Limits">{offer.limits}</Labelled>}
          </>
        )}
        <Group gap="xs" wrap="wrap">
          {offer.viewerCanEdit && open !== 'edit' && (
            <>
              <Button size="xs" variant="default" onClick={() => toggle('edit')} aria-label={`Edit the offer ${offer.title}`}>
                Edit
              </Button>
              <Button size="xs" variant="default" color="red" onClick={() => toggle('retire')} aria-expanded={open === 'retire'} aria-label={`Retire the offer ${offer.title}`}>
                Retire
              </Button>
            </>
          )}
          {viewerSquad && (
            <>
              <Button size="xs" variant="light" onClick={() => toggle('agreement')} aria-expanded={open === 'agreement'}>
                Propose an agreement
              </Button>
              <Button size="xs" variant="light" onClick={() => toggle('dependency')} aria-expanded={open === 'dependency'}>
                Request a dependency
              </Button>
            </>
          )}
        </Group>
        {open === 'retire' && (
          <Stack gap="xs">
            <Text size="sm">Retire “{offer.title}”? It is no longer listed and takes no new agreements; agreements made on it stay.</Text>
            <FormError message={problems.general} />
            <Group gap="xs">
              <Button size="xs" color="red" loading={retiring.loading} onClick={() => void problems.submit(() => retire({ variables: { id: offer.id } }))}>
                Retire the offer
              </Button>
              <Button size="xs" variant="default" onClick={() => setOpen(null)}>
                Cancel
              </Button>
            </Group>
          </Stack>
        )}
        {open === 'agreement' && viewerSquad && <ProposeAgreementForm offer={offer} consumer={viewerSquad} onDone={() => setOpen(null)} />}
        {open === 'dependency' && viewerSquad && <RequestDependencyForm offer={offer} requester={viewerSquad} onDone={() => setOpen(null)} />}
      </Stack>
    </Paper>
  );
}

function Labelled({ label, children }: { label: string; children: string }) {
  return (
    <Text size="sm" style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
      <Text span fw={600} size="sm">
        {label}:{' '}
      </Text>
      {children}
    </Text>
  );
}
