import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { ApiError } from '../../../shared/api/errors';
import { docToPlainText } from '../../../shared/article/doc-text';
import type { Article } from '../../../shared/article/model';
import { templateSchema, type Template, type TemplateSummary } from '../../../shared/templates/model';
import { validateTemplate } from '../../../shared/templates/validate';
import { foldForSearch } from '../../../shared/text/normalize';
import type { NoticeBoard } from '../notices';
import { writeFileAtomic } from '../storage/atomic-write';
import { isMissingFile, writeFailure } from '../storage/fs-errors';
import { moveAside } from '../storage/move-aside';
import { SerialQueue } from '../storage/serial-queue';
import { resourcesDir } from '../style-defaults';
import { decodeText } from '../text-file';

const MAX_TEMPLATE_BYTES = 512 * 1024;

/** Built-in templates (data in resources/templates) and the office's own (one file each in the data folder). */
export class TemplateService {
  private readonly queue = new SerialQueue();
  private readonly builtIn = new Map<string, Template>();
  private readonly own = new Map<string, Template>();

  private constructor(private readonly folder: string) {}

  static async open(dataDir: string, notices: NoticeBoard): Promise<TemplateService> {
    const service = new TemplateService(join(dataDir, 'templates'));
    const builtInDir = join(resourcesDir(), 'templates');
    for (const name of (await readdir(builtInDir)).filter((file) => file.endsWith('.json')).sort()) {
      try {
        const template = templateSchema.parse(JSON.parse(await readFile(join(builtInDir, name), 'utf8')));
        service.builtIn.set(template.id, template);
      } catch (error) {
        console.error(`[toasoan] built-in template ${name} is invalid`, error);
      }
    }
    let names: string[] = [];
    try {
      names = (await readdir(service.folder)).filter((file) => file.endsWith('.json'));
    } catch (error) {
      if (!isMissingFile(error)) throw error;
    }
    for (const name of names) {
      const path = join(service.folder, name);
      try {
        const template = templateSchema.parse(JSON.parse(await readFile(path, 'utf8')));
        service.own.set(template.id, template);
      } catch {
        await moveAside(path);
        notices.add('warning', `Tệp mẫu bài «${name}» bị hỏng nên đã được chuyển sang một bên; các mẫu khác vẫn dùng được.`);
      }
    }
    return service;
  }

  list(): TemplateSummary[] {
    const summary = (template: Template, builtIn: boolean): TemplateSummary => ({ id: template.id, name: template.name, description: template.description, builtIn });
    return [
      ...[...this.builtIn.values()].map((template) => summary(template, true)),
      ...[...this.own.values()].sort((a, b) => a.name.localeCompare(b.name, 'vi')).map((template) => summary(template, false)),
    ];
  }

  get(id: string): Template & { builtIn: boolean } {
    const template = this.own.get(id) ?? this.builtIn.get(id);
    if (!template) throw new ApiError('NOT_FOUND', 'Không tìm thấy mẫu bài này; có thể mẫu đã bị xóa.');
    return { ...template, builtIn: this.builtIn.has(id) };
  }

  save(input: Template): Promise<Template> {
    return this.write(async () => {
      if (this.builtIn.has(input.id)) {
        throw new ApiError('INVALID_INPUT', 'Mẫu có sẵn không sửa được; hãy nhân bản rồi sửa bản sao.');
      }
      const template = normalizeTemplate(input);
      const problem = validateTemplate(template);
      if (problem) throw new ApiError('INVALID_INPUT', problem);
      await this.store(template);
      return template;
    });
  }

  duplicate(id: string): Promise<Template> {
    return this.write(async () => {
      const source = this.get(id);
      const { builtIn: _builtIn, ...rest } = source;
      const copy: Template = { ...rest, id: this.newId(source.name), name: `${source.name} (bản sao)` };
      await this.store(copy);
      return copy;
    });
  }

