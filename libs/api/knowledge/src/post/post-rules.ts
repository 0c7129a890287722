import { badInput } from '@guildhall/api-core';

export const MAX_TAGS = 5;
/** Entries a tag list may hold before de-duplication ("Rust", "rust " and blanks count). */
const MAX_TAG_ENTRIES = 20;
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
  const entries = raw ?? [];
  // Counted before any entry is looked at; repeats and blanks may pad a list, but only a little.
  if (entries.length > MAX_TAG_ENTRIES) throw badInput(`A post has at most ${MAX_TAGS} tags; you gave ${entries.length}.`, 'tags');
  const tags = new Set<string>();
  for (const entry of entries) {
    const trimmed = entry.trim();
    if (trimmed.length > TAG_MAX_LENGTH) throw badInput(`Keep each tag under ${TAG_MAX_LENGTH} characters ("${trimmed.slice(0, 40)}…").`, 'tags');
    const tag = trimmed.toLowerCase().replace(/\s+/g, '-');
    if (!tag) continue;
    if (!TAG_PATTERN.test(tag)) {
      throw badInput(`Tags use letters, digits and - + # . _ only, starting with a letter or digit ("${tag}").`, 'tags');
    }
    tags.add(tag);
  }
  if (tags.size > MAX_TAGS) throw badInput(`A post has at most ${MAX_TAGS} tags; you gave ${tags.size}.`, 'tags');
  return [...tags];
}

export function cleanTitle(raw: string): string {
  const trimmed = raw.trim();
  if (trimmed.length > TITLE_MAX_LENGTH) throw badInput(`Keep the title under ${TITLE_MAX_LENGTH} characters.`, 'title');
  const title = trimmed.replace(/\s+/g, ' ');
  if (title.length < TITLE_MIN_LENGTH) throw badInput(`Give the post a title of at least ${TITLE_MIN_LENGTH} characters.`, 'title');
  return title;
}

/** Markdown is stored exactly as written; only blank and oversized bodies are refused. */
export function checkBody(body: string, max: number, what = 'body'): string {
  if (body.length > max) throw badInput(`Keep the ${what} under ${max.toLocaleString('en')} characters.`, 'body');
  if (!body.trim()) throw badInput(`Write something in the ${what}.`, 'body');
  return body;
}
