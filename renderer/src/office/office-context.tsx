import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { CallOutput, Settings } from '../../../shared/api/contract';
import { call } from '../api';

type OfficeData = CallOutput<'office.get'>;

interface OfficeState {
  office: OfficeData | null;
  settings: Settings | null;
  refresh: () => Promise<void>;
  /** Asks for the data the first time a screen needs it: the library opens without it. */
  want: () => void;
}

const OfficeContext = createContext<OfficeState>({ office: null, settings: null, refresh: async () => undefined, want: () => undefined });

/** The office's directory, dictionary, codes and settings, loaded once and refreshed after an edit. */
export function OfficeProvider({ children }: { children: ReactNode }) {
  const [office, setOffice] = useState<OfficeData | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  const refresh = useCallback(async () => {
    const [nextOffice, nextSettings] = await Promise.all([call('office.get', {}), call('settings.get', {})]);
    setOffice(nextOffice);
    setSettings(nextSettings);
  }, []);
  const [wanted, setWanted] = useState(false);
  const want = useCallback(() => setWanted(true), []);
  useEffect(() => {
    if (wanted) refresh().catch(() => undefined);
  }, [refresh, wanted]);
  const value = useMemo(() => ({ office, settings, refresh, want }), [office, settings, refresh, want]);
  return <OfficeContext.Provider value={value}>{children}</OfficeContext.Provider>;
}

export function useOffice(): OfficeState {
  const state = useContext(OfficeContext);
  const { want } = state;
  useEffect(() => want(), [want]);
  return state;
}
