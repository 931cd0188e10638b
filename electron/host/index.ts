import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServices } from '../services/services';
import { defaultDataDir } from '../services/default-data-dir';
import { APP_VERSION } from '../../shared/version';
import { startHost } from './http-host';
import { onNextFreePort } from './next-free-port';
import { openInBrowser } from './open-browser';

/**
 * `npm run web`: the same services and renderer bundle as the desktop app, on 127.0.0.1.
 * Options: --data-dir DIR (or TOASOAN_DATA_DIR), --port N (or TOASOAN_PORT; 0 = any free port; without
 * either, 4780 or the next free one), --open (open the address in the system's browser; `npm start` uses it).
 */
const USUAL_PORT = 4780;
const PORTS_TRIED = 20;
function option(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

async function main(): Promise<void> {
  const dataDir = option('data-dir') ?? defaultDataDir();
  const chosenPort = option('port') ?? process.env.TOASOAN_PORT;
  const port = Number(chosenPort ?? USUAL_PORT);
  const staticDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'renderer');
  const services = await createServices({ dataDir, appVersion: APP_VERSION });
  services.start();
  let host;
  try {
    const start = (on: number) => startHost({ handlers: services.handlers, sessions: services.sessions, events: services.events, notices: () => services.notices.current(), staticDir, port: on, mediaFile: services.mediaFile, firstScreen: services.firstScreen });
    // The usual port, or the next free one when another program (or a second copy) holds it.
    host = await (chosenPort === undefined ? onNextFreePort(start, port, PORTS_TRIED) : start(port));
  } catch (error) {
    const code = (error as { code?: string }).code;
    console.error(
      code === 'EADDRINUSE'
        ? `Cổng ${port} đang được dùng. Hãy đóng chương trình đang dùng cổng đó hoặc chọn cổng khác: npm run web -- --port 4781`
        : `Không khởi động được máy chủ cục bộ: ${String(error)}`,
    );
    await services.close();
    process.exit(1);
  }
  console.log(`Tòa soạn đang chạy trong trình duyệt tại: ${host.openUrl}`);
  console.log(`Thư mục dữ liệu: ${dataDir}`);
  console.log(`TOASOAN_URL=${host.openUrl}`);
  if (process.argv.includes('--open') && !openInBrowser(host.openUrl)) console.log('Hãy mở địa chỉ trên trong trình duyệt.');
  console.log('Nhấn Ctrl+C để dừng.');

  let stopping = false;
  const stop = async (): Promise<void> => {
    if (stopping) return;
    stopping = true;
    await host.close();
    await services.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

void main();
