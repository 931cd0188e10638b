import { randomBytes, randomUUID, scryptSync, timingSafeEqual } from 'node:crypto';
import { join } from 'node:path';
import { z } from 'zod';
import type { Low } from 'lowdb';
import { ApiError } from '../../../shared/api/errors';
import { abbreviationSchema, codeSchema, dictionaryWordSchema, officialSchema, type Abbreviation, type CodeReplacement, type ConfusionEntry, type Official } from '../../../shared/office/model';
import { parseCsv, stringifyCsv } from '../../../shared/text/csv';
import { foldForSearch } from '../../../shared/text/normalize';
import type { NoticeBoard } from '../notices';
import { openJsonDocument } from '../storage/json-document';
import { SerialQueue } from '../storage/serial-queue';
import { writeFailure } from '../storage/fs-errors';
import { defaultAbbreviations, defaultConfusions, defaultProperNames } from '../style-defaults';
import { decodeText } from '../text-file';
import { REVIEW_ROLES, ROLES, type Role } from '../../../shared/workflow/machine';
import type { Profile } from '../../../shared/workflow/model';

export const OFFICE_FILE = 'office.json';
const MAX_IMPORT_BYTES = 2 * 1024 * 1024;
const CSV_HEADER = ['Họ và tên', 'Chức danh', 'Cơ quan'];
/** The row after the officials in the directory's CSV that starts the office's dictionary, one word a row. */
const CSV_DICTIONARY = 'Từ điển chính tả của cơ quan';
const MAX_DICTIONARY_WORDS = 5_000;

const storedProfileSchema = z.object({
  id: z.string(),
  name: z.string(),
  roles: z.array(z.enum(ROLES)),
  /** scrypt of the PIN with its salt, hex: "salt:hash"; null when the profile has none. */
  pin: z.string().nullable(),
});
type StoredProfile = z.infer<typeof storedProfileSchema>;

const officeSchema = z.object({
  schemaVersion: z.literal(1),
  abbreviations: z.array(abbreviationSchema),
  officials: z.array(officialSchema),
  codes: z.array(codeSchema),
  /** Added with the review workflow; files written before have none. */
  profiles: z.array(storedProfileSchema).default([]),
  /** Added with spelling: the office's own words, never flagged; files written before have none. */
  dictionary: z.array(z.string()).default([]),
  /** Added with spelling: the office's list of confusions, starting from the shipped one. */
  confusions: z.array(z.object({ wrong: z.string(), right: z.string() })).default(() => defaultConfusions()),
});
type OfficeData = z.infer<typeof officeSchema>;

function defaults(): OfficeData {
  return {
    schemaVersion: 1,
    abbreviations: defaultAbbreviations(),
    officials: [],
    profiles: [],
    dictionary: [],
    confusions: defaultConfusions(),
    codes: [
      { code: 'ctt', text: 'Chủ tịch UBND tỉnh' },
      { code: 'pctt', text: 'Phó Chủ tịch UBND tỉnh' },
      { code: 'bttu', text: 'Bí thư Tỉnh ủy' },
      { code: 'cthd', text: 'Chủ tịch HĐND tỉnh' },
    ],
  };
}

function nameKey(name: string): string {
  return foldForSearch(name);
}

/** The office's own data: the officials directory, the abbreviation dictionary, the typing codes. */
export class OfficeService {
  private readonly queue = new SerialQueue();

  private constructor(private readonly db: Low<OfficeData>) {}

  static async open(dataDir: string, notices: NoticeBoard): Promise<OfficeService> {
    return new OfficeService(await openJsonDocument(join(dataDir, OFFICE_FILE), officeSchema, defaults, notices, 'danh bạ và từ điển'));
  }

  get(): { abbreviations: Abbreviation[]; officials: Official[]; codes: CodeReplacement[]; properNames: string[]; dictionary: string[]; confusions: ConfusionEntry[] } {
    const { abbreviations, officials, codes, dictionary, confusions } = this.db.data;
    return {
      abbreviations,
      officials: sortOfficials(officials),
      codes: [...codes].sort((a, b) => a.code.localeCompare(b.code)),
      properNames: defaultProperNames(),
      dictionary: [...dictionary].sort((a, b) => a.localeCompare(b, 'vi')),
      confusions,
    };
  }

  /** «Thêm vào từ điển»: a word the office writes that spelling must never flag. Adding one twice keeps one. */
  addWord(word: string): Promise<string[]> {
    return this.write('từ điển chính tả', async () => {
      const key = word.toLowerCase();
      if (!this.db.data.dictionary.some((known) => known.toLowerCase() === key)) {
        if (this.db.data.dictionary.length >= MAX_DICTIONARY_WORDS) throw new ApiError('INVALID_INPUT', `Từ điển của cơ quan đã có ${MAX_DICTIONARY_WORDS} từ, không thêm được nữa.`);
        this.db.data.dictionary = [...this.db.data.dictionary, word];
        await this.db.write();
      }
      return this.get().dictionary;
    });
  }

