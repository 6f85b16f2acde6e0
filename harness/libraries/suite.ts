/**
 * Writing one library scenario for several libraries at once. A scenario file states the
 * options, the request and the intent once, then lists the libraries it applies to (a library
 * that lacks the option is simply not listed) with what differs for each: its expectation where
 * real browsers do not deliver the intent, and the finding that explains it.
 */
import type { ScenarioInput } from '../model/scenario.js';
import { isLibraryName, type LibraryName } from '../model/library-names.js';

export type LibraryScenarioInput = Extract<ScenarioInput, { intent: unknown }>;

export interface LibraryCase extends Omit<LibraryScenarioInput, 'id' | 'title' | 'target' | 'library' | 'finding' | 'page' | 'reference'> {
  /** The id under `libraries/<library>/`, e.g. `origin-regexp-global`. */
  name: string;
  /** Said once for every library; each library's id and title name it. */
  title: string;
  /** Default: `site`. */
  page?: LibraryScenarioInput['page'];
  /** The standard section or library issue behind the case. */
  reference: string;
  options?: LibraryScenarioInput['library']['options'];
  endpoint?: LibraryScenarioInput['library']['endpoint'];
  cacheControl?: string;
}

/**
 * What differs for one library: its own expectation (and why: the finding), deviations, cells not
 * measured, known differences between engines, and the options only it has (`specific`, added to the case's generic options).
 */
export type LibraryVariant = Partial<Pick<LibraryScenarioInput, 'expected' | 'then' | 'finding' | 'deviations' | 'notMeasured' | 'ignoreDifferences'>> & {
  specific?: NonNullable<LibraryScenarioInput['library']['options']>['specific'];
};

export function forLibraries(base: LibraryCase, variants: Partial<Record<LibraryName, LibraryVariant>>): LibraryScenarioInput[] {
  const { name, title, page, options, endpoint, cacheControl, ...rest } = base;
  // In the file's order, which is the catalogue's.
  return Object.keys(variants).filter(isLibraryName).flatMap((library) => {
    const chosen = variants[library];
    if (chosen === undefined) return [];
    const { specific, ...variant } = chosen;
    return [
      {
        ...rest,
        ...variant,
        id: `libraries/${library}/${name}`,
        title: `${library}: ${title}`,
        page: page ?? 'site',
        target: library,
        library: { name: library, options: specific ? { ...options, specific } : options, endpoint, cacheControl },
      },
    ];
  });
}
