import type { CheckResult, CheckSpec } from '../schemas/check-spec.ts';
import { detectLanguage } from './detect-language.ts';

/** Responses longer than this are cut before a regex runs, which bounds the work a derived pattern can cause. */
const maxRegexInput = 20_000;

/** Interprets a declarative check against one response. Pure: no code from the spec is ever run. */
export function evaluateCheck(spec: CheckSpec, text: string): CheckResult {
  switch (spec.kind) {
    case 'regex': {
      const flags = [...new Set(`${spec.flags}g`)].join('');
      const matches = text.slice(0, maxRegexInput).match(new RegExp(spec.pattern, flags))?.length ?? 0;
      const passed = spec.expect === 'match' ? matches > 0 : matches === 0;
      return { passed, detail: `${matches} match${matches === 1 ? '' : 'es'} of /${spec.pattern}/${spec.flags}` };
    }
    case 'contains-all':
    case 'contains-any':
    case 'contains-none': {
      const haystack = spec.caseSensitive ? text : text.toLowerCase();
      const found = spec.values.filter((value) => haystack.includes(spec.caseSensitive ? value : value.toLowerCase()));
      const passed = spec.kind === 'contains-all' ? found.length === spec.values.length : spec.kind === 'contains-any' ? found.length > 0 : found.length === 0;
      return { passed, detail: found.length === 0 ? 'none of the strings found' : `found ${found.map((value) => JSON.stringify(value)).join(', ')}` };
    }
    case 'starts-with':
    case 'ends-with': {
      const trimmed = text.trim();
      const subject = spec.caseSensitive ? trimmed : trimmed.toLowerCase();
      const value = spec.caseSensitive ? spec.value : spec.value.toLowerCase();
      const passed = spec.kind === 'starts-with' ? subject.startsWith(value) : subject.endsWith(value);
      return { passed, detail: `${spec.kind === 'starts-with' ? 'starts' : 'ends'} with ${JSON.stringify(spec.kind === 'starts-with' ? trimmed.slice(0, 40) : trimmed.slice(-40))}` };
    }
    case 'length': {
      const size = spec.unit === 'words' ? (text.trim().match(/\S+/g)?.length ?? 0) : [...text.trim()].length;
      const passed = (spec.min === undefined || size >= spec.min) && (spec.max === undefined || size <= spec.max);
      return { passed, detail: `${size} ${spec.unit}` };
    }
    case 'language': {
      const language = detectLanguage(text);
      return { passed: language === spec.language, detail: `detected ${language ?? 'no known language'}` };
    }
  }
}

/** A plain-language reading of a check, shown for review. */
export function describeCheck(spec: CheckSpec): string {
  const list = (values: readonly string[]) => values.map((value) => JSON.stringify(value)).join(', ');
  switch (spec.kind) {
    case 'regex':
      return `${spec.expect === 'match' ? 'matches' : 'does not match'} /${spec.pattern}/${spec.flags}`;
    case 'contains-all':
      return `contains all of ${list(spec.values)}`;
    case 'contains-any':
      return `contains at least one of ${list(spec.values)}`;
    case 'contains-none':
      return `contains none of ${list(spec.values)}`;
    case 'starts-with':
      return `starts with ${JSON.stringify(spec.value)}`;
    case 'ends-with':
      return `ends with ${JSON.stringify(spec.value)}`;
    case 'length':
      return [spec.min === undefined ? undefined : `at least ${spec.min}`, spec.max === undefined ? undefined : `at most ${spec.max}`].filter(Boolean).join(' and ') + ` ${spec.unit}`;
    case 'language':
      return `written in language "${spec.language}"`;
  }
}