  removeWord(word: string): Promise<string[]> {
    return this.write('từ điển chính tả', async () => {
      const key = word.toLowerCase();
      const kept = this.db.data.dictionary.filter((known) => known.toLowerCase() !== key);
      if (kept.length !== this.db.data.dictionary.length) {
        this.db.data.dictionary = kept;
        await this.db.write();
      }
      return this.get().dictionary;
    });
  }

  /** The office's list of confusions, as a whole (the editor in «Danh bạ → Chính tả» sends it all). */
  saveConfusions(entries: ConfusionEntry[]): Promise<ConfusionEntry[]> {
    return this.write('danh sách từ dễ nhầm', async () => {
      const seen = new Set<string>();
      for (const entry of entries) {
        const key = entry.wrong.toLowerCase();
        if (seen.has(key)) throw new ApiError('INVALID_INPUT', `«${entry.wrong}» có hai lần trong danh sách.`);
        if (entry.wrong.toLowerCase() === entry.right.toLowerCase()) throw new ApiError('INVALID_INPUT', `«${entry.wrong}»: cách viết sai và đúng giống nhau.`);
        seen.add(key);
      }
      this.db.data.confusions = entries.map((entry) => ({ wrong: entry.wrong, right: entry.right }));
      await this.db.write();
      return this.db.data.confusions;
    });
  }

  saveAbbreviations(entries: Abbreviation[]): Promise<Abbreviation[]> {
    return this.write('từ điển viết tắt', async () => {
      const seen = new Set<string>();
      const clean = entries.map((entry) => ({ abbr: entry.abbr, expansion: entry.expansion }));
      for (const entry of clean) {
        if (seen.has(entry.abbr)) throw new ApiError('INVALID_INPUT', `Viết tắt «${entry.abbr}» bị trùng.`);
        seen.add(entry.abbr);
      }
      this.db.data.abbreviations = clean;
      await this.db.write();
      return clean;
    });
  }

  saveOfficial(input: Omit<Official, 'id'> & { id?: string }): Promise<Official> {
    return this.write('danh bạ', async () => {
      const official: Official = {
        id: input.id ?? randomUUID(),
        name: input.name.replace(/\s+/g, ' ').trim(),
        titles: input.titles.map((title) => title.trim()).filter(Boolean),
        organisation: input.organisation.trim(),
      };
      const officials = this.db.data.officials;
      const clash = officials.find((other) => other.id !== official.id && nameKey(other.name) === nameKey(official.name));
      if (clash) throw new ApiError('INVALID_INPUT', `Danh bạ đã có «${clash.name}». Hãy sửa người đó thay vì thêm mới.`);
      const index = officials.findIndex((other) => other.id === official.id);
      if (input.id && index < 0) throw new ApiError('NOT_FOUND', 'Không tìm thấy người này trong danh bạ; có thể đã bị xóa.');
      if (index >= 0) officials[index] = official;
      else officials.push(official);
      await this.db.write();
      return official;
    });
  }

  deleteOfficial(id: string): Promise<{ ok: true }> {
    return this.write('danh bạ', async () => {
      this.db.data.officials = this.db.data.officials.filter((official) => official.id !== id);
      await this.db.write();
      return { ok: true as const };
    });
  }

