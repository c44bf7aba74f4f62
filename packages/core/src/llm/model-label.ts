import type { EmbeddingModel, LanguageModel } from 'ai';

/** `provider/model` for a model object, the id itself for a gateway string. */
export function modelLabel(model: LanguageModel | EmbeddingModel): string {
  if (typeof model === 'string') return model;
  return `${model.provider}/${model.modelId}`;
}
