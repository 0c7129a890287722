import { Alert, Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '@guildhall/web-data-access';
import { PageHeader } from '@guildhall/web-ui';
import { deadlineText, formatDate, LEVEL_INFO } from './labels';
import { StandardBadges } from './standard-badges';

export const StandardHeader_standard = graphql(`
  fragment StandardHeader_standard on Standard {
    id
    title
    summary
    level
    status
    adoptBy
    deprecationReason
    currentVersion {
      number
    }
    supersededBy {
      id
      slug
      title
    }
    chapter {
      id
      slug
      name
      tribe {
        id
        name
      }
    }
  }
`);

/** Title, level in RFC 2119 words, status, chapter, the rollout deadline and any deprecation. */
export function StandardHeader(props: { standard: FragmentType<typeof StandardHeader_standard>; actions?: React.ReactNode }) {
  const s = getFragmentData(StandardHeader_standard, props.standard);
  return (
    <>
      <PageHeader
        eyebrow={
          <>
            Standard of the{' '}
            <Anchor component={Link} to={`/chapters/${s.chapter.slug}`} inherit>
              {s.chapter.name}
            </Anchor>{' '}
            chapter
          </>
        }
        title={s.title}
        description={
          <Stack gap={6}>
            {s.summary && <Text>{s.summary}</Text>}
            <Group gap="xs" wrap="wrap">
              <StandardBadges level={s.level} status={s.status} />
              <Text size="sm">
                Squads of {s.chapter.tribe.name} {LEVEL_INFO[s.level]?.label ?? s.level} follow it ({LEVEL_INFO[s.level]?.meaning}).
                {s.currentVersion ? ` Current: version ${s.currentVersion.number}.` : ''}
              </Text>
            </Group>
            {s.adoptBy && s.status !== 'DEPRECATED' && <Deadline adoptBy={s.adoptBy} />}
          </Stack>
        }
        actions={props.actions}
      />
      {s.status === 'DEPRECATED' && (
        <Alert color="gray" title="Deprecated" mb="md">
          <Text size="sm">{s.deprecationReason}</Text>
          {s.supersededBy && (
            <Text size="sm" mt={4}>
              Superseded by{' '}
              <Anchor component={Link} to={`/standards/${s.supersededBy.slug}`} size="sm">
                {s.supersededBy.title}
              </Anchor>
              .
            </Text>
          )}
        </Alert>
      )}
    </>
  );
}

function Deadline({ adoptBy }: { adoptBy: string }) {
  const { text, overdue } = deadlineText(adoptBy);
  return (
    <Group gap="xs">
      <Text size="sm">Adopt by {formatDate(adoptBy)}</Text>
      <Badge variant={overdue ? 'filled' : 'light'} color={overdue ? 'red' : 'indigo'} radius="sm">
        {text}
      </Badge>
    </Group>
  );
}
