import type { OrganizationKind } from '../../actors/actors.types.js';

/** The kind an organisation's name suggests; the first rule that matches decides. */
const RULES: [OrganizationKind, RegExp][] = [
  ['municipal_office', /^(?:управлінн|департамент)|(?:міськ|сільськ|селищн)\S* рад|адміністраці/iu],
  // A town's council in English is its administration ("Galway City Council"); a Stadtrat is its parliament.
  ['municipal_office', /\b(?:city|town|county|district|borough|municipal) (?:council|government)\b/i],
  ['ministry', /directorate-general|^DG [A-Z]+$/],
  ['network', /congress of local authorities of|arbeitskreis/i],
  ['university', /^(?:\S+ )*(?:школ|університет|академі|інститут)\S*(?: |$)/iu],
  ['network', /^(?:асоціаці|спілк)/iu],
  ['municipal_office', /^(?:\S+ )*?(?:Department|Directorate|Division|Abteilung)\b(?! of State)/],
  ['chamber', /kammer|chamber\b|order of (?:architects|engineers|urban planners)/i],
  ['ministry', /ministerium|ministry|embassy|botschaft|\bminister\b|staatskanzlei|bundesamt|bundesanstalt|bundesinstitut|landesamt|landesanstalt|federal office|federal agency|міністерство|^BM[A-Z]{1,4}$/i],
  ['parliament', /parlament|parliament|bundestag|landtag|\brada\b|stadtrat|gemeinderat|(?<!land)kreistag|regional council|oblast council|stadtverordneten|bezirksverordneten/i],
  ['development_agency', /united nations|agency for development|development and cooperation|internationale zusammenarbeit|international cooperation|engagement global|servicestelle kommunen|\bKfW\b|USAID|UNDP|development agency|entwicklungsagentur|entwicklungsbank|aufbaubank|förderbank|development bank|investment bank|kreditanstalt|інвестиційн\S* банк|банк розвитку|world bank|weltbank|un-habitat|^GIZ$/i],
  // Energy and climate agencies are mostly non-profit bodies of towns and regions.
  ['ngo', /energy (?:and climate )?agency|energieagentur|klimaschutzagentur|energie- und klimaschutzagentur|енергетичн\S* агенці/iu],
  ['ministry', /\bagency\b|\bagentur\b|behörde|\bauthority\b|cadastr/i],
  ['network', /arbeitsgemeinschaft|netzwerk|network|verband|städtetag|gemeindetag|landkreistag|gemeindebund|bund$|^bund |^rat der|association of|connective cities/i],
  ['neighbourhood_management', /quartiersmanagement|stadtteilmanagement|quartiersbüro|neighbou?rhood management|квартальн\S* менеджмент|менеджмент\S* квартал/i],
  ['municipal_office', /(?:^|\s|-)amt\b|abteilung|stabsstelle|amt(?:e?s)?\b|ämter|bezirksamt|landratsamt|verwaltung|administration|municipality|referat|dezernat|fachbereich|department|\boffice\b|magistrat|city hall|rathaus|wirtschaftsförderung|koordinierungsstelle|feuerwehr|leitstelle|fire (?:and rescue )?service/i],
  ['municipal_enterprise', /wohnungsbau\b.*gmbh|\bwohnen$|housing company|wohnungsgesellschaft/i],
  // Transport, housing, drainage and waste companies of a town: "Freiburger Verkehrs AG", "Wohnen in Dresden", "Stadtentwässerung Kiel".
  ['municipal_enterprise', /verkehrs(?:betrieb|gesellschaft|-?ag\b| ag\b)|straßenbahn|nahverkehr|\bmobil|stadtentwässerung|abfall|entsorgung|servicebetrieb|\bwohnen\b|wohnservice|wohnungsbau(?!genossenschaft)|transport company|transportu miejskiego|zarząd dróg|przedsiębiorstwo|водоканал|електротранс|автотранс|пастранс|метрополітен/iu],
  ['utility', /stadtwerk(?:e|en)?\b|städtische werke|energie|energy|\bwasser\b|wasserwerk|water company|wasserversorg|water supply|water company|vodokanal|teplo|versorgung|utility|utilities|fernwärme|district heating|netzgesellschaft/i],
  ['housing_cooperative', /\seG$|genossenschaft|cooperative|co-operative|housing association/i],
  ['municipal_enterprise', /kommunalbetrieb|eigenbetrieb|verkehrsbetriebe|municipal enterprise|municipal company|kommunales unternehmen|wohnungsgesellschaft|baugesellschaft|stadtreinigung|municipal utility company/i],
  ['university', /school of|universität|university|hochschule|college|akademie|academy|institut|institute|polytechnic|політехніка/i],
  ['network', /netzwerk|network|arbeitsgemeinschaft|verband|verbund|städtetag|gemeindebund|association|eurocities|iclei|connective cities|community of practice|bündnis|alliance|\bforum\b|\bcities\b/i],
  ['consultancy', /büro|consult|beratung|planungsgruppe|planungsgesellschaft|architekten|architects|advisory|urbanist/i],
  ['community_centre', /haus$|-haus\b|bürgerhaus|nachbarschaftshaus|jugendzentrum|stadtteilladen|stadtteilbüro|stadtteilzentrum|bürgerzentrum|begegnungsstätte|nachbarschaftszentrum|community cent(?:re|er)|jugendzentrum|soziokulturell|kulturzentrum|treff$/i],
  ['ngo', /e\.\s?v\.|\bverein|stiftung|foundation|initiative|\bngo\b|ggmbh|charity|nichtregierungs|non-governmental/i],
  ['company', /sparkasse|volksbank|gmbh|\bag$|\bltd\b|\bllc\b|\binc\b|\bkg\b|\bse$|company|unternehmen|corporation|group$/i],
];

export function organizationKind(name: string): OrganizationKind {
  for (const [kind, pattern] of RULES) if (pattern.test(name)) return kind;
  return 'ngo';
}
