import { isTestedConstitution, type AnyConstitution } from '../../schemas/principle.ts';
import { renderConstitutionMarkdown, type RenderConstitutionMarkdownOptions } from '../draft/offline/render-constitution-markdown.ts';
import { renderTestedConstitutionMarkdown } from './render-tested-constitution-markdown.ts';

/** `constitution.md` for whichever constitution a run holds: drafted (untested, said so) or tested with its figures. */
export function renderAnyConstitutionMarkdown(constitution: AnyConstitution, options: RenderConstitutionMarkdownOptions): string {
  return isTestedConstitution(constitution) ? renderTestedConstitutionMarkdown(constitution) : renderConstitutionMarkdown(constitution, options);
}
