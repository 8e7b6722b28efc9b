/**
 * The sector goals the route gives as a stand, per theme of plate 5's worksheet.
 *
 * Only Cyberweerbaarheid has one: "Eind 2029: alle mbo-instellingen voldoen gemiddeld aan NBA
 * volwassenheidsniveau 3.0 op toetsingskader IB" (Digitaliseringsroute, 28 mei 2026, sectordoelen
 * 2030; the IBP benchmark measures the sector against the same 3.0). The other themes' goals are
 * shares of institutions ("30% van de mbo-instellingen …"), not a stand, so they get no mark.
 *
 * Our choice: the worksheet's five steps are not NBA maturity levels; we mark 3.0 at step 3 of
 * the worksheet's scale, and the sector view says so beside the chart.
 */
export const SECTOR_GOALS: Readonly<Record<string, number>> = {
  cyberweerbaarheid: 3,
};

/** The plate whose worksheet a bijeenkomst totals. */
export const ROUTE_PLATE = 'digitaliseringsroute';
