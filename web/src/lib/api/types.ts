/** Text by language tag, e.g. `{ de: "Kiew", en: "Kyiv", uk: "Київ" }`. */
export type LocalizedText = Partial<Record<string, string>>;

export type PlaceKind = 'country' | 'state' | 'municipality' | 'district' | 'quarter' | 'area';

export interface PlaceRef {
  id: string;
  kind: PlaceKind;
  /** The local (endonym) name. */
  name: string;
  names: LocalizedText;
  countryCode: string | null;
  latitude: number | null;
  longitude: number | null;
}

export type OrganizationKind =
  | 'municipal_office'
  | 'municipal_enterprise'
  | 'utility'
  | 'ministry'
  | 'parliament'
  | 'development_agency'
  | 'network'
  | 'consultancy'
  | 'ngo'
  | 'housing_cooperative'
  | 'community_centre'
  | 'neighbourhood_management'
  | 'university'
  | 'company'
  | 'federal_agency'
  | 'state_agency'
  | 'research_institute'
  | 'foundation'
  | 'chamber'
  | 'municipal_association';

export interface OrganizationRef {
  id: string;
  kind: OrganizationKind;
  name: string;
  names: LocalizedText;
  shortName: string | null;
  seatPlaceId: string | null;
}

export type Visibility = 'public' | 'workspace' | 'private';

/** One page of a keyset-paginated list. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** Query parameters of a list request; undefined values are left out. */
export type QueryParams = Record<string, string | number | undefined>;
