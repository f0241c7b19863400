import { Injectable } from '@nestjs/common';
import { InputValidationError } from '../common/errors/common.errors';
import { toPlaceView, type PlaceView } from './dto/place.view';
import { findPlace, searchPlaces, type SaxonPlace } from './saxon-places';

/** Saxon municipalities for the other features: autocomplete, and checking what a user typed. */
@Injectable()
export class PlacesService {
  autocomplete(q: string, limit: number): PlaceView[] {
    return searchPlaces(q, limit).map(toPlaceView);
  }

  /**
   * Each input resolved to its municipality (name, short name, Sorbian name,
   * AGS; typos tolerated), once per municipality, in the given order. Any input
   * that is not a Saxon municipality is a 400 naming `field` and the input.
   */
  resolveMunicipalities(field: string, inputs: string[]): SaxonPlace[] {
    const resolved = inputs.map((input) => ({ input, place: findPlace(input) }));
    const unknown = resolved.flatMap(({ input, place }, i) => (place ? [] : [`${field}.${i} is not a Saxon municipality: "${input}"`]));
    if (unknown.length) throw new InputValidationError(unknown.join('; '));
    const seen = new Set<string>();
    return resolved.flatMap(({ place }) => (seen.has(place!.ags) ? [] : (seen.add(place!.ags), [place!])));
  }
}
