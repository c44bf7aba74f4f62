import { describe, expect, it } from 'vitest';
import { reply, roleModel, userTextOf } from '../__fixtures__/role-models.ts';
import type { PrincipleScope } from '../schemas/principle-scope.ts';
import { generateCategories } from './generate-categories.ts';
import { generateOutOfScopePrompts } from './generate-out-of-scope-prompts.ts';
import { generateScopedPrompts } from './generate-scoped-prompts.ts';

const scope: PrincipleScope = { principleId: 'pri_1', principle: 'No emojis in emails to my boss.', domain: 'emails to the boss', effect: 'use no emojis', polarity: 'avoid', source: 'model' };
const category = { principleId: 'pri_1', name: 'Workplace writing', description: 'Messages written at work.' };

describe('generateCategories', () => {
  it('asks for the domain only and drops repeated names', async () => {
    const model = roleModel('generator-1', () => ({ json: { categories: [{ name: 'Workplace writing', description: 'a' }, { name: 'workplace writing', description: 'b' }, { name: 'Family chat', description: 'c' }] } }));
    const result = await generateCategories({ scope, model, count: 3 });
    expect(result.categories.map((entry) => entry.name)).toEqual(['Workplace writing', 'Family chat']);
    expect(result.warnings).toEqual(['Principle pri_1: 2 distinct categories of 3 asked for.']);
    expect(userTextOf(model.doGenerateCalls[0]!)).not.toContain('No emojis in emails to my boss.');
    expect(model.doGenerateCalls[0]!.temperature).toBe(0.7);
  });
});

describe('generateScopedPrompts', () => {
  it('asks several prompts per call, shows what is written already, and tops up a short reply once', async () => {
    const model = roleModel('generator-1', ({ index }) => ({ json: { prompts: index === 0 ? ['p1', 'p2', 'p3'] : index === 1 ? ['p4'] : ['p5'] } }));
    const result = await generateScopedPrompts({ scope, category, kind: 'near', model, count: 5, perCall: 3 });
    expect(result.prompts.map((prompt) => prompt.prompt)).toEqual(['p1', 'p2', 'p3', 'p4', 'p5']);
    expect(result.calls).toBe(3);
    expect(result.prompts[0]).toMatchObject({ principleId: 'pri_1', scope: 'near', category: 'Workplace writing', origin: { kind: 'generated', feedbackIds: [] } });
    expect(userTextOf(model.doGenerateCalls[1]!)).toContain('Already written (do not repeat):\n<prompt>\np1\n</prompt>');
    expect(userTextOf(model.doGenerateCalls[1]!)).toContain('Write 2 prompts near the domain but outside it.');
  });

  it('counts an unusable reply as a failure and makes no top-up after it', async () => {
    const model = roleModel('generator-1', () => reply('1. first prompt\n2. second prompt'));
    const result = await generateScopedPrompts({ scope, category, kind: 'in', model, count: 2 });
    expect(result.prompts).toEqual([]);
    expect(result.failures).toMatchObject([{ step: 'prompts', role: 'generator', itemId: 'pri_1/in/Workplace writing', reason: 'parse_error', rawText: '1. first prompt\n2. second prompt' }]);
  });
});

describe('generateOutOfScopePrompts', () => {
  it('gives each call its own topics and uses the topic as category', async () => {
    const model = roleModel('generator-1', ({ text }) => {
      const topic = /Topics: ([^,]+),/.exec(text)![1]!;
      return { json: { prompts: [{ topic, prompt: `About ${topic} A` }, { topic, prompt: `About ${topic} B` }, { topic, prompt: 'extra' }] } };
    });
    const result = await generateOutOfScopePrompts({ scope, model, count: 3, perCall: 2, concurrency: 1 });
    expect(result.prompts.map((prompt) => `${prompt.category}: ${prompt.prompt}`)).toEqual(['cooking: About cooking A', 'cooking: About cooking B', 'travel planning: About travel planning A']);
    expect(userTextOf(model.doGenerateCalls[1]!)).toMatchInlineSnapshot(`
      "Domain to stay away from:
      <behaviour>
      emails to the boss
      </behaviour>

      Topics: travel planning, sports, music.

      Write 1 prompts."
    `);
  });
});
