import { useEffect, useState } from 'react';
import { ROLE_LABELS, ROLES, type Role } from '../../../shared/workflow/machine';
import type { Profile } from '../../../shared/workflow/model';
import { call, errorMessage } from '../api';
import { Dialog } from '../components/Dialog';

interface Props {
  onClose: () => void;
  onChanged: (current: Profile | null) => void;
}

export function profileLabel(profile: Profile): string {
  return `${profile.name} · ${profile.roles.map((role) => ROLE_LABELS[role]).join(', ')}`;
}

/** Who works at this workstation now: pick a profile (with its PIN if it has one), or add one. */
export function ProfilesDialog({ onClose, onChanged }: Props) {
  const [profiles, setProfiles] = useState<Profile[]>([]);
  const [currentId, setCurrentId] = useState<string | null>(null);
  const [picked, setPicked] = useState<Profile | null>(null);
  const [pin, setPin] = useState('');
  const [adding, setAdding] = useState(false);
  const [name, setName] = useState('');
  const [roles, setRoles] = useState<Role[]>(['reporter']);
  const [newPin, setNewPin] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [firstStart, setFirstStart] = useState(false);

  const load = async (): Promise<void> => {
    const list = await call('profiles.list', {});
    setProfiles(list.profiles);
    setCurrentId(list.currentId);
    if (list.profiles.length === 0) {
      setAdding(true);
      setFirstStart(true);
    }
  };
  useEffect(() => {
    load().catch((caught: unknown) => setError(errorMessage(caught)));
  }, []);

  const select = async (profile: Profile | null, withPin?: string): Promise<void> => {
    try {
      const current = await call('profiles.select', { id: profile?.id ?? null, ...(withPin ? { pin: withPin } : {}) });
      onChanged(current);
    } catch (caught) {
      setError(errorMessage(caught));
    }
  };

  const add = async (): Promise<void> => {
    try {
      const created = await call('profiles.save', { name, roles, ...(newPin ? { pin: newPin } : {}) });
      setAdding(false);
      setName('');
      setNewPin('');
      await load();
      await select(created, newPin || undefined);
    } catch (caught) {
      setError(errorMessage(caught));
    }
  };

  return (
    <Dialog
      title="Hồ sơ làm việc"
      onClose={onClose}
      actions={
        <>
          {currentId && (
            <button type="button" className="quiet" onClick={() => void select(null)}>
              Thoát hồ sơ
            </button>
          )}
          <button type="button" onClick={onClose}>
            {firstStart ? 'Để sau' : 'Đóng'}
          </button>
        </>
      }
    >
      {firstStart && (
        <p>
          Chào mừng đến với Tòa soạn. Ai đang làm việc trên máy này? Tên của hồ sơ được ghi vào bài viết và nhật ký duyệt; khi có
          thêm người dùng chung máy, mỗi người tạo một hồ sơ.
        </p>
      )}
      <p className="hint">Vai trò quyết định việc được làm: phóng viên gửi duyệt, biên tập viên yêu cầu sửa, lãnh đạo duyệt.</p>
      <ul className="profile-list" aria-label="Chọn hồ sơ">
        {profiles.map((profile) => (
          <li key={profile.id}>
            <button
              type="button"
              className={`chooser-item${profile.id === currentId ? ' is-selected' : ''}`}
              aria-current={profile.id === currentId}
              onClick={() => {
                setError(null);
                if (profile.hasPin) setPicked(profile);
                else void select(profile);
              }}
            >
              <strong>{profile.name}</strong> <span className="hint">{profile.roles.map((role) => ROLE_LABELS[role]).join(', ')}</span>
              {profile.hasPin && <span className="tag">có mã PIN</span>}
            </button>
          </li>
        ))}
      </ul>
      {picked && (
        <form
          className="inline-form"
          onSubmit={(event) => {
            event.preventDefault();
            void select(picked, pin);
          }}
        >
          <label className="field">
            <span className="field-caption">Mã PIN của {picked.name}</span>
            <input type="password" inputMode="numeric" value={pin} onChange={(event) => setPin(event.target.value)} autoFocus />
          </label>
          <button type="submit" className="primary">
            Vào hồ sơ
          </button>
        </form>
      )}
      {adding ? (
        <form
          className="profile-form"
          aria-label="Thêm hồ sơ"
          onSubmit={(event) => {
            event.preventDefault();
            void add();
          }}
        >
          <label className="field">
            <span className="field-caption">Họ và tên</span>
            <input value={name} onChange={(event) => setName(event.target.value)} autoFocus />
          </label>
          <fieldset>
            <legend>Vai trò</legend>
            {ROLES.map((role) => (
              <label key={role} className="radio">
                <input
                  type="checkbox"
                  checked={roles.includes(role)}
                  onChange={(event) => setRoles(event.target.checked ? [...roles, role] : roles.filter((item) => item !== role))}
                />
                {ROLE_LABELS[role]}
              </label>
            ))}
          </fieldset>
          <label className="field">
            <span className="field-caption">Mã PIN (không bắt buộc, 4–8 chữ số)</span>
            <input type="password" inputMode="numeric" value={newPin} onChange={(event) => setNewPin(event.target.value)} />
          </label>
          <button type="submit" className="primary">
            Tạo hồ sơ
          </button>
        </form>
      ) : (
        <button type="button" onClick={() => setAdding(true)}>
          Thêm hồ sơ
        </button>
      )}
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
    </Dialog>
  );
}
