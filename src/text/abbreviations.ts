/**
 * Words that keep a trailing dot as part of the token: titles, months, common
 * abbreviations in news copy. A reviewer can add to this list without reading the tokenizer.
 */
const LIST = `
Mr Mrs Ms Messrs Dr Prof Sen Sens Rep Reps Gov Govs Gen Lt Col Maj Capt Cmdr Adm Sgt Cpl Pvt Brig
Rev Fr Hon Pres Supt Atty Amb Insp Det Sr Jr Sra Sgto Mme Mlle Msgr St Ste Mt Ft
Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec
Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun
Inc Corp Co Ltd Bros Cos Plc Assn Dept Univ Inst Govt
No Nos Vol Vols pp Fig Figs Ch Art Sec Ave Blvd Rd Hwy
etc vs al approx est dept
Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Kans Ky La Md Mass Mich Minn Miss Mo Mont
Neb Nev Okla Ore Pa Penn Tenn Tex Va Vt Wash Wis Wisc Wyo
`;

export const ABBREVIATIONS: ReadonlySet<string> = new Set(LIST.split(/\s+/).filter(Boolean));

/** Abbreviations that almost never end a sentence (a name or number follows them). */
export const NON_FINAL: ReadonlySet<string> = new Set(
  `Mr Mrs Ms Messrs Dr Prof Sen Sens Rep Reps Gov Govs Gen Lt Col Maj Capt Cmdr Adm Sgt Cpl Pvt Brig
Rev Fr Hon Pres Supt Atty Amb Insp Det Msgr St Ste Mt Ft No Nos Vol Vols pp Fig Figs vs`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Abbreviations that keep their dot also written in capitals ("MR. KIRBY:", "SEN. FERRIS",
 * "ACME CORP."): titles of persons, company suffixes, and the saint, mount and fort of place
 * names in a dateline's capitals ("ST. LOUIS", "FT. BRAGG"). Not the others: in capitals they are
 * more often a word or an acronym at a sentence's end ("in LA.", "the SEC.", "NO.").
 */
export const CAPS_ABBREVIATIONS: ReadonlySet<string> = new Set(
  `Mr Mrs Ms Messrs Dr Prof Sen Sens Rep Reps Gov Govs Gen Lt Col Maj Capt Cmdr Adm Sgt Cpl Pvt Brig
Rev Fr Hon Pres Supt Atty Amb Insp Det Msgr Inc Corp Co Ltd Bros Cos Plc St Mt Ft`
    .split(/\s+/)
    .filter(Boolean),
);
