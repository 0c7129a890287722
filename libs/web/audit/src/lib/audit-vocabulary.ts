/** What each recorded action means, in words; the filter offers these. */
export const ACTION_LABELS: Record<string, string> = {
  'user.role.changed': 'Role changed',
  'user.invited': 'Invitation created',
  'org.imported': 'Organisation imported',
  'tribe.created': 'Tribe created',
  'tribe.updated': 'Tribe changed',
  'tribe.trio.changed': 'Trio changed',
  'squad.created': 'Squad created',
  'squad.updated': 'Squad changed',
  'squad.member.added': 'Added to a squad',
  'squad.member.moved': 'Moved to another squad',
  'squad.member.removed': 'Removed from a squad',
  'chapter.created': 'Chapter created',
  'chapter.lead.changed': 'Chapter lead changed',
  'chapter.member.added': 'Added to a chapter',
  'chapter.member.moved': 'Moved to another chapter',
  'chapter.member.removed': 'Removed from a chapter',
  'guild.created': 'Guild created',
  'post.pinned': 'Post pinned',
  'post.unpinned': 'Post unpinned',
  'post.locked': 'Post locked',
  'post.unlocked': 'Post unlocked',
  'post.deleted': 'Post deleted by a moderator',
  'comment.deleted': 'Comment deleted by a moderator',
};

export const SUBJECT_TYPES = ['user', 'organisation', 'tribe', 'squad', 'chapter', 'guild', 'post', 'comment'];

export function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
