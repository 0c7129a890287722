import { GuildPosts } from '@guildhall/web-knowledge';
import { GuildPage } from '@guildhall/web-org';

/** A guild's page (org) with its posts (knowledge): the app puts the two contexts together. */
export function Component() {
  return <GuildPage posts={(guild) => <GuildPosts guild={guild} />} />;
}
