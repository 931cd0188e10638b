export { installedElectron as electronBinary } from '../../../electron/launch/electron-binary';
