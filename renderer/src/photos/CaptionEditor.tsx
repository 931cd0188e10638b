import { useEffect, useRef, useState } from 'react';
import { formatDateTime } from '../../../shared/format/date';
import { sceneCaption, SPEAKER_ACTIONS, speakerCaption } from '../../../shared/media/captions';
import { photoPath } from '../../../shared/media/paths';
import type { Photo } from '../../../shared/media/model';
import { matchOfficials } from '../../../shared/office/match';
import type { Template, TemplateBinding } from '../../../shared/templates/model';
import { mediaUrl } from '../api';
import { useAddWord } from '../office/useAddWord';
import { UnderlinedTextArea } from '../components/FieldUnderlines';
import { useOffice } from '../office/office-context';
import { useStyleChecker } from '../office/useStyleChecker';

interface CaptionEditorProps {
  photo: Photo;
  /** The article's template and values: the same checker as the editor's (event date included). */
  template: Template | null;
  binding: TemplateBinding | null;
  /** Whether the caption box takes the focus when it opens (not when the person moves through the grid with arrows). */
  takeFocus: boolean;
  isCover: boolean;
  event: string;
  onSave: (edit: { caption?: string; credit?: string; alt?: string; starred?: boolean }) => Promise<boolean>;
  onNext: () => void;
  onMove: (delta: number) => void;
  onCover: () => void;
  onDelete: () => void;
}

export function CaptionEditor({ photo, template, binding, takeFocus, isCover, event, onSave, onNext, onMove, onCover, onDelete }: CaptionEditorProps) {
  const { office } = useOffice();
  const addWord = useAddWord();
  const [caption, setCaption] = useState(photo.caption);
  const [credit, setCredit] = useState(photo.credit);
  const [alt, setAlt] = useState(photo.alt);
  const [person, setPerson] = useState('');
  const [action, setAction] = useState(SPEAKER_ACTIONS[0]);
  const [eventText, setEventText] = useState(event);
  const captionRef = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    if (takeFocus) captionRef.current?.focus();
    // Only when it opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const checker = useStyleChecker(template, binding);
  const findings = checker ? checker.checkArticle({ title: '', lead: '', blocks: [caption], byline: '' }) : [];
  const people = person.trim() ? matchOfficials(office?.officials ?? [], person, 5) : [];

  const save = async (): Promise<boolean> => {
    if (caption === photo.caption && credit === photo.credit && alt === photo.alt) return true;
    return onSave({ caption, credit, alt });
  };

  return (
    <div className="caption-editor">
      <img className="photo-preview" src={mediaUrl(photoPath(photo, 'web'))} alt={photo.alt || ''} />
      <p className="hint">
        {photo.fileName} · {photo.width}×{photo.height}
        {photo.takenAt ? ` · chụp lúc ${formatDateTime(photo.takenAt)}` : ''}
        {photo.camera ? ` · ${photo.camera}` : ''}
      </p>
      <label className="field-caption" htmlFor="photo-caption">
        Chú thích (Enter: lưu và sang ảnh sau)
      </label>
      <UnderlinedTextArea
        ranges={findings.filter((finding) => finding.rule === 'spelling')}
        id="photo-caption"
        ref={captionRef}
        rows={3}
        value={caption}
        onChange={(changed) => setCaption(changed.target.value)}
        onBlur={() => void save()}
        onKeyDown={(pressed) => {
          if (pressed.key === 'Enter' && !pressed.shiftKey) {
            pressed.preventDefault();
            void save().then((ok) => ok && onNext());
          }
        }}
      />
      {findings.length > 0 && (
        <ul className="finding-list" aria-label="Lỗi văn phong, chính tả trong chú thích">
          {findings.map((finding, index) => (
            <li key={index} className={`finding finding-${finding.rule === 'spelling' ? 'spelling' : finding.severity}`}>
              <span>{finding.message}</span>
              {finding.suggestion !== null && (
                <button type="button" onClick={() => setCaption(caption.slice(0, finding.start) + finding.suggestion + caption.slice(finding.end))}>
                  Sửa
                </button>
              )}
              {finding.rule === 'spelling' && !/\s/u.test(finding.text) && (
                <button type="button" onClick={() => void addWord(finding.text)} aria-label={`Thêm vào từ điển của cơ quan: «${finding.text}»`}>
                  Thêm vào từ điển
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <details className="caption-helpers">
        <summary>Mẫu chú thích</summary>
        <div className="field">
          <label className="field-caption" htmlFor="caption-person">
            Người trong ảnh (từ danh bạ)
          </label>
          <input id="caption-person" value={person} onChange={(changed) => setPerson(changed.target.value)} placeholder="Gõ vài chữ của tên" />
          {people.length > 0 && (
            <ul className="people-menu inline" role="listbox" aria-label="Chọn người trong ảnh">
              {people.map((official) => (
                <li
                  key={official.id}
                  role="option"
                  aria-selected={false}
                  className="people-menu-item"
                  onMouseDown={(pressed) => {
                    pressed.preventDefault();
                    setCaption(speakerCaption(official, action, eventText));
                    setPerson('');
                  }}
                >
                  <strong>{official.name}</strong>
                  <span>{official.titles.join(', ')}</span>
                </li>
              ))}
            </ul>
          )}
        </div>
        <div className="toolbar-row">
          <select aria-label="Hành động" value={action} onChange={(changed) => setAction(changed.target.value)}>
            {SPEAKER_ACTIONS.map((item) => (
              <option key={item}>{item}</option>
            ))}
          </select>
          <input aria-label="Sự kiện" value={eventText} onChange={(changed) => setEventText(changed.target.value)} />
        </div>
        <div className="toolbar-row">
          <button type="button" onClick={() => setCaption(sceneCaption('Toàn cảnh', eventText))}>
            Toàn cảnh {eventText}
          </button>
          <button type="button" onClick={() => setCaption(sceneCaption('Quang cảnh', eventText))}>
            Quang cảnh {eventText}
          </button>
        </div>
      </details>
      <label className="field-caption" htmlFor="photo-credit">
        Tác giả ảnh
      </label>
      <input id="photo-credit" value={credit} onChange={(changed) => setCredit(changed.target.value)} onBlur={() => void save()} placeholder="Tên người chụp" />
      <label className="field-caption" htmlFor="photo-alt">
        Mô tả ảnh cho người khiếm thị (bắt buộc trước khi gửi duyệt)
      </label>
      <textarea id="photo-alt" rows={2} value={alt} onChange={(changed) => setAlt(changed.target.value)} onBlur={() => void save()} placeholder="Tả điều người xem thấy trong ảnh, cho người khiếm thị" />
      <div className="toolbar-row">
        <button type="button" aria-pressed={photo.starred} onClick={() => void onSave({ starred: !photo.starred })}>
          {photo.starred ? '★ Đã chọn' : '☆ Chọn ảnh này'}
        </button>
        <button type="button" onClick={onCover} disabled={isCover}>
          {isCover ? 'Là ảnh đại diện' : 'Đặt làm ảnh đại diện'}
        </button>
        <button type="button" aria-label="Đưa ảnh lên trước" title="Alt+← trên ảnh; hoặc kéo ảnh trong lưới" onClick={() => onMove(-1)}>
          ← Trước
        </button>
        <button type="button" aria-label="Đưa ảnh ra sau" title="Alt+→ trên ảnh; hoặc kéo ảnh trong lưới" onClick={() => onMove(1)}>
          Sau →
        </button>
        <button type="button" className="quiet danger-text" onClick={onDelete}>
          Xóa ảnh
        </button>
      </div>
    </div>
  );
}
