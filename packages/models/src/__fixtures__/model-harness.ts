import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import type { ModelSettings } from '../config/model-settings.ts';
import { resolveModelConfig } from '../config/resolve-model-config.ts';
import { createModelRuntime, type ModelRuntime, type ModelRuntimeOptions } from '../runtime/create-model-runtime.ts';
import { createLoopbackServer } from '../test/loopback-server.ts';
import type { LoopbackServer, LoopbackServerOptions } from '../test/loopback-types.ts';

/** A secret that must never show up in the cache file or recorded requests. */
export const testApiKey = 'sk-test-5ecret-never-stored';

/** A grounding-like answer shape. */
export const aspectListSchema = z.object({
  aspects: z.array(z.object({ behaviour: z.string(), sign: z.enum(['positive', 'negative']), evidence: z.string() })),
});

export interface ModelHarness {
  server: LoopbackServer;
  directory: string;
  /** A runtime over the server, sharing the harness's cache directory. Closed by `dispose`. */
  runtime(settings?: ModelSettings, options?: ModelRuntimeOptions, env?: Record<string, string>): ModelRuntime;
  dispose(): Promise<void>;
}

/** Loopback server + temp cache directory + runtimes pointed at both, with fast retry settings. */
export async function createModelHarness(serverOptions: LoopbackServerOptions = {}): Promise<ModelHarness> {
  const server = await createLoopbackServer(serverOptions);
  const directory = await mkdtemp(path.join(tmpdir(), 'tenets-models-'));
  const runtimes: ModelRuntime[] = [];
  return {
    server,
    directory,
    runtime(settings = {}, options = {}, env = { OPENAI_API_KEY: testApiKey }) {
      const config = resolveModelConfig({
        cwd: directory,
        env,
        flags: { model: 'openai:gpt-4.1-mini', baseURL: server.url, retryBaseDelayMs: 10, retryMaxDelayMs: 2000, ...settings },
      });
      const runtime = createModelRuntime(config, { random: () => 0.5, ...options });
      runtimes.push(runtime);
      return runtime;
    },
    async dispose() {
      for (const runtime of runtimes) await runtime.close();
      await server.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}
