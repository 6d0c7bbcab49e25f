import { useCallback, useEffect, useState } from 'react';

/** Loads data once (and again on reload()); `error` is true when the call failed. */
export function useApiData<T>(load: () => Promise<T | undefined | null>, deps: unknown[] = []) {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState(false);
  const [loading, setLoading] = useState(true);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const run = useCallback(load, deps);
  const reload = useCallback(async () => {
    setLoading(true);
    try {
      const value = await run();
      setData(value ?? null);
      setError(value === undefined || value === null);
    } catch {
      setError(true);
    } finally {
      setLoading(false);
    }
  }, [run]);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { data, error, loading, reload, setData };
}
