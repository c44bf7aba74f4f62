import type { EmbeddingModel, LanguageModel } from 'ai';
import type { PipelineEvent } from '@tenets/core';
import type { CliContext } from '../cli/context.ts';

export interface ModelFlags {
  model?: string;
  embeddingModel?: string;
  baseUrl?: string;
  offline?: boolean;
  concurrency?: number;
  rpm?: number;
  tpm?: number;
  timeout?: number;
  maxCost?: number;
  cache?: boolean;
  cacheDir?: string;
  resume?: boolean;
  batch?: boolean;
}

export interface OpenedModels {
  languageModel: LanguageModel | null;
  embeddingModel: EmbeddingModel | null;
  names: { language?: string; embedding?: string };
  costByStage?: () => Record<string, number>;
  withStage<T>(work: () => Promise<T>): Promise<T>;
  onPipelineEvent(event: PipelineEvent): void;
  close(): Promise<void>;
}

/** Resolves flags, env and config into models (or the offline engine). */
export async function openModels(_flags: ModelFlags, _context: CliContext): Promise<OpenedModels> {
  return {
    languageModel: null,
    embeddingModel: null,
    names: {},
    withStage: (work) => work(),
    onPipelineEvent() {},
    async close() {},
  };
}
