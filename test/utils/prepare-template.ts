/**
 * Fills the template database (and the shared reference indexes) once per
 * test run, after the migrations. Features with reference data add theirs here.
 */
export async function prepareTemplate(_servers: { databaseUrl: string; meiliUrl: string; meiliMasterKey: string }): Promise<void> {
  // Nothing yet: the taxonomy import plugs in here.
}
