import { runExportCommand, type ExportFormat } from '@tenets/runner';
import type { CliContext } from '../cli/context.ts';
import { exitCodes } from '../cli/exit-codes.ts';

interface ExportFlags {
  format: ExportFormat;
  out?: string;
  json?: boolean;
}

/** `tenets export <run-dir> --format promptfoo|rubrics-json`: metrics as rubrics for other evaluators. */
export async function exportCommand([runDir]: string[], rawFlags: Record<string, unknown>, context: CliContext): Promise<number> {
  const flags = rawFlags as unknown as ExportFlags;
  const result = await runExportCommand({ runDir: runDir!, format: flags.format, ...(flags.out ? { out: flags.out } : {}) });
  context.stdout.write(flags.json ? `${JSON.stringify(result, null, 2)}\n` : `wrote ${result.metrics} metrics as ${result.format} to ${result.file}\n`);
  return exitCodes.ok;
}
