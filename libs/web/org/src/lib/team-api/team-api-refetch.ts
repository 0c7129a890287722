/** After a change in the Team API section, read it again (and wait, so the form closes on fresh data). */
export const TEAM_API_REFETCH = { refetchQueries: ['SquadTeamApi'], awaitRefetchQueries: true };