  /** Reads the whole file first; imports nothing unless every row is right. */
  importOfficials(bytes: Uint8Array): Promise<{ added: number; updated: number; words: number }> {
    return this.write('danh bạ', async () => {
      if (bytes.length > MAX_IMPORT_BYTES) throw new ApiError('INVALID_INPUT', 'Tệp danh bạ quá lớn (tối đa 2 MB).');
      const text = decodeText(bytes, 'Tệp danh bạ');
      let rows: string[][];
      try {
        rows = parseCsv(text);
      } catch {
        throw new ApiError('INVALID_INPUT', 'Tệp danh bạ hỏng: có dấu ngoặc kép không được đóng.');
      }
      if (rows.length === 0) throw new ApiError('INVALID_INPUT', 'Tệp danh bạ không có dòng nào.');
      const header = rows[0].map((cell) => foldForSearch(cell));
      const nameColumn = header.findIndex((cell) => cell.includes('ho') && cell.includes('ten'));
      const titleColumn = header.findIndex((cell) => cell.includes('chuc danh') || cell.includes('chuc vu'));
      const orgColumn = header.findIndex((cell) => cell.includes('co quan') || cell.includes('don vi'));
      if (nameColumn < 0 || titleColumn < 0) {
        throw new ApiError('INVALID_INPUT', `Dòng đầu của tệp phải có cột «Họ và tên» và «Chức danh» (và có thể «Cơ quan»), như tệp xuất từ Tòa soạn.`);
      }
      const problems: string[] = [];
      const incoming: Omit<Official, 'id'>[] = [];
      // The office's dictionary, after the officials (as the export writes it).
      const marker = rows.findIndex((cells) => foldForSearch(cells[0] ?? '') === foldForSearch(CSV_DICTIONARY));
      const words: string[] = [];
      if (marker >= 0) {
        rows.slice(marker + 1).forEach((cells) => {
          const cell = (cells[0] ?? '').trim();
          if (!cell) return;
          const parsed = dictionaryWordSchema.safeParse(cell);
          if (parsed.success) words.push(parsed.data);
          else problems.push(`từ «${cell}»: ${parsed.error.issues[0].message}`);
        });
      }
      rows.slice(1, marker >= 0 ? marker : undefined).forEach((cells, index) => {
        // Blank rows (Excel leaves them) are nobody.
        if (cells.every((cell) => !cell.trim())) return;
        const candidate = {
          name: (cells[nameColumn] ?? '').replace(/\s+/g, ' ').trim(),
          titles: (cells[titleColumn] ?? '').split(/\s*[,;]\s+|\s*\|\s*/).map((title) => title.trim()).filter(Boolean),
          organisation: orgColumn >= 0 ? (cells[orgColumn] ?? '').trim() : '',
        };
        const parsed = officialSchema.omit({ id: true }).safeParse(candidate);
        if (!parsed.success) problems.push(`dòng ${index + 2}: ${parsed.error.issues[0].message}`);
        else incoming.push(parsed.data);
      });
      if (problems.length > 0) {
        throw new ApiError('INVALID_INPUT', `Chưa nhập gì vì tệp có dòng sai — ${problems.slice(0, 5).join('; ')}${problems.length > 5 ? `; và ${problems.length - 5} dòng khác` : ''}.`);
      }
      const officials = [...this.db.data.officials];
      let added = 0;
      let updated = 0;
      for (const person of incoming) {
        const existing = officials.findIndex((official) => nameKey(official.name) === nameKey(person.name));
        if (existing >= 0) {
          officials[existing] = { ...officials[existing], ...person };
          updated += 1;
        } else {
          officials.push({ ...person, id: randomUUID() });
          added += 1;
        }
      }
      this.db.data.officials = officials;
      const known = new Set(this.db.data.dictionary.map((word) => word.toLowerCase()));
      const newWords = [...new Set(words)].filter((word) => !known.has(word.toLowerCase()));
      this.db.data.dictionary = [...this.db.data.dictionary, ...newWords].slice(0, MAX_DICTIONARY_WORDS);
      await this.db.write();
      return { added, updated, words: newWords.length };
    });
  }

  /** UTF-8 with a BOM and CRLF, which Excel opens with the diacritics intact. */
  exportOfficials(): Uint8Array {
    const rows = [CSV_HEADER, ...sortOfficials(this.db.data.officials).map((official) => [official.name, official.titles.join(', '), official.organisation])];
    // The office's dictionary travels with it: a blank row, a title row, a word a row (Excel shows a second table).
    const words = this.get().dictionary;
    if (words.length > 0) rows.push([], [CSV_DICTIONARY], ...words.map((word) => [word]));
    return new TextEncoder().encode(`\ufeff${stringifyCsv(rows)}`);
  }

  // ---- profiles -------------------------------------------------------------------------------

  profiles(): Profile[] {
    return this.db.data.profiles.map(publicProfile);
  }

