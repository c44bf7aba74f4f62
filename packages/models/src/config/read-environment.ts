/** Environment variables as the model layer sees them; pass this object in explicitly. */
export type ModelEnvironment = Readonly<Record<string, string | undefined>>;

/**
 * The ONLY place the model layer reads `process.env`. Call it once at the edge (the CLI) and pass the
 * result to `resolveModelConfig`; libraries and tests pass their own objects.
 */
export function readEnvironment(): ModelEnvironment {
  return { ...process.env };
}
