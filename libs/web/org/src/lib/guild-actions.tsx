import { Button, Group, Text } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { errorMessage, getFragmentData, graphql, type FragmentType } from '@guildhall/web-data-access';

export const GuildActions_guild = graphql(`
  fragment GuildActions_guild on Guild {
    id
    name
    viewerIsMember
    coordinators {
      id
    }
  }
`);

const JoinGuildMutation = graphql(`
  mutation GuildPageJoin($guildId: ID!) {
    joinGuild(guildId: $guildId) {
      id
      memberCount
      viewerIsMember
      coordinators {
        id
        displayName
      }
    }
  }
`);
const LeaveGuildMutation = graphql(`
  mutation GuildPageLeave($guildId: ID!) {
    leaveGuild(guildId: $guildId) {
      id
      memberCount
      viewerIsMember
      coordinators {
        id
        displayName
      }
    }
  }
`);
const VolunteerMutation = graphql(`
  mutation GuildPageVolunteer($guildId: ID!) {
    volunteerAsCoordinator(guildId: $guildId) {
      id
      coordinators {
        id
        displayName
      }
    }
  }
`);
const StepDownMutation = graphql(`
  mutation GuildPageStepDown($guildId: ID!) {
    stepDownAsCoordinator(guildId: $guildId) {
      id
      coordinators {
        id
        displayName
      }
    }
  }
`);

export interface GuildActionsProps {
  guild: FragmentType<typeof GuildActions_guild>;
  viewerId: string | undefined;
  /** Only join/leave, for compact lists. */
  compact?: boolean;
}

/** Join, leave, volunteer as coordinator or step down; the guild's cache entry updates itself. */
export function GuildActions({ viewerId, compact, ...props }: GuildActionsProps) {
  const guild = getFragmentData(GuildActions_guild, props.guild);
  const [error, setError] = useState<string>();
  const refetchQueries = ['GuildPage', 'GuildsPage', 'FeedPage'];
  const [join, joining] = useMutation(JoinGuildMutation, { refetchQueries });
  const [leave, leaving] = useMutation(LeaveGuildMutation, { refetchQueries });
  const [volunteer, volunteering] = useMutation(VolunteerMutation);
  const [stepDown, steppingDown] = useMutation(StepDownMutation);
  const isCoordinator = !!viewerId && guild.coordinators.some((c) => c.id === viewerId);
  const run = (fn: () => Promise<unknown>) => async () => {
    setError(undefined);
    try {
      await fn();
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  const variables = { guildId: guild.id };
  return (
    <div>
      <Group gap="xs">
        {guild.viewerIsMember ? (
          <Button variant="default" size={compact ? 'xs' : 'sm'} loading={leaving.loading} onClick={run(() => leave({ variables }))} aria-label={`Leave ${guild.name}`}>
            Leave
          </Button>
        ) : (
          <Button size={compact ? 'xs' : 'sm'} loading={joining.loading} onClick={run(() => join({ variables }))} aria-label={`Join ${guild.name}`}>
            Join
          </Button>
        )}
        {!compact && guild.viewerIsMember && !isCoordinator && (
          <Button variant="light" loading={volunteering.loading} onClick={run(() => volunteer({ variables }))}>
            Volunteer as coordinator
          </Button>
        )}
        {!compact && isCoordinator && (
          <Button variant="subtle" loading={steppingDown.loading} onClick={run(() => stepDown({ variables }))}>
            Step down as coordinator
          </Button>
        )}
      </Group>
      {error && (
        <Text c="red" size="sm" role="alert" mt={4}>
          {error}
        </Text>
      )}
    </div>
  );
}
