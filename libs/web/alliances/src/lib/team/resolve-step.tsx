import { Button, Group, NativeSelect, Stack, Textarea, TextInput } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { DEFAULT_INTERACTION_MODE, INTERACTION_MODES, TEAM_API_LONG_TEXT_MAX_LENGTH } from '@guildhall/shared-domain';
import { getFragmentData, graphql, useFormProblems, type FragmentType } from '@guildhall/web-data-access';
import { FormError } from '@guildhall/web-ui';
import { MODE_LABEL, TENSION_REFETCH, textProblem } from './team-labels';

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
      name
      offers {
        id
        title
      }
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
  mutation TensionReviewResolve($id: ID!, $resolution: String!, $decisionId: ID, $amend: AgreementAmendmentInput, $propose: AgreementInput) {
    resolveTension(id: $id, resolution: $resolution, decisionId: $decisionId, amend: $amend, propose: $propose) {
      id
      status
    }
  }
`);

const day = (iso: string | null | undefined) => (iso ? iso.slice(0, 10) : '');
const endOfDay = (value: string) => (value ? new Date(`${value}T23:59:59`).toISOString() : null);

/** What the review does to the squads' agreements: nothing, amend one (`amend:<id>`) or propose one (`propose:<offer>:<consumer>`). */
type Change = { kind: 'amend'; agreementId: string } | { kind: 'propose'; offerId: string; consumerSquadId: string } | null;

function parseChange(value: string): Change {
  const [kind, a, b] = value.split(':');
  if (kind === 'amend' && a) return { kind, agreementId: a };
  if (kind === 'propose' && a && b) return { kind, offerId: a, consumerSquadId: b };
  return null;
}

/**
 * Resolves the tension with its decision; on the way the review may amend an agreement between its
 * squads or propose a new one (on the consumer's behalf: the providing squad accepts it).
 */
export function ResolveStep(props: { tension: FragmentType<typeof ResolveStep_tension>; recorded: { id: string; title: string } | null }) {
  const tension = getFragmentData(ResolveStep_tension, props.tension);
  const { recorded } = props;
  const [resolution, setResolution] = useState('');
  const [picked, setPicked] = useState<string | null>(null);
  const [change, setChange] = useState('');
  const [terms, setTerms] = useState('');
  const [mode, setMode] = useState<string>(DEFAULT_INTERACTION_MODE);
  const [reviewBy, setReviewBy] = useState('');
  const problems = useFormProblems();
  const [resolve, { loading }] = useMutation(ResolveMutation, TENSION_REFETCH);
  const decisions = [...(recorded ? [recorded] : []), ...(tension.alliance?.decisions ?? []).filter((d) => d.id !== recorded?.id)];
  const decisionId = picked ?? recorded?.id ?? '';
  // Live agreements between two of the tension's squads, each once; new ones on any of their offers, for any other of them.
  const involved = new Set(tension.squads.map((s) => s.id));
  const agreements = [...new Map(tension.squads.flatMap((s) => s.agreements).map((a) => [a.id, a])).values()].filter(
    (a) => a.status !== 'RETIRED' && involved.has(a.provider.id) && involved.has(a.consumer.id),
  );
  const proposals = tension.squads.flatMap((provider) =>
    provider.offers.flatMap((offer) => tension.squads.filter((s) => s.id !== provider.id).map((consumer) => ({ value: `propose:${offer.id}:${consumer.id}`, label: `${provider.name} → ${consumer.name}: ${offer.title}` }))),
  );
  const chosen = parseChange(change);

  function choose(value: string) {
    const next = parseChange(value);
    const amended = next?.kind === 'amend' ? agreements.find((a) => a.id === next.agreementId) : undefined;
    setChange(value);
    setTerms(amended?.terms ?? '');
    setReviewBy(day(amended?.reviewBy));
  }

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const found: Record<string, string> = {};
    const problem = textProblem(resolution, 'the resolution', TEAM_API_LONG_TEXT_MAX_LENGTH, true);
    if (problem) found['resolution'] = problem;
    const termsProblem = chosen ? textProblem(terms, 'the terms', TEAM_API_LONG_TEXT_MAX_LENGTH, true) : undefined;
    if (termsProblem) found['terms'] = termsProblem;
    if (!problems.check(found)) return;
    const amend = chosen?.kind === 'amend' ? { agreementId: chosen.agreementId, terms: terms.trim(), reviewBy: endOfDay(reviewBy) } : null;
    const propose = chosen?.kind === 'propose' ? { offerId: chosen.offerId, consumerSquadId: chosen.consumerSquadId, terms: terms.trim(), mode: mode as never, reviewBy: endOfDay(reviewBy) } : null;
    await problems.submit(() => resolve({ variables: { id: tension.id, resolution: resolution.trim(), decisionId: decisionId || null, amend, propose } }));
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
        {agreements.length + proposals.length > 0 && (
          <NativeSelect label="Update the agreements between its squads" value={change} onChange={(e) => choose(e.currentTarget.value)} error={problems.fields['agreementId'] ?? problems.fields['offerId']}>
            <option value="">No agreement changes</option>
            {agreements.length > 0 && (
              <optgroup label="Amend an agreement">
                {agreements.map((a) => (
                  <option key={a.id} value={`amend:${a.id}`}>
                    {`${a.provider.name} → ${a.consumer.name}: ${a.offer.title}`}
                  </option>
                ))}
              </optgroup>
            )}
            {proposals.length > 0 && (
              <optgroup label="Propose a new agreement">
                {proposals.map((p) => (
                  <option key={p.value} value={p.value}>
                    {p.label}
                  </option>
                ))}
              </optgroup>
            )}
          </NativeSelect>
        )}
        {chosen && (
          <>
            <Textarea label={chosen.kind === 'amend' ? 'New terms' : 'Terms'} required autosize minRows={2} value={terms} onChange={(e) => setTerms(e.currentTarget.value)} error={problems.fields['terms']} />
            {chosen.kind === 'propose' && (
              <NativeSelect label="How the squads work together" value={mode} onChange={(e) => setMode(e.currentTarget.value)} error={problems.fields['mode']} data={INTERACTION_MODES.map((m) => ({ value: m, label: MODE_LABEL[m] }))} />
            )}
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
