import { closeSync, mkdirSync, openSync, readSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import sqlite from 'node-sqlite3-wasm';
import type { Database, Statement } from 'node-sqlite3-wasm';
import { foldForSearch } from '../../../shared/text/normalize';
import { highlightWords, matchExpression, parseQuery, PREFIX_FROM, type ParsedQuery } from '../../../shared/search/query';
import { makeSnippet, marksEveryWord, type Snippet } from '../../../shared/search/snippet';
import { relatedTerms } from '../../../shared/search/related';

/** Raise when the tables or the way text is folded change: an index of another version is rebuilt. */
export const SEARCH_INDEX_VERSION = 5;

export type SearchSource = 'own' | 'archive';

/** What the index holds of one article: enough to find it, filter it, and show a line of it. */
export interface SearchDoc {
  id: string;
  source: SearchSource;
  /** The date the list sorts by (ms): the last save for own articles, the publication for the archive. */
  date: number;
  /** Tells whether the index holds the article as it is now (its revision, or the portal's modified time). */
  stamp: number;
  title: string;
  /** Lead and body as plain text. */
  text: string;
  category?: string;
  kind?: string;
}

export interface SearchFilter {
  source?: SearchSource;
  /** Inclusive bounds on `date` (ms). */
  from?: number;
  to?: number;
  category?: string;
  kind?: string;
}

/** What a row of results shows of an article. */
export interface Listed {
  id: string;
  source: SearchSource;
  date: number;
  title: string;
  category: string;
  kind: string;
}

export interface SearchHit extends Listed {
  /** The query's words written with the very accents the person typed. */
  exact: boolean;
  snippet: Snippet;
}

export interface SearchPage {
  hits: SearchHit[];
}

/** Matches are counted up to this many: past it the list says «hơn 1.000». */
export const COUNT_CAP = 1_000;

interface DocRow extends Listed {
  /** UTF-8: bytes cross from the WebAssembly build far faster than a long string. */
  text: Uint8Array;
}

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS docs (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    source TEXT NOT NULL,
    date INTEGER NOT NULL,
    stamp INTEGER NOT NULL,
    category TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL
  );
  -- The plain text (UTF-8), apart: read back only for the snippets of a page of results, while the rows above,
  -- small, are what filters read. Not compressed: inflating each row of a page cost more than reading it.
  CREATE TABLE IF NOT EXISTS texts (
    rowid INTEGER PRIMARY KEY,
    text BLOB NOT NULL
  );
  CREATE INDEX IF NOT EXISTS docs_source_date ON docs (source, date);
  CREATE INDEX IF NOT EXISTS docs_category ON docs (category);
  CREATE VIRTUAL TABLE IF NOT EXISTS fts USING fts5 (
    ftitle, ftext, xtitle, facets,
    content = '', contentless_delete = 1, prefix = '3', tokenize = 'unicode61 remove_diacritics 0'
  );
`;

/** Rows are keyed by date (and a few bits to tell apart articles of the same millisecond): newest first is rowid order. */
const SLOTS = 1024;

/** SQLite's page cache: the index's hot pages stay in memory (64 MiB at most). */
const CACHE_KIB = 65_536;

const utf8 = new TextDecoder();

/** How much of an article's text a snippet is looked for in first (bytes): its lead and first paragraphs. */
const HEAD_BYTES = 1_500;

/**
 * The snippet of a result: looked for in the head of its text first, and in the whole text only when the head
 * does not show every word of the query. Decoding and scanning a page of whole articles was most of a search's
 * time; the words are nearly always in the lead.
 */
function snippetOf(bytes: Uint8Array, words: string[]): Snippet {
  if (bytes.length > HEAD_BYTES && words.length > 0) {
    // A character cut in two at the end decodes as U+FFFD: left out.
    const head = utf8.decode(bytes.subarray(0, HEAD_BYTES)).replace(/\uFFFD$/, '');
    const snippet = makeSnippet(head, words, undefined, true);
    if (marksEveryWord(snippet, words, foldForSearch)) return snippet;
  }
  return makeSnippet(utf8.decode(bytes), words);
}

/** How a rollback journal that still holds a transaction begins (SQLite's journal format); a finished one is zeroed or gone. */
const JOURNAL_MAGIC = Buffer.from('d9d505f920a163d7', 'hex');

/**
 * Whether the last write to the index was cut short (the app killed in the middle of one). SQLite would undo it
 * from the journal the next time the file is read, but the WebAssembly build never does: it takes the folder lock
 * before asking whether another process holds the file, finds its own lock, and so never treats the journal as
 * left behind. The file then holds half a transaction: pages of it written, others not, which reads as old rows,
 * new rows or «database disk image is malformed», found by a query at any later time. Such an index is thrown away.
 */
function writeCutShort(path: string): boolean {
  let fd: number;
  try {
    fd = openSync(`${path}-journal`, 'r');
  } catch {
    return false;
  }
  try {
    const head = Buffer.alloc(JOURNAL_MAGIC.length);
    return readSync(fd, head, 0, head.length, 0) === head.length && head.equals(JOURNAL_MAGIC);
  } finally {
    closeSync(fd);
  }
}

/** A word's letters, accents kept, lower-cased: what the exact columns index. */
function exactText(text: string): string {
  return text.normalize('NFC').toLowerCase();
}

/**
 * The full-text index of own articles and the portal's archive: SQLite FTS5 in a file of its own (WebAssembly:
 * the same on every machine and in Electron, nothing to compile). A cache: the article files are the truth, and a
 * damaged or outdated index is thrown away and rebuilt from them. Text is indexed folded (no diacritics, đ as d) to
 * find; titles also with their accents, to put the articles whose title has the query's exact spelling first
 * (the body twice would double the index: docs/search.md).
 */
export class SearchStore {
  private readonly statements = new Map<string, Statement>();

  private constructor(
    private readonly db: Database,
    /** True when the index was made anew (missing, damaged, or of another version): it must be filled. */
    readonly fresh: boolean,
  ) {}

  /** A statement prepared once and kept (the WebAssembly build frees them only when told: close does). */
  private statement(sql: string): Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  static open(path: string): SearchStore {
    mkdirSync(dirname(path), { recursive: true });
    // The WebAssembly build locks the file with a folder beside it while it reads or writes, and a killed app leaves
    // it there: every later use would be refused. One process serves a data folder (the desktop app holds a single
    // instance lock; the browser host is the same services), so a lock found at opening is always a dead one.
    rmSync(`${path}.lock`, { recursive: true, force: true });
    if (!writeCutShort(path)) {
      try {
        return SearchStore.tryOpen(path, false);
      } catch {
        // Damaged or unreadable: below.
      }
    }
    // The index is a cache: damaged, unreadable or cut short in a write, it starts again empty.
    for (const suffix of ['', '-journal']) rmSync(path + suffix, { force: true });
    return SearchStore.tryOpen(path, true);
  }

  private static tryOpen(path: string, fresh: boolean): SearchStore {
    const db = new sqlite.Database(path);
    try {
      const version = Number((db.get('PRAGMA user_version') as { user_version: number }).user_version);
      const tables = Number((db.get("SELECT count(*) AS n FROM sqlite_master WHERE name IN ('docs', 'fts')") as { n: number }).n);
      if (tables > 0 && version !== SEARCH_INDEX_VERSION) throw new Error('another version of the index');
      // One process serves a data folder: the lock is taken once and held, not taken and given back (a folder made
      // and removed) around every statement, which cost more than many a query.
      db.exec(`PRAGMA locking_mode = EXCLUSIVE; PRAGMA journal_mode = DELETE; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -${CACHE_KIB};`);
      db.exec(SCHEMA);
      db.exec(`PRAGMA user_version = ${SEARCH_INDEX_VERSION}`);
      // Damage past the first pages (a disk error, a copy taken while the app wrote), which the lines above never
      // read: walk each table once (≈ 15 ms for 10,000 articles; a full PRAGMA quick_check took ≈ 340 ms), so it is
      // found here, where the index starts again empty, not in the middle of the app's first query.
      if (tables > 0) {
        db.all('SELECT count(*), sum(stamp), sum(length(id)) FROM docs');
        db.all('SELECT count(*) FROM texts');
        db.all('SELECT count(*) FROM fts');
      }
      return new SearchStore(db, fresh || tables === 0);
    } catch (error) {
      db.close();
      throw error;
    }
  }

  close(): void {
    if (!this.db.isOpen) return;
    for (const statement of this.statements.values()) {
      try {
        statement.finalize();
      } catch {
        // Finalizing repeats the error of the statement's last run (already met, and caught, where it ran); the
        // statement is freed all the same, and the others and the file must still be closed.
      }
    }
    this.statements.clear();
    this.db.close();
  }

  /** Each article's stamp, to tell what changed while the app was closed. */
  stamps(source: SearchSource): Map<string, number> {
    const rows = this.db.all('SELECT id, stamp FROM docs WHERE source = ?', [source]) as { id: string; stamp: number }[];
    return new Map(rows.map((row) => [row.id, Number(row.stamp)]));
  }

  /** The categories the articles are in, each once, by name (for the filter's list). */
  categories(): string[] {
    const rows = this.statement("SELECT DISTINCT category FROM docs WHERE category != '' ORDER BY category LIMIT 500").all() as { category: string }[];
    return rows.map((row) => row.category);
  }

  /** How many articles the index holds (of one source). */
  size(source?: SearchSource): number {
    const row = source ? this.db.get('SELECT count(*) AS n FROM docs WHERE source = ?', [source]) : this.db.get('SELECT count(*) AS n FROM docs');
    return Number((row as { n: number }).n);
  }

  /** Puts articles in (or replaces them), all in one transaction. */
  put(docs: SearchDoc[]): void {
    if (docs.length === 0) return;
    this.transaction(() => {
      for (const doc of docs) this.putOne(doc);
    });
  }

  remove(ids: string[]): void {
    if (ids.length === 0) return;
    this.transaction(() => {
      for (const id of ids) this.removeOne(id);
    });
  }

  private transaction(work: () => void): void {
    this.db.exec('BEGIN');
    try {
      work();
      this.db.exec('COMMIT');
    } catch (error) {
      this.db.exec('ROLLBACK');
      throw error;
    }
  }

  private removeOne(id: string): void {
    const row = this.statement('SELECT rowid FROM docs WHERE id = ?').get([id]) as { rowid: number } | null;
    if (!row) return;
    this.statement('DELETE FROM fts WHERE rowid = ?').run([row.rowid]);
    this.statement('DELETE FROM docs WHERE rowid = ?').run([row.rowid]);
    this.statement('DELETE FROM texts WHERE rowid = ?').run([row.rowid]);
  }

  private putOne(doc: SearchDoc): void {
    this.removeOne(doc.id);
    const base = Math.max(0, Math.floor(doc.date)) * SLOTS;
    let rowid = base;
    const taken = this.statement('SELECT 1 AS taken FROM docs WHERE rowid = ?');
    while (taken.get([rowid])) rowid += 1;
    const title = doc.title.normalize('NFC');
    const text = doc.text.normalize('NFC');
    this.statement('INSERT INTO texts (rowid, text) VALUES (?, ?)').run([rowid, Buffer.from(text, 'utf8')]);
    this.statement('INSERT INTO docs (rowid, id, source, date, stamp, category, kind, title) VALUES (?, ?, ?, ?, ?, ?, ?, ?)').run([
      rowid,
      doc.id,
      doc.source,
      Math.floor(doc.date),
      doc.stamp,
      doc.category ?? '',
      doc.kind ?? '',
      title,
    ]);
    this.statement('INSERT INTO fts (rowid, ftitle, ftext, xtitle, facets) VALUES (?, ?, ?, ?, ?)').run([
      rowid,
      foldForSearch(title),
      foldForSearch(text),
      exactText(title),
      facetText(doc),
    ]);
  }

  /**
   * A page of the articles matching `query`, newest first, those whose title has the query's very accents before
   * the rest, with a snippet each. How many match in all is `count`'s answer, asked apart: the page is what the
   * person waits for as they type, the number can follow it.
   */
  search(query: string, filter: SearchFilter = {}, page: { limit: number; offset?: number } = { limit: 30 }): SearchPage {
    const { parsed, match, exact, bounds } = this.plan(query, filter);
    const offset = page.offset ?? 0;
    if (!match) {
      // No query and no facet: the date range alone, a range of rowids.
      const rows = this.db.all(
        `SELECT d.id AS id, d.source AS source, d.date AS date, d.title AS title, d.category AS category, d.kind AS kind, t.text AS text
         FROM docs d JOIN texts t ON t.rowid = d.rowid WHERE d.rowid BETWEEN ? AND ? ORDER BY d.rowid DESC LIMIT ? OFFSET ?`,
        [bounds[0], bounds[1], page.limit, offset],
      ) as unknown as DocRow[];
      return { hits: rows.map((row) => toHit(row, [], true)) };
    }
    const words = highlightWords(parsed);
    if (!exact) return { hits: this.matching(match, bounds, page.limit, offset).map((row) => toHit(row, words, true)) };
    // The articles whose title has the exact spelling first: only as many of them need counting as reach past this page.
    const exactCount = this.countMatching(exact, bounds, offset + page.limit);
    const hits: SearchHit[] = [];
    if (offset < exactCount) hits.push(...this.matching(exact, bounds, page.limit, offset).map((row) => toHit(row, words, true)));
    const rest = page.limit - hits.length;
    if (rest > 0) {
      const others = this.matching(`(${match}) NOT (${exact})`, bounds, rest, Math.max(0, offset - exactCount));
      hits.push(...others.map((row) => toHit(row, words, false)));
    }
    return { hits };
  }

  /** How many articles match, up to COUNT_CAP (past it the list says «hơn 1.000»). */
  count(query: string, filter: SearchFilter = {}): number {
    const { match, bounds } = this.plan(query, filter);
    if (match) return this.countMatching(match, bounds, COUNT_CAP);
    return Number((this.db.get('SELECT count(*) AS n FROM (SELECT 1 FROM docs WHERE rowid BETWEEN ? AND ? LIMIT ?)', [bounds[0], bounds[1], COUNT_CAP]) as { n: number }).n);
  }

  /** The query and the filters as one FTS5 expression (null: nothing to match but dates), and the date range as rowids. */
  private plan(query: string, filter: SearchFilter) {
    const parsed = this.settle(parseQuery(query));
    const folded = matchExpression(parsed, 'folded');
    const facets = facetExpression(filter);
    const both = (expression: string | null): string | null => (expression && facets ? `(${expression}) AND ${facets}` : (expression ?? facets));
    const exactQuery = folded ? matchExpression(parsed, 'exact') : null;
    return { parsed, match: both(folded), exact: exactQuery ? both(exactQuery) : null, bounds: rowidBounds(filter) };
  }

  /**
   * The word being typed stands for itself when the index knows it as a word ("nghi" is «nghị» already): only a
   * word no article has whole ("nghie") is taken as the start of longer ones. Results while typing are then never
   * wrong, only narrower for a moment, and the common case is a plain word, not a merge of many.
   */
  private settle(parsed: ParsedQuery): ParsedQuery {
    if (!parsed.prefixLast) return parsed;
    const last = parsed.groups.at(-1)?.words.at(-1);
    if (!last) return parsed;
    // Whether any article has the word whole: the index answers from the word's first entry.
    const known = this.statement('SELECT 1 AS known FROM fts WHERE fts MATCH ? LIMIT 1').get([`{ftitle ftext} : "${last}"`]) !== null;
    if (known) return { ...parsed, prefixLast: false };
    if (last.length >= PREFIX_FROM) return parsed;
    // One or two letters of a word no article has whole: not yet a word to look for («cải cách hành ch»).
    const groups = parsed.groups.slice(0, -1);
    const kept = parsed.groups.at(-1)?.words.slice(0, -1) ?? [];
    if (kept.length > 0) groups.push({ words: kept, phrase: kept.length > 1 });
    const exact = parsed.exact ? parsed.exact.slice(0, -1) : null;
    return { groups, exact: exact && exact.length > 0 ? exact : null, prefixLast: false };
  }

  /** The ids of every article of `source` that matches (for the library's own filters and sorting). */
  matchingIds(query: string, source: SearchSource): Set<string> | null {
    const folded = matchExpression(this.settle(parseQuery(query)), 'folded');
    if (!folded) return null;
    const match = `(${folded}) AND ${facetExpression({ source }) ?? ''}`;
    const rows = this.db.all('SELECT d.id AS id FROM fts JOIN docs d ON d.rowid = fts.rowid WHERE fts MATCH ?', [match]) as { id: string }[];
    return new Set(rows.map((row) => row.id));
  }

  /** Snippets for the articles `ids` (a page of the library), where the query's words are found in their text. */
  snippets(ids: string[], query: string): Map<string, Snippet> {
    const words = highlightWords(parseQuery(query));
    const out = new Map<string, Snippet>();
    if (words.length === 0) return out;
    const read = this.statement('SELECT t.text AS text FROM docs d JOIN texts t ON t.rowid = d.rowid WHERE d.id = ?');
    for (const id of ids) {
      const row = read.get([id]) as { text: Uint8Array } | null;
      if (!row) continue;
      const snippet = snippetOf(row.text, words);
      if (snippet.marks.length > 0) out.set(id, snippet);
    }
    return out;
  }

  /**
   * «Bài cùng loại»: the articles nearest to one being written. Those of the same kind of event first, then the
   * rest; within each, the titles sharing the most telling words (bm25 on titles: a rare word shared, such as the
   * programme's name, weighs more than a common one), and those whose text names the same body. The article
   * itself is never among them.
   */
  related(of: { id: string; title: string; kind: string; body?: string }, limit: number): (Listed & { sameKind: boolean })[] {
    const terms = relatedTerms(of.title);
    const body = of.body ? foldForSearch(of.body).replace(/[^a-z0-9]+/g, ' ').trim() : '';
    const titleMatch = terms.length > 0 ? `ftitle : (${terms.map((term) => `"${term}"`).join(' OR ')})` : null;
    const near = [titleMatch, body ? `ftext : "${body}"` : null].filter(Boolean).join(' OR ');
    const kind = of.kind ? facetExpression({ kind: of.kind }) : null;
    const found: (Listed & { sameKind: boolean })[] = [];
    const seen = new Set([of.id]);
    const take = (match: string, sameKind: boolean, ranked: boolean): void => {
      if (found.length >= limit) return;
      const rows = this.statement(
        `SELECT d.id AS id, d.source AS source, d.date AS date, d.title AS title, d.category AS category, d.kind AS kind
         FROM (SELECT rowid, ${ranked ? 'bm25(fts, 10.0, 1.0, 0.0, 0.0)' : '0'} AS score FROM fts WHERE fts MATCH ? ORDER BY ${ranked ? 'score, ' : ''}rowid DESC LIMIT ?) m
         JOIN docs d ON d.rowid = m.rowid ORDER BY m.score, m.rowid DESC`,
      ).all([match, limit + seen.size]) as unknown as Listed[];
      for (const row of rows) {
        if (found.length >= limit || seen.has(row.id)) continue;
        seen.add(row.id);
        found.push({ ...row, date: Number(row.date), sameKind });
      }
    };
    if (kind) {
      if (near) take(`${kind} AND (${near})`, true, true);
      // Of the same kind but sharing no word: still worth seeing, newest first.
      take(kind, true, false);
    }
    if (titleMatch) take(kind ? `(${titleMatch}) NOT ${kind}` : titleMatch, false, true);
    return found;
  }

  /** How many match, counted up to `cap` (a word in every article is not worth counting to the last). */
  private countMatching(match: string, bounds: [number, number], cap: number): number {
    const sql = 'SELECT count(*) AS n FROM (SELECT 1 FROM fts WHERE fts MATCH ? AND rowid BETWEEN ? AND ? LIMIT ?)';
    return Number((this.statement(sql).get([match, bounds[0], bounds[1], cap]) as { n: number }).n);
  }

  /** A page of matches, newest first: FTS5 walks them in rowid (date) order and stops at the page's end. */
  private matching(match: string, bounds: [number, number], limit: number, offset: number): DocRow[] {
    return this.statement(
      `SELECT d.id AS id, d.source AS source, d.date AS date, d.title AS title, d.category AS category, d.kind AS kind, t.text AS text
       FROM (SELECT rowid FROM fts WHERE fts MATCH ? AND rowid BETWEEN ? AND ? ORDER BY rowid DESC LIMIT ? OFFSET ?) m
       JOIN docs d ON d.rowid = m.rowid JOIN texts t ON t.rowid = m.rowid ORDER BY m.rowid DESC`,
    ).all([match, bounds[0], bounds[1], limit, offset]) as unknown as DocRow[];
  }
}

/**
 * Source, kind and category each as one word of their own column («loaihoinghisoket»): a filter is then one more
 * term of the same index query, a plain intersection of lists, with no row to read per candidate and no positions
 * to compare; and a facet matches whole («Hội nghị» is «loaihoinghi», not «loaihoinghisoket»).
 */
function facetWord(name: string, value: string): string {
  return `${name}${foldForSearch(value).replace(/[^a-z0-9]+/g, '')}`;
}

function facetText(doc: SearchDoc): string {
  return [facetWord('nguon', doc.source), facetWord('loai', doc.kind ?? ''), facetWord('muc', doc.category ?? '')].join(' ');
}

function facetExpression(filter: SearchFilter): string | null {
  const words: string[] = [];
  if (filter.source) words.push(facetWord('nguon', filter.source));
  if (filter.kind) words.push(facetWord('loai', filter.kind));
  if (filter.category) words.push(facetWord('muc', filter.category));
  if (words.length === 0) return null;
  return `facets : (${words.map((word) => `"${word}"`).join(' AND ')})`;
}

/** The date range as rowids (a rowid is the date × SLOTS plus a slot). */
function rowidBounds(filter: SearchFilter): [number, number] {
  const from = filter.from === undefined ? 0 : Math.max(0, Math.floor(filter.from)) * SLOTS;
  const to = filter.to === undefined ? Number.MAX_SAFE_INTEGER : Math.max(0, Math.floor(filter.to)) * SLOTS + SLOTS - 1;
  return [from, Math.min(to, Number.MAX_SAFE_INTEGER)];
}

function toHit(row: DocRow, words: string[], exact: boolean): SearchHit {
  return {
    id: row.id,
    source: row.source,
    date: Number(row.date),
    title: row.title,
    category: row.category,
    kind: row.kind,
    exact,
    snippet: snippetOf(row.text, words),
  };
}
