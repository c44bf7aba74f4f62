import { Text } from 'ink';
import { createContext, useContext, type ReactNode } from 'react';

/** Whether colour and other SGR styling may be used (false under NO_COLOR or on a dumb terminal). */
export const ColourContext = createContext(true);

export type Tone = 'accent' | 'dim' | 'good' | 'bad' | 'warn' | 'highlight' | 'strong';

const tones: Record<Tone, { color?: string; dimColor?: boolean; bold?: boolean; underline?: boolean }> = {
  accent: { color: 'cyan' },
  dim: { dimColor: true },
  good: { color: 'green' },
  bad: { color: 'red' },
  warn: { color: 'yellow' },
  highlight: { color: 'yellow', bold: true, underline: true },
  strong: { bold: true },
};

/** Styled text that draws plain when colour is off; `highlight` then falls back to «guillemets» so the span still shows. */
export function Styled({ tone, children }: { tone: Tone; children: ReactNode }) {
  const colour = useContext(ColourContext);
  if (!colour) return tone === 'highlight' ? <Text>«{children}»</Text> : <Text>{children}</Text>;
  return <Text {...tones[tone]}>{children}</Text>;
}
