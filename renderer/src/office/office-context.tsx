import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { CallOutput, Settings } from '../../../shared/api/contract';
import { call } from '../api';

type OfficeData = CallOutput<'office.get'>;

interface OfficeState {
  office: OfficeData | null;
  settings: Settings | null;
  refresh: () => Promise<void>;
}

const OfficeContext = createContext<OfficeState>({ office: null, settings: null, refresh: async () => undefined });

/** The office's directory, dictionary, codes and settings, loaded once and refreshed after an edit. */
export function OfficeProvider({ children }: { children: ReactNode }) {
  const [office, setOffice] = useState<OfficeData | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  const refresh = useCallback(async () => {
    const [nextOffice, nextSettings] = await Promise.all([call('office.get', {}), call('settings.get', {})]);
    setOffice(nextOffice);
    setSettings(nextSettings);
  }, []);
  useEffect(() => {
    refresh().catch(() => undefined);
  }, [refresh]);
  const value = useMemo(() => ({ office, settings, refresh }), [office, settings, refresh]);
  return <OfficeContext.Provider value={value}>{children}</OfficeContext.Provider>;
}

export function useOffice(): OfficeState {
  return useContext(OfficeContext);
}
