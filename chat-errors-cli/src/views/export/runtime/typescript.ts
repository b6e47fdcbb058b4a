
/** Text in each language the catalog has it in, by language tag. */
export type Texts = Readonly<Record<string, string>>;

/** The type of an argument's values, as the catalog declares it. */
export type ArgType =
  | "string"
  | "bool"
  | "i8"
  | "i16"
  | "i32"
  | "i64"
  | "u8"
  | "u16"
  | "u32"
  | "u64";

/** A value of an argument: a string, a boolean or an integer. */
export type ArgValue = string | number | bigint | boolean;

/** One entry of the catalog. */
export interface Entry {
  readonly code: Raw;
  readonly name: string;
  /** More names `fromName` accepts. */
  readonly aliases: readonly string[];
  /** What a platform calls the entry, where that differs from `name`. */
  readonly platformNames: Readonly<Record<string, string>>;
  readonly description: Texts;
  readonly cause?: Texts;
  readonly note?: Texts;
  /** Why the entry is deprecated, if it is. */
  readonly deprecated?: string;
  readonly group?: string;
  readonly flags: readonly string[];
  /** The arguments its texts take as `{name}`, with their types, in declared order. */
  readonly args: Readonly<Record<string, ArgType>>;
  readonly docsUrl?: string;
  readonly httpStatus?: number;
  /** The gRPC status code's name, such as `NOT_FOUND`. */
  readonly grpcCode?: string;
}

/** A group of entries: a range of numbers or a prefix, which owns codes nobody listed too. */
export interface Group {
  readonly name: string;
  readonly title: string;
  /** The codes it owns, as inclusive ranges. */
  readonly ranges: readonly (readonly [number, number])[];
  /** The start of every string code it owns. */
  readonly prefix?: string;
}

/** A code the catalog retired: no entry takes its number or name again. */
export interface Retired {
  readonly code: Raw;
  readonly name: string;
  readonly reason: string;
  readonly since?: string;
}

const BY_CODE: ReadonlyMap<Code, Entry> = new Map(
  ENTRIES.map((entry) => [entry.code, entry]),
);
const BY_NAME: ReadonlyMap<string, Entry> = new Map(
  ENTRIES.flatMap((entry) =>
    [entry.name, ...entry.aliases, ...Object.values(entry.platformNames)].map(
      (name) => [name, entry] as const,
    ),
  ).reverse(),
);

/** The entry of `code`, or `undefined` for a code the catalog does not list. */
export function entryOf(code: Code): Entry | undefined {
  return BY_CODE.get(code);
}

/** The code with this name, alias or platform name (matched exactly), or `undefined`. */
export function fromName(name: string): Code | undefined {
  return BY_NAME.get(name)?.code;
}

/** The name of `code`, or `undefined` for a code the catalog does not list. */
export function nameOf(code: Code): string | undefined {
  return BY_CODE.get(code)?.name;
}

function sameTag(a: string, b: string): boolean {
  const plain = (tag: string) =>
    tag.replace(/[A-Z_]/g, (c) => (c === "_" ? "-" : c.toLowerCase()));
  return a.length === b.length && plain(a) === plain(b);
}

/**
 * The catalog language a tag such as `zh-CN` or `en_us;q=0.8` asks for: the tag in any letter
 * case and with `-` or `_`, then ever shorter prefixes. `undefined` when none matches.
 */
export function resolveLanguage(tag: string): string | undefined {
  let rest = tag.split(";")[0].trim();
  while (rest.length > 0) {
    const found = LANGUAGES.find((language) => sameTag(language, rest));
    if (found !== undefined) {
      return found;
    }
    const end = rest.length - 1;
    rest = rest.slice(
      0,
      Math.max(0, rest.lastIndexOf("-", end), rest.lastIndexOf("_", end)),
    );
  }
  return undefined;
}

function textIn(
  texts: Texts | undefined,
  tag: string | undefined,
): string | undefined {
  const language = tag === undefined ? undefined : resolveLanguage(tag);
  return (
    (language === undefined ? undefined : texts?.[language]) ??
    texts?.[DEFAULT_LANGUAGE]
  );
}

/** What the error means, in the language `tag` asks for or else the default language. */
export function description(code: Code, tag?: string): string | undefined {
  return textIn(BY_CODE.get(code)?.description, tag);
}

/** Why the error happens and what to do, where the catalog says. */
export function cause(code: Code, tag?: string): string | undefined {
  return textIn(BY_CODE.get(code)?.cause, tag);
}

/** What else to know about the entry, where the catalog says. */
export function note(code: Code, tag?: string): string | undefined {
  return textIn(BY_CODE.get(code)?.note, tag);
}

/**
 * The description with `args` in its placeholders: `{name}` is the value of the argument
 * `name`, or stays as written without one; `{{` and `}}` are braces. The texts of an entry
 * without arguments are literal.
 */
export function message(
  code: Code,
  tag?: string,
  args: Readonly<Record<string, ArgValue>> = {},
): string | undefined {
  const entry = BY_CODE.get(code);
  const text = textIn(entry?.description, tag);
  if (entry === undefined || text === undefined) {
    return undefined;
  }
  if (Object.keys(entry.args).length === 0) {
    return text;
  }
  return text.replace(/\{\{|\}\}|\{([^{}]*)\}/g, (whole, name?: string) => {
    if (name === undefined) {
      return whole.charAt(0);
    }
    return Object.prototype.hasOwnProperty.call(args, name)
      ? String(args[name])
      : whole;
  });
}

/**
 * The group of any code, listed or not: the group whose ranges or prefix own it, or else the
 * group of its entry.
 */
export function groupOf(code: Code): Group | undefined {
  const owner = GROUPS.find((group) =>
    typeof code === "number"
      ? group.ranges.some(([low, high]) => code >= low && code <= high)
      : group.prefix !== undefined && String(code).startsWith(group.prefix),
  );
  const name = BY_CODE.get(code)?.group;
  return owner ?? GROUPS.find((group) => group.name === name);
}

/** The retired code `code`, whose number and name no entry takes again, or `undefined`. */
export function retired(code: Code): Retired | undefined {
  return RETIRED.find((each) => each.code === code);
}
