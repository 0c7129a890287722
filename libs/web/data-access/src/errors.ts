import { CombinedGraphQLErrors } from '@apollo/client';

export type ErrorCode = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'BAD_USER_INPUT' | 'NOT_FOUND' | 'CONFLICT' | 'RATE_LIMITED' | string;

export interface ApiProblem {
  message: string;
  code?: ErrorCode;
  /** The input field the server blamed (BAD_USER_INPUT), if any. */
  field?: string;
}

/** The errors of a failed request in a shape pages can show: one message per problem. */
export function apiProblems(error: unknown): ApiProblem[] {
  if (!error) return [];
  if (CombinedGraphQLErrors.is(error)) {
    return error.errors.map((e) => ({
      message: e.message,
      code: e.extensions?.['code'] as string | undefined,
      field: e.extensions?.['field'] as string | undefined,
    }));
  }
  if (error instanceof Error) {
    const offline = /fetch|network/i.test(error.message);
    return [{ message: offline ? 'Guildhall cannot be reached. Check your connection and try again.' : error.message }];
  }
  return [{ message: 'Something went wrong. Please try again.' }];
}

export function errorMessage(error: unknown): string {
  return apiProblems(error)
    .map((p) => p.message)
    .join(' ');
}

export function hasErrorCode(error: unknown, code: ErrorCode): boolean {
  return apiProblems(error).some((p) => p.code === code);
}

/**
 * Splits a failed mutation's errors into messages per input field (BAD_USER_INPUT with
 * extensions.field) and the rest, so a form can show each next to where it belongs.
 */
export function formProblems(error: unknown): { fields: Record<string, string>; general: string | undefined } {
  const fields: Record<string, string> = {};
  const general: string[] = [];
  for (const p of apiProblems(error)) {
    if (p.field && !fields[p.field]) fields[p.field] = p.message;
    else general.push(p.message);
  }
  return { fields, general: general.length ? general.join(' ') : undefined };
}
