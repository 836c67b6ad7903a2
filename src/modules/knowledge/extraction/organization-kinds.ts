import type { OrganizationKind } from '../../actors/actors.types.js';

/** The kind an organisation's name suggests; the first rule that matches decides. */
const RULES: [OrganizationKind, RegExp][] = [
  ['ministry', /ministerium|ministry|\bminister\b|staatskanzlei|bundesamt|bundesanstalt|bundesinstitut|federal office|federal agency|міністерство|^BM[A-Z]{1,4}$/i],
  ['parliament', /parlament|parliament|bundestag|landtag|\brada\b|stadtrat|gemeinderat|kreistag|city council|town council|municipal council|regional council|oblast council|stadtverordneten|bezirksverordneten|congress of local/i],
  ['development_agency', /united nations|agency for development|development and cooperation|internationale zusammenarbeit|international cooperation|engagement global|servicestelle kommunen|\bKfW\b|USAID|UNDP|development agency|entwicklungsagentur|entwicklungsbank|aufbaubank|förderbank|development bank|world bank|weltbank|un-habitat|^GIZ$/i],
  ['ministry', /\bagency\b|\bagentur\b|behörde|\bauthority\b|cadastr/i],
  ['network', /arbeitsgemeinschaft|netzwerk|network|verband|städtetag|gemeindebund|association of|connective cities/i],
  ['neighbourhood_management', /quartiersmanagement|stadtteilmanagement|quartiersbüro|neighbou?rhood management|квартальн\S* менеджмент|менеджмент\S* квартал/i],
  ['municipal_office', /(?:^|\s|-)amt\b|amt(?:e?s)?$|ämter|bezirksamt|landratsamt|verwaltung|administration|municipality|referat|dezernat|fachbereich|department|\boffice\b|magistrat|city hall|rathaus|wirtschaftsförderung|koordinierungsstelle/i],
  ['municipal_enterprise', /wohnungsbau\b.*gmbh|\bwohnen$|housing company|wohnungsgesellschaft/i],
  ['utility', /stadtwerke|energie|energy|\bwasser\b|wasserwerk|water company|wasserversorg|water supply|water company|vodokanal|teplo|versorgung|utility|utilities|fernwärme|district heating|netzgesellschaft/i],
  ['housing_cooperative', /\seG$|genossenschaft|cooperative|co-operative|housing association/i],
  ['municipal_enterprise', /kommunalbetrieb|eigenbetrieb|verkehrsbetriebe|municipal enterprise|municipal company|kommunales unternehmen|wohnungsgesellschaft|baugesellschaft|stadtreinigung|municipal utility company/i],
  ['university', /school of|universität|university|hochschule|college|akademie|academy|institut|institute|polytechnic|політехніка/i],
  ['network', /netzwerk|network|arbeitsgemeinschaft|verband|verbund|städtetag|gemeindebund|association|eurocities|iclei|connective cities|community of practice|bündnis|alliance|\bforum\b|\bcities\b/i],
  ['consultancy', /büro|consult|beratung|planungsgruppe|planungsgesellschaft|architekten|architects|advisory|urbanist/i],
  ['community_centre', /haus$|-haus\b|bürgerhaus|nachbarschaftshaus|jugendzentrum|stadtteilladen|stadtteilbüro|stadtteilzentrum|bürgerzentrum|begegnungsstätte|nachbarschaftszentrum|community cent(?:re|er)|jugendzentrum|soziokulturell|kulturzentrum|treff$/i],
  ['ngo', /e\.\s?v\.|\bverein|stiftung|foundation|initiative|\bngo\b|ggmbh|charity|nichtregierungs|non-governmental/i],
  ['company', /gmbh|\bag$|\bltd\b|\bllc\b|\binc\b|\bkg\b|\bse$|company|unternehmen|corporation|group$/i],
];

export function organizationKind(name: string): OrganizationKind {
  for (const [kind, pattern] of RULES) if (pattern.test(name)) return kind;
  return 'ngo';
}
