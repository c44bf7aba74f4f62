export { generateBlobs, type Blobs, type GenerateBlobsOptions } from './generate-blobs.ts';
