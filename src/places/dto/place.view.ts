import { ApiProperty } from '@nestjs/swagger';
import { ApiInteger, ApiList, ApiText } from '../../common/http/api-schema';
import { BORDERS, type Border, type SaxonPlace } from '../saxon-places';

/** A Saxon municipality as answered. */
export class PlaceView {
  @ApiText(8, { pattern: '^14[0-9]{6}$', description: 'Amtlicher Gemeindeschlüssel (8 digits)', example: '14522180' })
  ags!: string;

  @ApiText(100, { description: 'The name shown and stored in profiles', example: 'Freiberg' })
  name!: string;

  @ApiText(100, { description: 'The district (Landkreis or kreisfreie Stadt), as Destatis names it', example: 'Mittelsachsen' })
  district!: string;

  @ApiProperty({
    enum: BORDERS,
    enumName: 'Border',
    isArray: true,
    maxItems: 2,
    description: 'Countries the district borders (PL, CZ); empty inland',
  })
  borders!: Border[];

  @ApiText(100, { description: 'Official name with its designation (extension)', example: 'Freiberg, Stadt, Universitätsstadt' })
  officialName!: string;

  @ApiText(5, { pattern: '^[0-9]{5}$', description: 'Postcode of the municipality’s seat (extension)', example: '09599' })
  postalCode!: string;

  @ApiInteger(0, 1_000_000, { description: 'Inhabitants on 31.12.2021 (extension)' })
  population!: number;
}

export class PlacesResponse {
  @ApiList(PlaceView, 50, { description: 'Best first; empty for an empty `q`' })
  items!: PlaceView[];
}

export const toPlaceView = (place: SaxonPlace): PlaceView => ({
  ags: place.ags,
  name: place.name,
  district: place.district.name,
  borders: [...place.district.borders],
  officialName: place.officialName,
  postalCode: place.postalCode,
  population: place.population,
});
