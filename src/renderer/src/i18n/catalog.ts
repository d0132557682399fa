/**
 * The shape a translation must have: every key of the English catalog, each a string, nothing
 * else. Plural keys may add the forms their language needs beyond English's (French "_many").
 */
export type Catalog<Reference> = {
  [Key in keyof Reference]: Reference[Key] extends string ? string : Catalog<Reference[Key]>;
} & { [plural: `${string}_many`]: string };
