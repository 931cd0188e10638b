import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LIBRARY_SCHEMA_VERSION, MIGRATIONS, migrate } from '../../../electron/services/library/library-schema';
import { openArticles, tempDir } from '../helpers';

const FIXTURE_V1 = 'tests/fixtures/library-v1';
const FIXTURE_V2 = 'tests/fixtures/library-v2';
const FIXTURE_V3 = 'tests/fixtures/library-v3';

describe('library migrations', () => {
  it('is an ordered list ending at the current version', () => {
    const versions = MIGRATIONS.map((migration) => migration.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(versions.at(-1)).toBe(LIBRARY_SCHEMA_VERSION);
  });

  it('brings the frozen v1 index up to date', () => {
    const raw: unknown = JSON.parse(readFileSync(join(FIXTURE_V1, 'library.json'), 'utf8'));
    const { data, from } = migrate(raw);
    expect(from).toBe(1);
    expect(data.schemaVersion).toBe(LIBRARY_SCHEMA_VERSION);
    expect(data.settings).toEqual({ authorName: 'Ngô Giang Sơn', toneStyle: 'auto', checkWhileTyping: true, spellingCheck: true, spellingBlocks: false, photoLongestSide: 1600, photoQuality: 82 });
    expect(data.articles['7f3c2a10-hoi-nghi-so-ket'].status).toBe('published');
    expect(data.articles['91b4e6d2-tiep-xuc-cu-tri'].updatedAt).toBe(Date.parse('2024-02-02T03:15:00.000Z'));
  });

  it('opens a v1 data folder, keeps a copy of the old index and loses nothing', async () => {
    const dir = tempDir();
    cpSync(FIXTURE_V1, dir, { recursive: true });
    const { service, notices } = await openArticles(dir);
    expect(notices.list().map((notice) => notice.message)).toContain(
      `Dữ liệu thư viện đã được nâng cấp từ phiên bản 1 lên ${LIBRARY_SCHEMA_VERSION}; bản cũ được giữ lại.`,
    );
    expect(existsSync(join(dir, 'library.json.v1.bak'))).toBe(true);
    expect(JSON.parse(readFileSync(join(dir, 'library.json'), 'utf8')).schemaVersion).toBe(LIBRARY_SCHEMA_VERSION);
    const list = await service.list({ sort: 'updated-asc' });
    expect(list.items.map((item) => item.title)).toEqual([
      'Sơ kết Quy chế phối hợp công tác giữa UBND tỉnh và các cơ quan, đơn vị',
      'Đại biểu Quốc hội tiếp xúc cử tri huyện Tiên Yên',
    ]);
    expect(list.items[0].wordCount).toBeGreaterThan(20);
    expect(list.items[0].excerpt).toContain('Chiều 29/1');
    await service.warmSearch();
    expect((await service.list({ query: 'cu tri kien nghi' })).total).toBe(1);
    const article = await service.get('7f3c2a10-hoi-nghi-so-ket');
    expect(article.revision).toBe(7);
    expect(service.settings().authorName).toBe('Ngô Giang Sơn');
    await service.close();
  });

  it('opens a v2 data folder with its trash, versions and settings, and adds the checker settings', async () => {
    const dir = tempDir();
    cpSync(FIXTURE_V2, dir, { recursive: true });
    const { service } = await openArticles(dir);
    expect(existsSync(join(dir, 'library.json.v2.bak'))).toBe(true);
    expect(service.settings()).toEqual({ authorName: 'Ngô Giang Sơn', toneStyle: 'auto', checkWhileTyping: true, spellingCheck: true, spellingBlocks: false, photoLongestSide: 1600, photoQuality: 82 });
    const [kept] = (await service.list({})).items;
    expect(kept.title).toBe('Kỳ họp thứ 20 HĐND tỉnh khóa XIV bế mạc');
    expect((await service.list({ trash: true })).items.map((item) => item.title)).toEqual(['Trao tặng Huân chương Lao động hạng Nhì']);
    const versions = await service.listVersions(kept.id);
    expect(versions).toHaveLength(1);
    expect((await service.getVersion(kept.id, versions[0].id)).lead).toBe('Chiều 3/6, Kỳ họp thứ 20 HĐND tỉnh bế mạc.');
    await service.close();
  });

  it('opens a v3 data folder and adds the photo desk settings, keeping the checker settings', async () => {
    const dir = tempDir();
    cpSync(FIXTURE_V3, dir, { recursive: true });
    const { service } = await openArticles(dir);
    expect(service.settings()).toEqual({ authorName: 'Ngô Giang Sơn', toneStyle: 'old', checkWhileTyping: false, spellingCheck: true, spellingBlocks: false, photoLongestSide: 1600, photoQuality: 82 });
    expect((await service.list({})).items.map((item) => item.title)).toEqual(['Tiếp xúc cử tri huyện Tiên Yên']);
    expect(existsSync(join(dir, 'library.json.v3.bak'))).toBe(true);
    await service.close();
  });

  it('refuses data written by a newer app and does not overwrite it', async () => {
    const dir = tempDir();
    const newer = JSON.stringify({ schemaVersion: LIBRARY_SCHEMA_VERSION + 1, settings: {}, articles: {} });
    writeFileSync(join(dir, 'library.json'), newer);
    const { service, notices } = await openArticles(dir);
    expect(service.readOnly).toBe(true);
    expect(notices.list()[0].message).toContain('phiên bản mới hơn của Tòa soạn');
    await expect(service.create({})).rejects.toMatchObject({ code: 'READ_ONLY' });
    await service.close();
    expect(readFileSync(join(dir, 'library.json'), 'utf8')).toBe(newer);
  });

  it('refuses an index whose version it does not know', () => {
    expect(() => migrate({ articles: [] })).toThrow('Không nhận ra phiên bản lược đồ của thư viện');
  });
});