  /**
   * Creates or edits a profile, as `by` (the session's profile). One's own name is one's own; one's own PIN
   * changes with the current one. Another person's profile, and giving the editor's or the approver's role, take
   * an approver and that approver's PIN (until the workstation has an approver). The last approver stays one.
   */
  saveProfile(
    input: { id?: string; name: string; roles: Role[]; pin?: string | null; currentPin?: string; approverPin?: string },
    by: Profile | null,
  ): Promise<Profile> {
    return this.write('hồ sơ', async () => {
      const profiles = this.db.data.profiles;
      const approvers = profiles.filter((profile) => profile.roles.includes('approver'));
      const existing = input.id ? profiles.find((profile) => profile.id === input.id) : undefined;
      if (input.id && !existing) throw new ApiError('NOT_FOUND', 'Không tìm thấy hồ sơ này.');
      const actor = by ? profiles.find((profile) => profile.id === by.id) : undefined;
      const own = existing !== undefined && actor?.id === existing.id;
      const grantsReview = input.roles.some((role) => REVIEW_ROLES.includes(role) && !existing?.roles.includes(role));
      if ((existing && !own) || (grantsReview && approvers.length > 0)) {
        if (!actor?.roles.includes('approver')) {
          throw new ApiError('UNAUTHORIZED', existing && !own ? 'Chỉ lãnh đạo duyệt mới sửa được hồ sơ của người khác.' : 'Chỉ lãnh đạo duyệt mới giao được vai trò biên tập viên hoặc lãnh đạo duyệt.');
        }
        if (actor.pin && !(input.approverPin && checkPin(input.approverPin, actor.pin))) {
          throw new ApiError('UNAUTHORIZED', `Hãy nhập đúng mã PIN của ${actor.name} (lãnh đạo duyệt) để xác nhận.`);
        }
      }
      if (own && input.pin !== undefined && existing.pin && !(input.currentPin && checkPin(input.currentPin, existing.pin))) {
        throw new ApiError('UNAUTHORIZED', 'Hãy nhập đúng mã PIN hiện tại để đổi mã PIN.');
      }
      if (existing?.roles.includes('approver') && !input.roles.includes('approver') && approvers.length === 1) {
        throw new ApiError('INVALID_INPUT', 'Đây là lãnh đạo duyệt duy nhất trên máy: hãy giao vai trò này cho một người khác trước.');
      }
      if (input.pin !== undefined && input.pin !== null && !/^\d{4,8}$/.test(input.pin)) throw new ApiError('INVALID_INPUT', 'Mã PIN gồm 4–8 chữ số.');
      const profile: StoredProfile = {
        id: existing?.id ?? randomUUID(),
        name: input.name.replace(/\s+/g, ' ').trim(),
        roles: [...new Set(input.roles)],
        pin: input.pin === undefined ? (existing?.pin ?? null) : input.pin === null ? null : hashPin(input.pin),
      };
      this.db.data.profiles = existing ? profiles.map((item) => (item.id === profile.id ? profile : item)) : [...profiles, profile];
      await this.db.write();
      return publicProfile(profile);
    });
  }

  /** The profile whose id and PIN (if it has one) were given, or a message. */
  verifyProfile(id: string, pin: string | undefined): Profile {
    const profile = this.db.data.profiles.find((item) => item.id === id);
    if (!profile) throw new ApiError('NOT_FOUND', 'Không tìm thấy hồ sơ này.');
    if (profile.pin && !(pin && checkPin(pin, profile.pin))) throw new ApiError('UNAUTHORIZED', 'Mã PIN không đúng.');
    return publicProfile(profile);
  }

  saveCode(entry: CodeReplacement): Promise<CodeReplacement> {
    return this.write('mã gõ tắt', async () => {
      const clean = { code: entry.code, text: entry.text };
      this.db.data.codes = [...this.db.data.codes.filter((code) => code.code !== clean.code), clean];
      await this.db.write();
      return clean;
    });
  }

  deleteCode(code: string): Promise<{ ok: true }> {
    return this.write('mã gõ tắt', async () => {
      this.db.data.codes = this.db.data.codes.filter((entry) => entry.code !== code);
      await this.db.write();
      return { ok: true as const };
    });
  }

  private write<T>(what: string, task: () => Promise<T>): Promise<T> {
    return this.queue.run(async () => {
      const before = structuredClone(this.db.data);
      try {
        return await task();
      } catch (error) {
        // Nothing half-done stays in memory either.
        this.db.data = before;
        throw writeFailure(error, what);
      }
    });
  }
}

function publicProfile(profile: StoredProfile): Profile {
  return { id: profile.id, name: profile.name, roles: profile.roles, hasPin: profile.pin !== null };
}

function hashPin(pin: string): string {
  const salt = randomBytes(16);
  return `${salt.toString('hex')}:${scryptSync(pin, salt, 32).toString('hex')}`;
}

function checkPin(pin: string, stored: string): boolean {
  const [salt, hash] = stored.split(':');
  const given = scryptSync(pin, Buffer.from(salt, 'hex'), 32);
  return timingSafeEqual(given, Buffer.from(hash, 'hex'));
}

/** By given name (the last word), then the whole name, as Vietnamese lists are ordered. */
function sortOfficials(officials: Official[]): Official[] {
  const key = (name: string): string => `${name.split(' ').at(-1) ?? ''} ${name}`;
  return [...officials].sort((a, b) => key(a.name).localeCompare(key(b.name), 'vi'));
}
