/** A process that starts exiftool through the photo metadata reader, says so, and waits to be killed. */
import { PhotoMetadata } from '../../../electron/services/media/photo-metadata';

const [photo, marker] = process.argv.slice(2);
const metadata = new PhotoMetadata({ TOASOAN_EXIFTOOL_OWNER: marker });
await metadata.read(photo);
process.stdout.write('ready\n');
setInterval(() => undefined, 60_000);
