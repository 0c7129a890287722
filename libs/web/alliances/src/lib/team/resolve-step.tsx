import { Button, Group, NativeSelect, Stack, Textarea, TextInput } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { TEAM_API_LONG_TEXT_MAX_LENGTH } from '@guildhall/shared-domain';
import { getFragmentData, graphql, useFormProblems, type FragmentType } from '@guildhall/web-data-access';
import { FormError } from '@guildhall/web-ui';
import { TENSION_REFETCH, textProblem } from './team-labels';

export const ResolveStep_tension = graphql(`
  fragment ResolveStep_tension on Tension {
    id
    title
    alliance {
      id
      decisions {
        id
        title
      }
    }
    squads {
      id
      agreements {
        id
        status
        terms
        reviewBy
        offer {
          id
          title
        }
        provider {
          id
          name
        }
        consumer {
          id
          name
        }
      }
    }
  }
`);

const ResolveMutation = graphql(`
  mutation TensionReviewResolve($id: ID!, $resolution: String!, $decisionId: ID, $amend: AgreementAmendmentInput) {
    resolveTension(id: $id, resolution: $resolution, decisionId: $decisionId, amend: $amend) {
      id
      status
    }
  }
`);

const day = (iso: string | null | undefined) => (iso ? iso.slice(0, 10) : '');

/** Resolves the tension with its decision; the review may rewrite an agreement between its squads on the way. */
export function ResolveStep(props: { tension: FragmentType<typeof ResolveStep_tension>; recorded: { id: string; title: string } | null }) {
  const tension = getFragmentData(ResolveStep_tension, props.tension);
  const { recorded } = props;
  const [resolution, setResolution] = useState('');
  const [picked, setPicked] = useState<string | null>(null);
  const [agreementId, setAgreementId] = useState('');
  const [terms, setTerms] = useState('');
  const [reviewBy, setReviewBy] = useState('');
  const problems = useFormProblems();
  const [resolve, { loading }] = useMutation(ResolveMutation, TENSION_REFETCH);
  const decisions = [...(recorded ? [recorded] : []), ...(tension.alliance?.decisions ?? []).filter((d) => d.id !== recorded?.id)];
  const decisionId = picked ?? recorded?.id ?? '';
  // Live agreements between two of the tension's squads, each once.
  const involved = new Set(tension.squads.map((s) => s.id));
  const agreements = [...new Map(tension.squads.flatMap((s) => s.agreements).map((a) => [a.id, a])).values()].filter(
    (a) => a.status !== 'RETIRED' && involved.has(a.provider.id) && involved.has(a.consumer.id),
  );

  function chooseAgreement(id: string) {
    const a = agreements.find((x) => x.id === id);
    setAgreementId(id);
    setTerms(a?.terms ?? '');
    setReviewBy(day(a?.reviewBy));
  }

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const found: Record<string, string> = {};
    const problem = textProblem(resolution, 'the resolution', TEAM_API_LONG_TEXT_MAX_LENGTH, true);
    if (problem) found['resolution'] = problem;
    const termsProblem = agreementId ? textProblem(terms, 'the terms', TEAM_API_LONG_TEXT_MAX_LENGTH, true) : undefined;
    if (termsProblem) found['terms'] = termsProblem;
    if (!problems.check(found)) return;
    const amend = agreementId ? { agreementId, terms: terms.trim(), reviewBy: reviewBy ? new Date(`${reviewBy}T23:59:59`).toISOString() : null } : null;
    await problems.submit(() => resolve({ variables: { id: tension.id, resolution: resolution.trim(), decisionId: decisionId || null, amend } }));
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-label={`Resolve ${tension.title}`}>
      <Stack gap="xs">
        <Textarea label="Resolution" description="How the tension was settled, for whoever reads the agenda later." required autosize minRows={2} value={resolution} onChange={(e) => setResolution(e.currentTarget.value)} error={problems.fields['resolution']} />
        <NativeSelect
          label="Decision that resolved it"
          value={decisionId}
          onChange={(e) => setPicked(e.currentTarget.value)}
          error={problems.fields['decisionId']}
          data={[{ value: '', label: 'No decision' }, ...decisions.map((d) => ({ value: d.id, label: d.title }))]}
        />
        {agreements.length > 0 && (
          <NativeSelect
            label="Update an agreement between its squads"
            value={agreementId}
            onChange={(e) => chooseAgreement(e.currentTarget.value)}
            error={problems.fields['agreementId']}
            data={[{ value: '', label: 'No agreement changes' }, ...agreements.map((a) => ({ value: a.id, label: `${a.provider.name} → ${a.consumer.name}: ${a.offer.title}` }))]}
          />
        )}
        {agreementId && (
          <>
            <Textarea label="New terms" required autosize minRows={2} value={terms} onChange={(e) => setTerms(e.currentTarget.value)} error={problems.fields['terms']} />
            <TextInput type="date" label="Review the agreement by" value={reviewBy} onChange={(e) => setReviewBy(e.currentTarget.value)} error={problems.fields['reviewBy']} />
          </>
        )}
        <FormError message={problems.general} />
        <Group>
          <Button type="submit" size="sm" loading={loading}>
            Resolve the tension
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
