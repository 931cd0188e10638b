import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import type { Notice } from '../../shared/api/contract';
import { call, errorMessage, NEEDS_PROFILE_EVENT, onAppEvent } from './api';
import { deliverFile, holdCommand, holdFile, runCommand, undoOrRedo } from './desktop/commands';
import { useToast } from './components/toast';
import type { Profile } from '../../shared/workflow/model';
import { ChooseProfileContext, ProfileContext } from './workflow/profile-context';
import { startProfiles } from './workflow/start-profile';
import { ProfilesDialog, profileLabel } from './workflow/ProfilesDialog';
import { ToastProvider } from './components/toast';
import { LibraryView } from './library/LibraryView';
import { navigate, useRoute } from './route';
import { TrashView } from './trash/TrashView';
import { OfficeProvider } from './office/office-context';

// The editor (TipTap, ProseMirror) loads when the first article opens, so the library comes up fast; started on
// an article's address, main.tsx loads it before the first render (loadEditor), and it is used at once.
let editorModule: typeof import('./editor/EditorView') | null = null;
export const loadEditor = () => import('./editor/EditorView').then((module) => (editorModule = module));

/**
 * The editor's screen once its code is here. One component type from its first render on: switching from a lazy
 * wrapper to the loaded module on a later render of the app would mount the editor a second time (its undo
 * history gone, the text read again), which happened when an article was opened from the library.
 */
function EditorRoute(props: { id: string }) {
  const [module, setModule] = useState(editorModule);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (module) return;
    let cancelled = false;
    loadEditor().then(
      (loaded) => !cancelled && setModule(loaded),
      () => !cancelled && setFailed(true),
    );
    return () => {
      cancelled = true;
    };
  }, [module]);
  if (failed) {
    return (
      <p className="loading" role="alert">
        Không tải được trình soạn thảo. Hãy đóng rồi mở lại ứng dụng; bài viết vẫn còn nguyên.
      </p>
    );
  }
  if (!module) return <p className="loading">Đang mở trình soạn thảo…</p>;
  return <module.EditorView {...props} />;
}
const ArchiveView = lazy(() => import('./archive/ArchiveView').then((module) => ({ default: module.ArchiveView })));
const TemplatesView = lazy(() => import('./templates/TemplatesView').then((module) => ({ default: module.TemplatesView })));
const PhotoDesk = lazy(() => import('./photos/PhotoDesk').then((module) => ({ default: module.PhotoDesk })));
const SignOffSheet = lazy(() => import('./workflow/SignOffSheet').then((module) => ({ default: module.SignOffSheet })));
const DirectoryView = lazy(() => import('./office/DirectoryView').then((module) => ({ default: module.DirectoryView })));
const SettingsView = lazy(() => import('./settings/SettingsView').then((module) => ({ default: module.SettingsView })));

/** Commands from the desktop app's menu and files it opens, handed to the screen that carries them out. */
function DesktopEvents() {
  const toast = useToast();
  useEffect(() => {
    const stopCommands = onAppEvent('app.command', ({ command }) => {
      if (command === 'edit.undo' || command === 'edit.redo') return undoOrRedo(command === 'edit.undo' ? 'undo' : 'redo');
      if (runCommand(command)) return;
      if (command === 'article.new' || command === 'edit.find') {
        // The library does these: it opens and carries out the command when it is shown.
        holdCommand(command);
        navigate({ view: 'library' });
      } else toast.show('Hãy mở một bài viết trước.');
    });
    const stopFiles = onAppEvent('app.openFile', ({ fileName, bytes, intent }) => {
      const file = new File([bytes as BlobPart], fileName);
      if (deliverFile(intent, file)) return;
      if (intent === 'insert') return toast.show('Hãy mở bài viết cần chèn trước.');
      holdFile('open', file);
      navigate({ view: 'library' });
    });
    return () => {
      stopCommands();
      stopFiles();
    };
  }, [toast]);
  return null;
}

