import type { LanguageModelV4StreamPart } from '@ai-sdk/provider';
import type { LanguageModelMiddleware } from 'ai';
import { currentCallScope } from '../meter/call-scope.ts';
import { unattributedStage } from '../meter/usage-meter.ts';
import { estimateLanguageCall, languageTokens } from './language-usage.ts';
import { runControlledCall, type CallControls } from './run-controlled-call.ts';

/**
 * Budget, concurrency, RPM/TPM, timeout, retries and metering around every network call of a language
 * model. Streams are admitted and retried while opening; their usage is booked when they finish.
 */
export function languageCallMiddleware(controls: CallControls): LanguageModelMiddleware {
  let outputTokensSeen = 0;
  let repliesSeen = 0;
  const observedOutput = () => (repliesSeen === 0 ? undefined : Math.ceil(outputTokensSeen / repliesSeen));
  const observe = (outputTokens: number) => {
    outputTokensSeen += outputTokens;
    repliesSeen += 1;
  };
  return {
    specificationVersion: 'v4',
    async wrapGenerate({ params, model }) {
      const result = await runControlledCall(controls, {
        estimate: estimateLanguageCall(params, observedOutput()),
        signal: params.abortSignal,
        run: (signal) => model.doGenerate({ ...params, abortSignal: signal }),
        tokensOf: (reply) => languageTokens(reply.usage),
      });
      observe(languageTokens(result.usage).outputTokens);
      return result;
    },
    async wrapStream({ params, model }) {
      const stage = currentCallScope().stage ?? unattributedStage;
      const opened = await runControlledCall(controls, {
        estimate: estimateLanguageCall(params, observedOutput()),
        signal: params.abortSignal,
        run: (signal) => model.doStream({ ...params, abortSignal: signal }),
        // Usage is only known at the end of the stream; it is booked below.
        tokensOf: () => ({ inputTokens: 0, outputTokens: 0 }),
      });
      const meterStream = new TransformStream<LanguageModelV4StreamPart, LanguageModelV4StreamPart>({
        transform(part, controller) {
          if (part.type === 'finish') {
            const tokens = languageTokens(part.usage);
            observe(tokens.outputTokens);
            controls.meter.addTokens(stage, controls.model, tokens);
          }
          controller.enqueue(part);
        },
      });
      return { ...opened, stream: opened.stream.pipeThrough(meterStream) };
    },
  };
}
