import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { badInput } from '../errors/app-errors';

/** Input nests a few levels at most (input objects with lists); deeper is refused, not walked. */
const MAX_NESTING = 8;

/**
 * Every GraphQL argument, before any resolver sees it: a string with a NUL character is refused
 * as BAD_USER_INPUT naming the field. PostgreSQL cannot store NUL in text, so letting it through
 * would turn a client's typo (or probe) into a server fault. The walk is linear in the input,
 * whose size the HTTP body limit already bounds.
 */
@Injectable()
export class TextInputPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    // Nest reports @Args() as 'body' (GqlParamtype.ARGS maps onto the body slot); the viewer,
    // context and info are other types and are not client input.
    if (metadata.type !== 'body') return value;
    checkText(value, metadata.data ?? 'input', 0);
    return value;
  }
}

function checkText(value: unknown, field: string, depth: number): void {
  if (typeof value === 'string') {
    if (value.includes('\u0000')) {
      throw badInput(`${field} contains a NUL character (U+0000), which cannot be stored. Remove it and try again.`, field);
    }
    return;
  }
  if (value === null || typeof value !== 'object') return;
  if (depth >= MAX_NESTING) throw badInput(`${field} is nested too deeply.`, field);
  if (Array.isArray(value)) {
    for (const item of value) checkText(item, field, depth + 1);
    return;
  }
  for (const [key, item] of Object.entries(value)) checkText(item, key, depth + 1);
}
