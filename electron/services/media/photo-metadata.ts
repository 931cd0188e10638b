import exifReader from 'exif-reader';
import { spawn, type ChildProcess } from 'node:child_process';
import { DefaultExiftoolArgs, ExifTool, exiftoolPath, type Tags } from 'exiftool-vendored';

/** What a photo already says about itself: taken when, with what, and a caption or credit another tool wrote. */
export interface ReadMetadata {
  takenAt: number | null;
  camera: string;
  caption: string;
  credit: string;
  /** The alt text we write into our own web copies (XMP), when there is one. */
  alt: string;
}

export interface WrittenMetadata {
  caption: string;
  credit: string;
  alt: string;
}

function first(...values: unknown[]): string {
  for (const value of values) {
    if (Array.isArray(value) && value.length) return String(value[0]).normalize('NFC').trim();
    if (typeof value === 'string' && value.trim()) return value.normalize('NFC').trim();
  }
  return '';
}

/**
 * What EXIF alone says (date, camera, a description or artist a camera wrote), read in-process. For a
 * photo without IPTC or XMP this is all there is, and it spares a round trip to exiftool per photo.
 */
export function metadataFromExif(exif: Buffer | undefined): ReadMetadata {
  const empty: ReadMetadata = { takenAt: null, camera: '', caption: '', credit: '', alt: '' };
  if (!exif) return empty;
  try {
    const tags = exifReader(exif);
    const taken = tags.Photo?.DateTimeOriginal ?? tags.Image?.DateTime;
    // EXIF dates carry no zone: the reader gives the wall-clock time as UTC; keep it as local wall-clock time.
    const takenAt =
      taken instanceof Date && !Number.isNaN(taken.getTime())
        ? new Date(taken.getUTCFullYear(), taken.getUTCMonth(), taken.getUTCDate(), taken.getUTCHours(), taken.getUTCMinutes(), taken.getUTCSeconds()).getTime()
        : null;
    const make = first(tags.Image?.Make);
    const model = first(tags.Image?.Model);
    return {
      takenAt,
      camera: model.startsWith(make) ? model : [make, model].filter(Boolean).join(' '),
      caption: first(tags.Image?.ImageDescription),
      credit: first(tags.Image?.Artist),
      alt: '',
    };
  } catch {
    return empty;
  }
}

/**
 * exiftool in -stay_open mode polls a closed input for ever instead of exiting, so a killed app would leave it
 * behind. On Linux and macOS it runs under this small Perl watchdog: it starts exiftool, passes a TERM on, and
 * kills exiftool as soon as its own parent (the app) is gone. (Windows' exiftool.exe is left as it is.)
 */
const WATCHDOG = [
  'use POSIX ":sys_wait_h";',
  'my $parent = getppid();',
  'my $pid = fork();',
  'die "fork: $!" unless defined $pid;',
  'if ($pid == 0) { exec($^X, @ARGV) or die "exec: $!"; }',
  '$SIG{TERM} = sub { kill "TERM", $pid; exit 0 };',
  'while (1) {',
  '  if (waitpid($pid, WNOHANG) > 0) { exit($? >> 8); }',
  '  if (getppid() != $parent) { kill "KILL", $pid; exit 0; }',
  '  select(undef, undef, undef, 0.25);',
  '}',
].join('\n');

function watchedExiftool(env: NodeJS.ProcessEnv): (() => Promise<ChildProcess>) | undefined {
  if (process.platform === 'win32') return undefined;
  return async () => spawn('perl', ['-e', WATCHDOG, await exiftoolPath(), ...DefaultExiftoolArgs], { stdio: 'pipe', shell: false, detached: false, env: { ...process.env, ...env, LANG: 'C' } });
}

/** Reads and writes photo metadata (EXIF, IPTC, XMP) through a pool of long-running exiftool processes. */
export class PhotoMetadata {
  private readonly exiftool: ExifTool;

  constructor(env: NodeJS.ProcessEnv = {}) {
    const processFactory = watchedExiftool(env);
    // Idle exiftool processes end after 10 s as well.
    this.exiftool = new ExifTool({ maxProcs: 2, ignoreMinorErrors: true, taskTimeoutMillis: 30_000, maxIdleMsPerProcess: 10_000, exiftoolEnv: env, ...(processFactory ? { processFactory } : {}) });
  }

  async read(path: string): Promise<ReadMetadata> {
    // -fast2: the tags we want are in the headers; do not scan a 20 MB file to its end.
    const tags = (await this.exiftool.read(path, { readArgs: ['-fast2'] })) as Tags & Record<string, unknown>;
    const taken = tags.DateTimeOriginal ?? tags.CreateDate;
    let takenAt: number | null = null;
    if (taken && typeof taken === 'object' && 'toMillis' in taken && typeof taken.toMillis === 'function') {
      const millis = (taken as { toMillis(): number | undefined }).toMillis();
      takenAt = typeof millis === 'number' && Number.isFinite(millis) ? millis : null;
    }
    const make = first(tags.Make);
    const model = first(tags.Model);
    return {
      takenAt,
      camera: model.startsWith(make) ? model : [make, model].filter(Boolean).join(' '),
      caption: first(tags['Caption-Abstract'], tags.Description, tags.ImageDescription),
      credit: first(tags['By-line'], tags.Creator, tags.Artist, tags.Credit),
      alt: first(tags.AltTextAccessibility),
    };
  }

  /** Caption, credit and alt text into the file's IPTC (flagged UTF-8) and XMP, in place. */
  async write(path: string, data: WrittenMetadata): Promise<void> {
    await this.exiftool.write(
      path,
      {
        'IPTC:CodedCharacterSet': 'UTF8',
        'IPTC:Caption-Abstract': data.caption,
        'XMP-dc:Description': data.caption,
        'IPTC:By-line': data.credit,
        'XMP-dc:Creator': data.credit ? [data.credit] : [],
        'IPTC:Credit': data.credit,
        'XMP-photoshop:Credit': data.credit,
        'XMP-iptcCore:AltTextAccessibility': data.alt,
      } as never,
      { writeArgs: ['-overwrite_original'], ignoreMinorErrors: true },
    );
  }

  close(): Promise<void> {
    return this.exiftool.end();
  }
}
