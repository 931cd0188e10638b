import { describe, expect, it } from 'vitest';
import { appServices } from '../helpers';

/** Issue 13, item 1: a reporter made themselves the approver through profiles.save, then took the approver's seat. */
describe('profiles, tried as a hostile reporter', () => {
  async function office() {
    const app = await appServices();
    const approver = await app.call<{ id: string }>('profiles.save', { name: 'Lê Thị Duyệt', roles: ['editor', 'approver'], pin: '2468' });
    const reporter = await app.call<{ id: string }>('profiles.save', { name: 'Ngô Giang Sơn', roles: ['reporter'] });
    await app.call('profiles.select', { id: reporter.id });
    return { ...app, approver, reporter };
  }
  const refusal = (promise: Promise<unknown>) => expect(promise).rejects.toMatchObject({ code: 'UNAUTHORIZED' });

  it('cannot take the PIN off the approver, set a new one, or change the approver’s roles', async () => {
    const { call, approver, services } = await office();
    await refusal(call('profiles.save', { id: approver.id, name: 'Lê Thị Duyệt', roles: ['editor', 'approver'], pin: null }));
    await refusal(call('profiles.save', { id: approver.id, name: 'Lê Thị Duyệt', roles: ['editor', 'approver'], pin: '1111' }));
    await refusal(call('profiles.save', { id: approver.id, name: 'Lê Thị Duyệt', roles: ['reporter'] }));
    // So the approver's seat still needs the approver's PIN.
    await refusal(call('profiles.select', { id: approver.id }));
    await refusal(call('profiles.select', { id: approver.id, pin: '1111' }));
    expect(services.office.profiles().find((profile) => profile.id === approver.id)).toMatchObject({ roles: ['editor', 'approver'], hasPin: true });
    await services.close();
  });

  it('cannot give itself a reviewer’s role, nor make a new approver', async () => {
    const { call, reporter, services } = await office();
    await expect(call('profiles.save', { id: reporter.id, name: 'Ngô Giang Sơn', roles: ['reporter', 'approver'] })).rejects.toMatchObject({
      code: 'UNAUTHORIZED',
      message: 'Chỉ lãnh đạo duyệt mới giao được vai trò biên tập viên hoặc lãnh đạo duyệt.',
    });
    await refusal(call('profiles.save', { name: 'Người lạ', roles: ['approver'] }));
    // A new colleague at the desk may still be added as a reporter.
    await expect(call('profiles.save', { name: 'Phạm Văn Mới', roles: ['reporter', 'photographer'] })).resolves.toMatchObject({ name: 'Phạm Văn Mới' });
    await services.close();
  });

  it('changes its own PIN only with the current one', async () => {
    const { call, reporter, services } = await office();
    await call('profiles.save', { id: reporter.id, name: 'Ngô Giang Sơn', roles: ['reporter'], pin: '1357' });
    await expect(call('profiles.save', { id: reporter.id, name: 'Ngô Giang Sơn', roles: ['reporter'], pin: null })).rejects.toMatchObject({
      message: 'Hãy nhập đúng mã PIN hiện tại để đổi mã PIN.',
    });
    await refusal(call('profiles.save', { id: reporter.id, name: 'Ngô Giang Sơn', roles: ['reporter'], pin: '0000', currentPin: '9999' }));
    await call('profiles.save', { id: reporter.id, name: 'Ngô Giang Sơn', roles: ['reporter'], pin: '0000', currentPin: '1357' });
    await expect(call('profiles.select', { id: reporter.id, pin: '0000' })).resolves.toMatchObject({ name: 'Ngô Giang Sơn' });
    await services.close();
  });

  it('an approver changes another person’s roles with the approver’s own PIN, and the last approver stays', async () => {
    const { call, approver, reporter, services } = await office();
    await call('profiles.select', { id: approver.id, pin: '2468' });
    await refusal(call('profiles.save', { id: reporter.id, name: 'Ngô Giang Sơn', roles: ['reporter', 'editor'] }));
    await refusal(call('profiles.save', { id: reporter.id, name: 'Ngô Giang Sơn', roles: ['reporter', 'editor'], approverPin: '1111' }));
    await expect(call('profiles.save', { id: reporter.id, name: 'Ngô Giang Sơn', roles: ['reporter', 'editor'], approverPin: '2468' })).resolves.toMatchObject({ roles: ['reporter', 'editor'] });
    await expect(call('profiles.save', { id: approver.id, name: 'Lê Thị Duyệt', roles: ['editor'], approverPin: '2468' })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: 'Đây là lãnh đạo duyệt duy nhất trên máy: hãy giao vai trò này cho một người khác trước.',
    });
    await services.close();
  });

  it('a session that chose no profile cannot edit anyone, and one window’s choice is not another’s', async () => {
    const { services, approver, reporter } = await office();
    const { dispatch } = await import('../../../electron/services/dispatch');
    const other = services.sessions.get('window:2');
    expect(await dispatch(services.handlers, 'profiles.save', { id: reporter.id, name: 'X Y', roles: ['reporter'] }, other)).toMatchObject({ ok: false, error: { code: 'NO_PROFILE' } });
    expect(await dispatch(services.handlers, 'profiles.list', {}, other)).toMatchObject({ ok: true, value: { currentId: null } });
    void approver;
    await services.close();
  });
});
