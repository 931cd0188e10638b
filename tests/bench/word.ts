import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServices } from '../../electron/services/services';
import { conferenceReport } from '../fixtures/docx/make-docx';
import { docToPlainText } from '../../shared/article/doc-text';
import { countWords } from '../../shared/text/count';
import { round } from './stats';

/**
 * Issue 7: a 50-page .docx with 30 photos (1600 × 1067, as heavy as real ones) imported into a new
 * article through the services: reading, fonts, photos into the desk, the article written. Three runs.
 */
export async function measureWordImport(): Promise<Record<string, number>> {
  const docx = await conferenceReport({ pages: 50, paragraphsPerPage: 14, photos: 30, realPhotos: true });
  const times: number[] = [];
  let words = 0;
  for (let run = 0; run < 3; run += 1) {
    const dir = mkdtempSync(join(tmpdir(), 'toasoan-bench-word-'));
    const services = await createServices({ dataDir: dir, appVersion: 'bench' });
    try {
      const start = performance.now();
      const result = await services.handlers['import.document']({ fileName: 'bao-cao-50-trang.docx', base64: docx.toString('base64') });
      times.push(performance.now() - start);
      const article = await services.articles.get(result.articleId);
      words = countWords(docToPlainText(article.body));
    } finally {
      await services.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }
  times.sort((a, b) => a - b);
  return { pages: 50, photos: 30, megabytes: round(docx.length / 1048576), words, medianS: round(times[1] / 1000), worstS: round(times[2] / 1000) };
}
