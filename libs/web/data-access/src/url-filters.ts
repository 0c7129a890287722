import { useSearchParams } from 'react-router';

/**
 * A list's filters live in the address (shareable, kept on reload): the current values, a setter
 * that sets or clears one of them, and a reset. Filter changes replace the history entry, so Back
 * leaves the page instead of stepping through every filter tried.
 */
export function useUrlFilters() {
  const [params, setParams] = useSearchParams();
  const setFilter = (key: string, value: string | null) =>
    setParams(
      (p) => {
        if (value) p.set(key, value);
        else p.delete(key);
        return p;
      },
      { replace: true },
    );
  const clearFilters = () => setParams({}, { replace: true });
  return { params, setFilter, clearFilters };
}
