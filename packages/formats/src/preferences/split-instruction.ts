import type { Preference } from '@tenets/core';

const pattern = /^Instruction: ([\s\S]*?)\n\nOutput: ([\s\S]*)$/;

/**
 * ICAI's synthetic data embeds the prompt in each text as `"Instruction: <prompt>\n\nOutput: <response>"`.
 * When the record has no prompt and both texts carry the same instruction, the instruction becomes the
 * prompt and the texts keep only their outputs, so every later stage shows the prompt once.
 */
export function splitInstruction(preference: Preference): Preference {
  if (preference.prompt !== undefined) return preference;
  const a = pattern.exec(preference.textA);
  const b = pattern.exec(preference.textB);
  if (!a || !b || a[1] !== b[1]) return preference;
  return { ...preference, prompt: a[1], textA: a[2]!, textB: b[2]! };
}
