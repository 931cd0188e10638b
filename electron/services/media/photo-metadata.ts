import exifReader from 'exif-reader';
import { ExifTool, type Tags } from 'exiftool-vendored';

/** What a photo already says about itself: taken when, with what, and a caption or credit another tool wrote. */
export interface ReadMetadata {
  takenAt: number | null;
  camera: string;
  caption: string;
  credit: string;
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
  const empty: ReadMetadata = { takenAt: null, camera: '', caption: '', credit: '' };
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
    };
  } catch {
    return empty;
  }
}

/** Reads and writes photo metadata (EXIF, IPTC, XMP) through a pool of long-running exiftool processes. */
export class PhotoMetadata {
  // Idle exiftool processes end after 10 s: if the app is killed, exiftool (which polls its closed input
  // forever rather than exit) is seldom left behind.
  private readonly exiftool = new ExifTool({ maxProcs: 2, ignoreMinorErrors: true, taskTimeoutMillis: 30_000, maxIdleMsPerProcess: 10_000 });

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
