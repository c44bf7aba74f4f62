import type { Metric } from '@tenets/core';
import { describe, expect, it } from 'vitest';
import { parsePromptfooAssertions, safeParsePromptfooAssertions } from './parse-promptfoo-assertions.ts';
import { renderPromptfooAssertions, toPromptfooAssertions } from './render-promptfoo-assertions.ts';
import { rubricsJsonFileSchema, toRubricsJson } from './rubrics-json.ts';

const metric = (id: string, name: string, extra: Partial<Metric> = {}): Metric => ({
  id,
  name,
  definition: `Whether the agent handles ${name.toLowerCase()} well.`,
  applicability: 'A control on the page is disabled.',
  goodExamples: [{ aspectId: 'asp_1', feedbackId: 'f1', behaviour: 'filled the required field before clicking' }],
  badExamples: [
    { aspectId: 'asp_2', feedbackId: 'f2', behaviour: 'clicked the disabled button three times' },
    { aspectId: 'asp_3', feedbackId: 'f3', behaviour: 'typed {{ user.name }} into the\nsearch box' },
  ],
  supportingAspectIds: ['asp_1', 'asp_2', 'asp_3'],
  clusterIds: ['clu_1'],
  prevalence: 0.25,
  signBalance: { positive: 1, negative: 2 },
  engine: 'llm',
  version: 1,
  ...extra,
});
const metrics = [metric('met_a', 'Disabled controls'), metric('met_b', 'Answer verification', { applicability: undefined, goodExamples: [] })];

describe('promptfoo export', () => {
  it('writes llm-rubric assertions that round-trip through YAML and match the assertion shape', () => {
    const yaml = renderPromptfooAssertions(metrics, { threshold: 0.6, provider: 'openai:gpt-4.1-mini' });
    const parsed = parsePromptfooAssertions(yaml);
    expect(parsed.defaultTest.assert).toEqual(toPromptfooAssertions(metrics, { threshold: 0.6, provider: 'openai:gpt-4.1-mini' }));
    expect(parsed.defaultTest.assert.map((assertion) => [assertion.type, assertion.metric, assertion.threshold, assertion.provider])).toEqual([
      ['llm-rubric', 'Disabled controls', 0.6, 'openai:gpt-4.1-mini'],
      ['llm-rubric', 'Answer verification', 0.6, 'openai:gpt-4.1-mini'],
    ]);
  });

  it('puts definition, applicability, the N/A rule and real examples in the rubric text, with template syntax escaped', () => {
    const [first, second] = toPromptfooAssertions(metrics);
    expect(first!.value).toMatchInlineSnapshot(`
      "Metric: Disabled controls

      What it measures: Whether the agent handles disabled controls well.

      When it applies: A control on the page is disabled.
      If this metric is not applicable to the output, pass with reason 'not applicable'.

      Examples of doing well (real behaviours users praised):
      - filled the required field before clicking

      Examples of doing badly (real behaviours users criticised):
      - clicked the disabled button three times
      - typed { { user.name }} into the search box

      Pass if the output does well on this metric. Fail if it does badly on it."
    `);
    expect(first!.threshold).toBe(0.5);
    expect(second!.value).toContain('When it applies: Whenever the output involves the behaviour described above.');
    expect(second!.value).not.toContain('Examples of doing well');
  });

  it('renders a YAML document with a header comment and literal blocks', () => {
    const yaml = renderPromptfooAssertions([metrics[1]!], { header: 'From run 2026-11-27.' });
    expect(yaml.split('\n').slice(0, 7)).toEqual([
      '# From run 2026-11-27.',
      '# Merge into promptfooconfig.yaml. Tenets scale: +1 → pass (score 1), −1 → fail (score 0), not applicable → pass with reason "not applicable".',
      '',
      'defaultTest:',
      '  assert:',
      '    - type: llm-rubric',
      '      value: |-',
    ]);
  });
});

describe('parsePromptfooAssertions', () => {
  it('rejects YAML that is not the assertion shape, naming the field', () => {
    const wrongType = safeParsePromptfooAssertions('defaultTest:\n  assert:\n    - type: contains\n      value: x\n      metric: m\n');
    expect(wrongType.success).toBe(false);
    expect(!wrongType.success && wrongType.error.message).toMatch(/field "defaultTest\.assert\.0\.type"/);
    expect(() => parsePromptfooAssertions('defaultTest: [')).toThrow(/not valid YAML/);
  });
});

describe('rubrics-json export', () => {
  it('writes one canonical rubric per metric that validates after a JSON round trip', () => {
    const file = toRubricsJson(metrics);
    const reread = rubricsJsonFileSchema.parse(JSON.parse(JSON.stringify(file)));
    expect(reread).toEqual(file);
    const [rubric] = reread.rubrics;
    expect(rubric).toMatchObject({
      id: 'met_a',
      name: 'Disabled controls',
      applicability: 'A control on the page is disabled.',
      threshold: 0.5,
      scoreMapping: { '1': 1, '0': null, '-1': 0 },
      parser: { format: 'json', ratingField: 'rating', reasoningField: 'reasoning', onUnparseable: 'unscored' },
    });
    expect(Object.keys(rubric!.scale)).toEqual(['0', '1', '-1']);
    expect(rubric!.goodExamples[0]).toEqual({ aspectId: 'asp_1', feedbackId: 'f1', behaviour: 'filled the required field before clicking' });
    expect(rubric!.judgePrompt).toContain('<item>\n{{item}}\n</item>');
    expect(rubric!.judgePrompt).toContain("If this metric is not applicable to the output, pass with reason 'not applicable'.");
  });
});
