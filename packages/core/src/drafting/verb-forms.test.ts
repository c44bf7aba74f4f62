import { describe, expect, it } from 'vitest';
import { baseForm, thirdPersonForm } from './verb-forms.ts';

describe('baseForm', () => {
  it('undoes past forms, third persons and gerunds of verbs critiques use', () => {
    const words =
      'ignored asked stopped used tried answered escalated pulled recited invented quoted dropped switched accepted walked described pretended insisted looked refused cancelled called transferred gave told kept made ' +
      'added created repeated promised apologised recognized handled checked pushed missed closed decided included provided changed charged acknowledged noticed forced ' +
      'asking upselling making using stopping pushing trying giving hammering ignores pushes tries has gets misses reads';
    expect(words.split(' ').map((word) => `${word}→${baseForm(word)}`).join(' ')).toMatchInlineSnapshot(`"ignored→ignore asked→ask stopped→stop used→use tried→try answered→answer escalated→escalate pulled→pull recited→recite invented→invent quoted→quote dropped→drop switched→switch accepted→accept walked→walk described→describe pretended→pretend insisted→insist looked→look refused→refuse cancelled→cancel called→call transferred→transfer gave→give told→tell kept→keep made→make added→add created→create repeated→repeat promised→promise apologised→apologise recognized→recognize handled→handle checked→check pushed→push missed→miss closed→close decided→decide included→include provided→provide changed→change charged→charge acknowledged→acknowledge noticed→notice forced→force asking→ask upselling→upsell making→make using→use stopping→stop pushing→push trying→try giving→give hammering→hammer ignores→ignore pushes→push tries→try has→have gets→get misses→miss reads→read"`);
  });
});

describe('thirdPersonForm', () => {
  it('conjugates for "the assistant"', () => {
    expect(['ignore', 'push', 'try', 'be', 'have', 'do', 'answer', 'stay', 'miss'].map(thirdPersonForm)).toEqual(['ignores', 'pushes', 'tries', 'is', 'has', 'does', 'answers', 'stays', 'misses']);
  });
});