  delete(id: string): Promise<{ ok: true }> {
    return this.write(async () => {
      if (this.builtIn.has(id)) throw new ApiError('INVALID_INPUT', 'Mẫu có sẵn không xóa được.');
      if (!this.own.has(id)) throw new ApiError('NOT_FOUND', 'Không tìm thấy mẫu bài này; có thể mẫu đã bị xóa.');
      await rm(join(this.folder, `${id}.json`), { force: true });
      this.own.delete(id);
      return { ok: true as const };
    });
  }

  exportFile(id: string): { fileName: string; bytes: Uint8Array } {
    const { builtIn: _builtIn, ...template } = this.get(id);
    return { fileName: `mau-bai-${template.id}.json`, bytes: new TextEncoder().encode(`${JSON.stringify(template, null, 2)}\n`) };
  }

  /** A template file from another workstation: checked whole; saved as a new template, never over an existing one. */
  importFile(bytes: Uint8Array): Promise<Template> {
    return this.write(async () => {
      if (bytes.length > MAX_TEMPLATE_BYTES) throw new ApiError('INVALID_INPUT', 'Tệp mẫu bài quá lớn (tối đa 512 KB).');
      const text = decodeText(bytes, 'Tệp mẫu bài');
      let raw: unknown;
      try {
        raw = JSON.parse(text);
      } catch {
        throw new ApiError('INVALID_INPUT', 'Tệp này không phải tệp mẫu bài của Tòa soạn (không đọc được nội dung JSON).');
      }
      const parsed = templateSchema.safeParse(raw);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const where = issue.path.join('.') || 'tệp';
        const missing = issue.code === 'invalid_type' && (raw as Record<string, unknown> | null)?.[String(issue.path[0])] === undefined && issue.path.length === 1;
        throw new ApiError('INVALID_INPUT', `Tệp mẫu bài không hợp lệ (${missing ? `thiếu mục «${where}»` : `${where}: ${issue.message}`}). Chưa nhập gì.`);
      }
      const template = normalizeTemplate(parsed.data);
      const problem = validateTemplate(template);
      if (problem) throw new ApiError('INVALID_INPUT', `${problem} Chưa nhập gì.`);
      if (this.builtIn.has(template.id) || this.own.has(template.id)) template.id = this.newId(template.name);
      await this.store(template);
      return template;
    });
  }

  /** The article's text as a starting point; the officer then turns parts of it into fields. */
  fromArticle(article: Article, name: string): Promise<Template> {
    return this.write(async () => {
      const body = (article.body.content ?? [])
        .map((node, index) => ({ node, index, text: docToPlainText(node).replace(/\n/g, ' ') }))
        .filter((entry) => entry.text.trim())
        .map((entry) => ({
          key: `p${entry.index + 1}`,
          type: entry.node.type === 'heading' ? ('heading' as const) : entry.node.type === 'bulletList' ? ('bulletList' as const) : ('paragraph' as const),
          text: entry.text,
        }));
      const template: Template = normalizeTemplate({
        schemaVersion: 1,
        id: this.newId(name),
        name,
        description: `Tạo từ bài «${article.title || 'chưa có tiêu đề'}».`,
        constants: {},
        fields: [],
        title: article.title,
        lead: article.lead,
        body,
        byline: article.byline,
        sample: {},
      });
      await this.store(template);
      return template;
    });
  }

  private newId(name: string): string {
    const base = foldForSearch(name).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40) || 'mau';
    return `${base}-${randomBytes(3).toString('hex')}`;
  }

  private async store(template: Template): Promise<void> {
    await mkdir(this.folder, { recursive: true });
    await writeFileAtomic(join(this.folder, `${template.id}.json`), `${JSON.stringify(template, null, 2)}\n`);
    this.own.set(template.id, template);
  }

  private write<T>(task: () => Promise<T>): Promise<T> {
    return this.queue.run(async () => {
      try {
        return await task();
      } catch (error) {
        throw writeFailure(error, 'mẫu bài');
      }
    });
  }
}

function normalizeTemplate(template: Template): Template {
  return JSON.parse(JSON.stringify(template), (_key, value: unknown) => (typeof value === 'string' ? value.normalize('NFC') : value)) as Template;
}
