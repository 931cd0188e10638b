import { useEffect, useState } from 'react';
import type { Portal } from '../../../shared/publish/model';
import { call, errorMessage } from '../api';

/** The portals of this workstation and the one chosen (the first, until the person picks another). */
export function usePortals(): { portals: Portal[] | null; portalId: string; setPortalId: (id: string) => void; error: string | null } {
  const [portals, setPortals] = useState<Portal[] | null>(null);
  const [portalId, setPortalId] = useState('');
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    call('portals.list', {})
      .then((list) => {
        setPortals(list);
        setPortalId(list[0]?.id ?? '');
      })
      .catch((caught: unknown) => setError(errorMessage(caught)));
  }, []);
  return { portals, portalId, setPortalId, error };
}

/** Which portal: a choice when there are several, a pointer to the settings when there is none. */
export function PortalSelect({ portals, portalId, onChange }: { portals: Portal[] | null; portalId: string; onChange: (id: string) => void }) {
  if (!portals) return null;
  if (portals.length === 0) return <p>Chưa cài đặt cổng: vào Danh bạ → Cổng thông tin.</p>;
  return (
    <label className="field">
      <span className="field-caption">Cổng</span>
      <select value={portalId} onChange={(event) => onChange(event.target.value)}>
        {portals.map((portal) => (
          <option key={portal.id} value={portal.id}>
            {portal.name}
          </option>
        ))}
      </select>
    </label>
  );
}
