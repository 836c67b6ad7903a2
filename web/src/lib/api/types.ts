import type { ResponseOf } from './contract';

/** Text by language tag, e.g. `{ de: "Kiew", en: "Kyiv", uk: "Київ" }`. */
export type LocalizedText = Partial<Record<string, string>>;

type NetworkDetail = ResponseOf<'/api/networks/{id}'>;

/** A place as other records show it: its kind, local name, names by language and position. */
export type PlaceRef = NonNullable<NetworkDetail['region']>;
export type PlaceKind = PlaceRef['kind'];

/** An organisation as other records show it. */
export type OrganizationRef = NonNullable<NetworkDetail['organization']>;
export type OrganizationKind = OrganizationRef['kind'];

export type Visibility = NetworkDetail['visibility'];

/** One page of a keyset-paginated list. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** Query parameters of a list request; undefined values are left out. */
export type QueryParams = Record<string, string | number | undefined>;
