import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { ApiError } from '../../../shared/api/errors';
import { commentSchema, type Comment } from '../../../shared/workflow/model';
import type { Actor } from '../articles/article-service';
import { writeFileAtomic } from '../storage/atomic-write';
import { isMissingFile, writeFailure } from '../storage/fs-errors';
import { KeyedQueue } from '../storage/serial-queue';

const fileSchema = z.object({ schemaVersion: z.literal(1), comments: z.array(commentSchema) });

/** Review comments, one file per article beside its text: on a passage (its words quoted) or on the whole article. */
export class CommentService {
  private readonly queue = new KeyedQueue();

  constructor(private readonly folder: (articleId: string) => string) {}

  async list(articleId: string): Promise<Comment[]> {
    let text: string;
    try {
      text = await readFile(this.path(articleId), 'utf8');
    } catch (error) {
      if (isMissingFile(error)) return [];
      throw error;
    }
    const parsed = fileSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data.comments : [];
  }

  add(articleId: string, actor: Actor | null, quote: string, text: string): Promise<Comment> {
    return this.change(articleId, async (comments) => {
      if (!actor) throw new ApiError('UNAUTHORIZED', 'Hãy chọn hồ sơ của mình trước khi góp ý.');
      if (!text.trim()) throw new ApiError('INVALID_INPUT', 'Hãy viết nội dung góp ý.');
      const comment: Comment = {
        id: randomBytes(6).toString('hex'),
        at: Date.now(),
        authorId: actor.id,
        authorName: actor.name,
        quote: quote.trim(),
        text: text.trim(),
        resolved: false,
        resolvedAt: null,
        resolvedBy: null,
      };
      comments.push(comment);
      return comment;
    });
  }

  resolve(articleId: string, actor: Actor | null, commentId: string): Promise<Comment> {
    return this.change(articleId, async (comments) => {
      if (!actor) throw new ApiError('UNAUTHORIZED', 'Hãy chọn hồ sơ của mình trước.');
      const comment = comments.find((item) => item.id === commentId);
      if (!comment) throw new ApiError('NOT_FOUND', 'Không tìm thấy góp ý này.');
      Object.assign(comment, { resolved: true, resolvedAt: Date.now(), resolvedBy: actor.name });
      return comment;
    });
  }

  private change<T>(articleId: string, task: (comments: Comment[]) => Promise<T>): Promise<T> {
    return this.queue.run(articleId, async () => {
      const comments = await this.list(articleId);
      const result = await task(comments);
      try {
        await writeFileAtomic(this.path(articleId), JSON.stringify({ schemaVersion: 1, comments }));
      } catch (error) {
        throw writeFailure(error, 'góp ý');
      }
      return result;
    });
  }

  private path(articleId: string): string {
    return join(this.folder(articleId), 'comments.json');
  }
}
