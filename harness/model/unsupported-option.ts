/** What an adapter throws for an option its library does not have (LibraryAdapter.mapOptions); kept apart so the option types and the library-specific options both use it. */
export class UnsupportedOptionError extends Error {
  constructor(packageName: string, option: string, instead: string) {
    super(
      `corsmatrix: ${packageName} has no option for ${option} (${instead}); leave this library out of the scenario, or map the option in its adapter`,
    );
    this.name = 'UnsupportedOptionError';
  }
}
