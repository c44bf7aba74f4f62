export { tenetsVersion } from '@tenets/store';
