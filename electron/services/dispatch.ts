import { z } from 'zod';
import { isCallName } from '../../shared/api/channels';
import { contract, type ApiHandlers } from '../../shared/api/contract';
import { accessRefusal } from '../../shared/api/access';
import { ApiError, type ApiResult } from '../../shared/api/errors';
import { composeStrings } from '../../shared/text/compose';
import { inSession, type Session } from './session';

z.config(z.locales.vi());

/**
 * The one door into the services, for IPC and for the loopback host alike: the name must be in the
 * contract, the input must pass its schema, the session must have what the call declares it needs, and
 * whatever happens the caller gets a value or an error with a Vietnamese message, never a stack trace or a path.
 */
export async function dispatch(handlers: ApiHandlers, name: unknown, rawInput: unknown, session: Session): Promise<ApiResult<unknown>> {
  try {
    if (!isCallName(name)) throw new ApiError('UNKNOWN_CALL', 'Yêu cầu không được hỗ trợ.');
    // The call's own declaration decides who may make it, before its input is even read; the services then
    // decide by the data (the workflow machine by roles, a profile's changes by PINs).
    const refused = accessRefusal(contract[name].access, session.profile, rawInput);
    if (refused) throw new ApiError(refused.code, refused.message);
    const parsed = contract[name].input.safeParse(rawInput ?? {});
    if (!parsed.success) throw new ApiError('INVALID_INPUT', describeInvalidInput(parsed.error));
    const handler = handlers[name] as (input: unknown) => Promise<unknown>;
    // Text is composed (NFC) here, once, for every call: the services never see two spellings of one letter.
    const input = composeStrings(parsed.data);
    const value = await inSession(session, () => handler(input));
    return { ok: true, value: contract[name].output.parse(value) };
  } catch (error) {
    if (error instanceof ApiError) return { ok: false, error: error.toJSON() };
    console.error(`[toasoan] ${String(name)} failed:`, error);
    return { ok: false, error: { code: 'INTERNAL', message: 'Đã xảy ra lỗi không mong đợi; dữ liệu đã lưu không bị ảnh hưởng. Hãy thử lại.' } };
  }
}

/** The first problem, said for people: a message the contract wrote for people (a sentence, ending in a full stop) as it is. */
function describeInvalidInput(error: z.ZodError): string {
  const first = error.issues[0];
  if (first?.message.endsWith('.')) return first.message;
  const where = first && first.path.length > 0 ? ` (trường «${first.path.join('.')}»)` : '';
  return `Dữ liệu gửi lên không hợp lệ${where}: ${first?.message ?? 'sai định dạng'}.`;
}
