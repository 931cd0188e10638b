import { call } from '../api';
import { useToast } from '../components/toast';
import { useOffice } from './office-context';

/** «Thêm vào từ điển»: a word of the office, never flagged again (and travelling with the directory's export). */
export function useAddWord(): (word: string) => Promise<void> {
  const { refresh } = useOffice();
  const toast = useToast();
  return async (word) => {
    try {
      await call('office.addWord', { word });
      await refresh();
      toast.show(`Đã thêm «${word}» vào từ điển chính tả của cơ quan.`);
    } catch (error) {
      toast.error(error);
    }
  };
}