export function App() {
  const route = useRoute();
  const [notices, setNotices] = useState<Notice[]>([]);
  // The revision of the list on screen: a list older than it (an answer to app.info asked before a notice's event
  // came, arriving after it) would take that notice away again, and is not shown.
  const noticesRevision = useRef(-Infinity);
  const showNotices = useCallback((list: Notice[], revision: number) => {
    if (revision < noticesRevision.current) return;
    noticesRevision.current = revision;
    setNotices(list);
  }, []);
  const [readOnly, setReadOnly] = useState(false);
  const [profile, setProfile] = useState<Profile | null>(() => startProfiles().profile);
  const [hasProfiles, setHasProfiles] = useState(() => startProfiles().hasProfiles);
  const [editingProfile, setEditingProfile] = useState(false);
  const askedOnce = useRef(false);
  const [startError, setStartError] = useState<string | null>(null);

  const refreshInfo = useCallback(async () => {
    try {
      const info = await call('app.info', {});
      showNotices(info.notices, info.noticesRevision);
      setReadOnly(info.readOnly);
      const profiles = await call('profiles.list', {});
      setHasProfiles(profiles.profiles.length > 0);
      const current = profiles.profiles.find((item) => item.id === profiles.currentId) ?? null;
      setProfile(current);
      // Chosen at start: with none chosen, ask who is working — on the very first start too (no profile yet),
      // where the dialog opens on the form that makes the first one.
      if (!current && !askedOnce.current) {
        askedOnce.current = true;
        setEditingProfile(true);
      }
      setStartError(null);
    } catch (error) {
      setStartError(errorMessage(error));
    }
  }, [showNotices]);

  useEffect(() => {
    void refreshInfo();
  }, [refreshInfo, route]);
  // Notices that come up while the app runs (a damaged file found by a background job) show at once.
  useEffect(() => onAppEvent('app.notices', ({ notices: list, revision }) => showNotices(list, revision)), [showNotices]);

  const chooseProfile = useCallback(() => setEditingProfile(true), []);
  useEffect(() => {
    window.addEventListener(NEEDS_PROFILE_EVENT, chooseProfile);
    return () => window.removeEventListener(NEEDS_PROFILE_EVENT, chooseProfile);
  }, [chooseProfile]);

  const dismiss = async (id: string): Promise<void> => {
    await call('app.dismissNotice', { id }).catch(() => undefined);
    setNotices((list) => list.filter((notice) => notice.id !== id));
  };

  return (
    <ToastProvider>
      <OfficeProvider>
      <ProfileContext.Provider value={profile}>
      <ChooseProfileContext.Provider value={chooseProfile}>
      <div className="app">
        <DesktopEvents />
        <header className="topbar">
          <a className="brand" href="#/" aria-label="Tòa soạn — về thư viện bài viết">
            Tòa soạn
          </a>
          <nav className="topnav" aria-label="Điều hướng chính">
            <a href="#/" aria-current={route.view === 'library' ? 'page' : undefined}>
              Thư viện bài viết
            </a>
            <a href="#/mau-bai" aria-current={route.view === 'templates' ? 'page' : undefined}>
              Mẫu bài
            </a>
            <a href="#/danh-ba" aria-current={route.view === 'directory' ? 'page' : undefined}>
              Danh bạ
            </a>
            <a href="#/kho-bai" aria-current={route.view === 'archive' ? 'page' : undefined}>
              Kho bài trên cổng
            </a>
            <a href="#/thung-rac" aria-current={route.view === 'trash' ? 'page' : undefined}>
              Thùng rác
            </a>
            <a href="#/cai-dat" aria-current={route.view === 'settings' ? 'page' : undefined}>
              Cài đặt
            </a>
          </nav>
          <button type="button" className="profile-button" onClick={chooseProfile}>
            {/* The name a screen reader says contains what is seen (WCAG 2.5.3): «Hồ sơ làm việc: <who>». */}
            <span className="visually-hidden">Hồ sơ làm việc: </span>
            {profile ? profileLabel(profile) : hasProfiles ? 'Chọn hồ sơ' : 'Tạo hồ sơ'}
          </button>
        </header>
        {startError && (
          <div className="banner banner-error" role="alert">
            {startError}{' '}
            <button type="button" onClick={() => void refreshInfo()}>
              Thử lại
            </button>
          </div>
        )}
        {readOnly && (
          <div className="banner banner-error" role="alert">
            Thư viện đang ở chế độ chỉ đọc: mọi thay đổi sẽ không được lưu.
          </div>
        )}
        {notices.map((notice) => (
          <div key={notice.id} className={`banner banner-${notice.level}`} role={notice.level === 'info' ? 'status' : 'alert'}>
            <span>{notice.message}</span>
            <button type="button" onClick={() => void dismiss(notice.id)}>
              Đã hiểu
            </button>
          </div>
        ))}
        <main className="content">
          {route.view === 'library' && <LibraryView onOpen={(id) => navigate({ view: 'article', id })} />}
          {route.view === 'trash' && <TrashView />}
          {route.view === 'archive' && (
            <Suspense fallback={<p className="loading">Đang tải…</p>}>
              <ArchiveView />
            </Suspense>
          )}
          {route.view === 'print' && (
            <Suspense fallback={<p className="loading">Đang chuẩn bị bản in…</p>}>
              <SignOffSheet key={route.id} id={route.id} />
            </Suspense>
          )}
          {route.view === 'photos' && (
            <Suspense fallback={<p className="loading">Đang mở kho ảnh…</p>}>
              <PhotoDesk key={route.id} articleId={route.id} />
            </Suspense>
          )}
          {(route.view === 'templates' || route.view === 'directory' || route.view === 'settings') && (
            <Suspense fallback={<p className="loading">Đang tải…</p>}>
              {route.view === 'templates' ? <TemplatesView /> : route.view === 'directory' ? <DirectoryView /> : <SettingsView />}
            </Suspense>
          )}
          {route.view === 'article' && <EditorRoute key={route.id} id={route.id} />}
        </main>
        {editingProfile && (
          <ProfilesDialog
            onClose={() => setEditingProfile(false)}
            onChanged={(current) => {
              setProfile(current);
              setHasProfiles(true);
              setEditingProfile(false);
            }}
          />
        )}
      </div>
      </ChooseProfileContext.Provider>
      </ProfileContext.Provider>
      </OfficeProvider>
    </ToastProvider>
  );
}
