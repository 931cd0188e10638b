import { useState, type ReactNode } from 'react';
import type { PlacedFinding } from '../../../shared/style/types';
import { UnderlinedTextArea } from '../components/FieldUnderlines';
import { valueWithCodes } from '../office/expand-code';
import { useOffice } from '../office/office-context';
import type { ArticleDraft } from './draft/article-draft';
import { useDraftValue } from './hooks/useArticleDraft';
import { useFindings, type FindingsSource } from './findings-store';

/** The portal's usual categories, offered while typing (any other is allowed). */
const CATEGORY_SUGGESTIONS = ['Tin hoạt động', 'Chính trị', 'Kinh tế', 'Văn hóa - Xã hội', 'Quốc phòng - An ninh', 'Chỉ đạo điều hành', 'Hội đồng nhân dân'];

/** The screen's one level-one heading, for those who move by headings (the title itself is a text field). */
export function ArticleHeading({ draft }: { draft: ArticleDraft }) {
  const title = useDraftValue(draft, (state) => state.fields.title);
  return <h1 className="visually-hidden">Soạn bài: {title || 'bài chưa có tiêu đề'}</h1>;
}

interface Props {
  draft: ArticleDraft;
  readOnly: boolean;
  /** The checker's findings: those of spelling in the title and the lead are underlined there as in the body. */
  findings: FindingsSource;
  /** The body's toolbar and text, between the lead and the byline. */
  children: ReactNode;
}

/**
 * The article's fields around its body, in the order of the article: title, lead, (body), byline, categories and
 * tags. Typing codes expand in each; each keystroke goes to the draft, which saves and checks.
 */
export function ArticleFields({ draft, readOnly, findings, children }: Props) {
  const { office } = useOffice();
  const all = useFindings(findings);
  const marks = (field: 'title' | 'lead'): PlacedFinding[] => all.filter((finding) => finding.rule === 'spelling' && finding.field === field);
  const fields = useDraftValue(draft, (state) => state.fields);
  // As typed (with its commas and spaces); the draft keeps the list.
  const [categories, setCategories] = useState(fields.categories.join(', '));
  const [tags, setTags] = useState(fields.tags.join(', '));
  const codeText = (code: string): string | undefined => office?.codes.find((entry) => entry.code === code)?.text;
  return (
    <>
      <label className="visually-hidden" htmlFor="article-title">
        Tiêu đề
      </label>
      <UnderlinedTextArea
        ranges={marks('title')}
        id="article-title"
        readOnly={readOnly}
        className="title-input"
        rows={1}
        placeholder="Tiêu đề bài viết"
        value={fields.title}
        onChange={(event) => draft.setText('title', valueWithCodes(event.target, codeText).replace(/\n/g, ' '))}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            document.getElementById('article-lead')?.focus();
          }
        }}
      />
      <label className="field-label" htmlFor="article-lead">
        Sapo
      </label>
      <UnderlinedTextArea
        ranges={marks('lead')}
        id="article-lead"
        readOnly={readOnly}
        className="lead-input"
        rows={3}
        placeholder="Đoạn mở đầu in đậm: thời gian, nơi, sự kiện (ví dụ «Chiều 29/1, …»)"
        value={fields.lead}
        onChange={(event) => draft.setText('lead', valueWithCodes(event.target, codeText))}
      />
      {children}
      <label className="field-label" htmlFor="article-byline">
        Tác giả bài viết (dòng ký tên cuối bài)
      </label>
      <input
        id="article-byline"
        readOnly={readOnly}
        className="byline-input"
        placeholder="Tên người viết, người chụp ảnh"
        value={fields.byline}
        onChange={(event) => draft.setText('byline', valueWithCodes(event.target, codeText))}
      />
      <label className="field-label" htmlFor="article-categories">
        Chuyên mục (cách nhau bởi dấu phẩy)
      </label>
      <input
        id="article-categories"
        readOnly={readOnly}
        className="categories-input"
        list="category-suggestions"
        placeholder="Chọn chuyên mục trên cổng (ví dụ: Tin hoạt động)"
        value={categories}
        onChange={(event) => {
          setCategories(event.target.value);
          draft.setList('categories', event.target.value);
        }}
      />
      <label className="field-label" htmlFor="article-tags">
        Thẻ, từ khóa trên cổng (cách nhau bởi dấu phẩy)
      </label>
      <input
        id="article-tags"
        readOnly={readOnly}
        className="categories-input"
        placeholder="Không bắt buộc (ví dụ: HĐND tỉnh, tiếp xúc cử tri)"
        value={tags}
        onChange={(event) => {
          setTags(event.target.value);
          draft.setList('tags', event.target.value);
        }}
      />
      <datalist id="category-suggestions">
        {CATEGORY_SUGGESTIONS.map((item) => (
          <option key={item} value={item} />
        ))}
      </datalist>
    </>
  );
}
