import { SearchStore } from '../../electron/services/search/search-store';
import { cases, rssMb } from './search';

/** What the search bench's child measures on the index file it is given, as JSON on its last line. */
export interface ChildFigures {
  coldMs: number;
  firstTotal: number;
  /** A page of 30 with snippets: what the person waits for as they type. */
  ours: Record<string, number[]>;
  /** How many match (up to 1,000), asked apart. */
  counts: Record<string, number[]>;
  totals: Record<string, number[]>;
  updates: number[];
  idleRssMb: number;
  rssMb: number;
}

function main(): void {
  const [path, queries] = process.argv.slice(2);
  const idleRssMb = rssMb();
  const started = performance.now();
  const store = SearchStore.open(path);
  store.search('hoi nghi so ket', {}, { limit: 30 });
  const coldMs = performance.now() - started;
  const firstTotal = store.count('hoi nghi so ket');
  const ours: Record<string, number[]> = { folded: [], phrase: [], filtered: [], accented: [] };
  const counts: Record<string, number[]> = { folded: [], phrase: [], filtered: [], accented: [] };
  const totals: Record<string, number[]> = { folded: [], phrase: [], filtered: [], accented: [] };
  for (const query of cases(Number(queries))) {
    let begin = performance.now();
    const page = store.search(query.text, query.filter, { limit: 30 });
    ours[query.kind].push(performance.now() - begin);
    begin = performance.now();
    const total = store.count(query.text, query.filter);
    counts[query.kind].push(performance.now() - begin);
    if (page.hits.length === 0 && total > 0) throw new Error(`«${query.text}» counted ${total} and showed none`);
    totals[query.kind].push(total);
  }
  // A save, then the next search: the article's new words are found.
  const updates: number[] = [];
  for (let step = 0; step < 50; step += 1) {
    const id = `bench-update-${step}`;
    const begin = performance.now();
    store.put([{ id, source: 'own', date: Date.now(), stamp: step, title: 'Bài vừa sửa', text: `Đoạn mới lần thứ ${step}: xyzabc${step}.` }]);
    const found = store.search(`xyzabc${step}`, {}, { limit: 30 });
    updates.push(performance.now() - begin);
    if (found.hits.length !== 1) throw new Error(`the update of step ${step} was not found`);
  }
  const figures: ChildFigures = { coldMs, firstTotal, ours, counts, totals, updates, idleRssMb, rssMb: rssMb() };
  store.close();
  console.log(JSON.stringify(figures));
}

main();
