export { contentId } from './content-id.ts';
