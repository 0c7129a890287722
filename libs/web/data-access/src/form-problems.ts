import { useCallback, useMemo, useState } from 'react';
import { formProblems } from './errors';

export type FieldProblems = Record<string, string>;

export interface FormProblemsState {
  /** One message per input field, shown under the field. */
  fields: FieldProblems;
  /** What belongs to no field, shown above the submit button. */
  general?: string;
}

const NONE: FormProblemsState = { fields: {} };

/**
 * A form's problems, from its own checks and from the server, in one place: `check` shows what
 * the form refuses before sending, `submit` sends and shows what the server refused, each next
 * to its field (BAD_USER_INPUT with extensions.field) or above the button.
 */
export function useFormProblems() {
  const [problems, setProblems] = useState<FormProblemsState>(NONE);

  /** Shows the form's own refusals (or clears old ones); true when there are none. */
  const check = useCallback((fields: FieldProblems, general?: string): boolean => {
    setProblems({ fields, general });
    return Object.keys(fields).length === 0 && !general;
  }, []);

  /** Runs `send`; true when it succeeded (problems cleared), false when its problems are shown. */
  const submit = useCallback(async (send: () => Promise<unknown>): Promise<boolean> => {
    try {
      await send();
      setProblems(NONE);
      return true;
    } catch (err) {
      setProblems(formProblems(err));
      return false;
    }
  }, []);

  return useMemo(() => ({ ...problems, check, submit }), [problems, check, submit]);
}
