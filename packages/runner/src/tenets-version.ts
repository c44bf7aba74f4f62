export { tenetsVersion } from '@tenets/store/version';
