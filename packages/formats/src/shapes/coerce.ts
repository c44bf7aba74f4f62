import { safeParseJsonText } from '../read/parse-json-text.ts';

// Outside data is tolerated where the meaning is clear (numbers in CSV cells, JSON in a cell, null for absent);
// anything else is passed through unchanged so that schema validation reports it as a wrong type.

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

export function isBlankValue(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/**
 * Ids are kept exactly as given: strings are not trimmed (`"  spaced id  "` stays so, and differs from
 * `"spaced id"`), integers keep their digits (large ones arrive as digit strings from `safeParseJsonText`).
 * Only a blank id counts as absent.
 */
export function coerceId(value: unknown): unknown {
  if (isBlankValue(value)) return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return value;
}

const upWords = new Set(['up', 'thumbs_up', 'thumbsup', 'thumbs up', '👍', 'true', 'yes', 'positive', 'good', '+1']);
const downWords = new Set(['down', 'thumbs_down', 'thumbsdown', 'thumbs down', '👎', 'false', 'no', 'negative', 'bad', '-1']);
const numberPattern = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;

export function coerceRating(value: unknown): unknown {
  if (isBlankValue(value)) return undefined;
  if (typeof value === 'boolean') return value ? 'up' : 'down';
  if (typeof value !== 'string') return value;
  const text = value.trim().toLowerCase();
  if (text === '+1' || text === '-1') return text === '+1' ? 'up' : 'down';
  if (numberPattern.test(text)) return Number(text);
  if (upWords.has(text)) return 'up';
  if (downWords.has(text)) return 'down';
  return value;
}

export function coerceNumber(value: unknown): unknown {
  if (typeof value === 'string' && numberPattern.test(value.trim())) return Number(value.trim());
  return value;
}

/** Free text: strings as they are; a structured value (LangSmith `inputs`) unwrapped if it holds one string, else JSON. */
export function coerceText(value: unknown): unknown {
  if (isBlankValue(value)) return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  let inner: unknown = value;
  while (isRecord(inner) && Object.keys(inner).length === 1) inner = Object.values(inner)[0];
  if (typeof inner === 'string') return inner;
  return JSON.stringify(value);
}

export function coerceCritique(value: unknown): unknown {
  return value === null ? undefined : value;
}

export function coerceJsonCell(value: unknown): unknown {
  if (value === null) return undefined;
  if (typeof value === 'string' && /^\s*[[{]/.test(value)) {
    const parsed = safeParseJsonText(value);
    if (parsed.success) return parsed.value;
  }
  return value;
}

const roleAliases: Record<string, string> = { human: 'user', ai: 'assistant', bot: 'assistant', model: 'assistant', developer: 'system', function: 'tool' };

/** Chat messages: JSON in a cell is parsed; common role names and content-part arrays are normalised. */
export function coerceMessages(value: unknown): unknown {
  const list = coerceJsonCell(value);
  if (!Array.isArray(list)) return list;
  return list.map((message) => {
    if (!isRecord(message)) return message;
    const role = typeof message.role === 'string' ? (roleAliases[message.role.toLowerCase()] ?? message.role.toLowerCase()) : message.role;
    let content = message.content;
    if (Array.isArray(content)) {
      content = content.map((part) => (typeof part === 'string' ? part : isRecord(part) && typeof part.text === 'string' ? part.text : '')).join('');
    } else if (content === null || content === undefined) content = '';
    return { role, content };
  });
}

const langfuseTimestamp = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2}(?:\.\d+)?)$/;

/** Timestamps: Langfuse's `YYYY-MM-DD HH:MM:SS.ffffff` (UTC) becomes ISO; epoch numbers become ISO; other strings stay. */
export function coerceTimestamp(value: unknown): unknown {
  if (isBlankValue(value)) return undefined;
  if (typeof value === 'number' && Number.isFinite(value)) return new Date(value < 1e11 ? value * 1000 : value).toISOString();
  if (typeof value !== 'string') return value;
  const match = langfuseTimestamp.exec(value.trim());
  return match ? `${match[1]}T${match[2]}Z` : value.trim();
}

export function coerceUser(value: unknown): unknown {
  if (isBlankValue(value)) return undefined;
  if (typeof value === 'number') return String(value);
  return value;
}

export function coerceMetadata(value: unknown): unknown {
  if (isBlankValue(value)) return undefined;
  return coerceJsonCell(value);
}
