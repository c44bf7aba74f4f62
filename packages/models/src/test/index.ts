export { createLoopbackServer } from './loopback-server.ts';
export { exampleFromJsonSchema } from './example-from-json-schema.ts';
export { deterministicEmbedding, messagesText } from './wire-format.ts';
export type {
  ChatCompletionRequest,
  ChatFault,
  ChatHandler,
  ChatHandlerContext,
  ChatReply,
  LoopbackServer,
  LoopbackServerOptions,
  RecordedRequest,
} from './loopback-types.ts';
