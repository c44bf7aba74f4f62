import type { LanguageModel } from 'ai';

/** `provider/model` for a model object, the id itself for a gateway string: what records and manifests show. */
export function modelId(model: LanguageModel): string {
  return typeof model === 'string' ? model : `${model.provider}/${model.modelId}`;
}
