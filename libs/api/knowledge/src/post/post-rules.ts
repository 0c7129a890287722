import { badInput } from '@guildhall/api-core';

export const MAX_TAGS = 5;
export const TAG_MAX_LENGTH = 32;
export const TITLE_MIN_LENGTH = 3;
export const TITLE_MAX_LENGTH = 200;
export const POST_BODY_MAX_LENGTH = 40_000;
export const COMMENT_BODY_MAX_LENGTH = 20_000;

const TAG_PATTERN = /^[\p{L}\p{N}][\p{L}\p{N}+#._-]*$/u;

/**
 * Tags are lower case, trimmed, unique, at most 5. Inner spaces become dashes
 * ("Machine Learning" -> "machine-learning"); blank entries are dropped.
 */
export function normaliseTags(raw: readonly string[] | null | undefined): string[] {
  const tags: string[] = [];
  for (const entry of raw ?? []) {
    const tag = entry.trim().toLowerCase().replace(/\s+/g, '-');
    if (!tag) continue;
    if (tag.length > TAG_MAX_LENGTH) throw badInput(`Keep each tag under ${TAG_MAX_LENGTH} characters ("${tag.slice(0, 40)}…").`, 'tags');
    if (!TAG_PATTERN.test(tag)) {
      throw badInput(`Tags use letters, digits and - + # . _ only, starting with a letter or digit ("${tag}").`, 'tags');
    }
    if (!tags.includes(tag)) tags.push(tag);
  }
  if (tags.length > MAX_TAGS) throw badInput(`A post has at most ${MAX_TAGS} tags; you gave ${tags.length}.`, 'tags');
  return tags;
}

export function cleanTitle(raw: string): string {
  const title = raw.trim().replace(/\s+/g, ' ');
  if (title.length < TITLE_MIN_LENGTH) throw badInput(`Give the post a title of at least ${TITLE_MIN_LENGTH} characters.`, 'title');
  if (title.length > TITLE_MAX_LENGTH) throw badInput(`Keep the title under ${TITLE_MAX_LENGTH} characters.`, 'title');
  return title;
}

/** Markdown is stored exactly as written; only blank and oversized bodies are refused. */
export function checkBody(body: string, max: number, what = 'body'): string {
  if (!body.trim()) throw badInput(`Write something in the ${what}.`, 'body');
  if (body.length > max) throw badInput(`Keep the ${what} under ${max.toLocaleString('en')} characters.`, 'body');
  return body;
}
