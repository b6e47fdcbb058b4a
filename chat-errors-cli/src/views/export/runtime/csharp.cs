    /// <summary>
    /// The data of the catalog __ENUM__, and lookups over any code as extension methods: a code
    /// the catalog does not list gives null, and is never turned into another.
    /// </summary>
    public static class __ENUM__Catalog
    {
        /// <summary>The catalog's stamp: its enum's name and a hash of its content, as the server's <c>STAMP</c>.</summary>
        public const string Stamp = __STAMP__;

        /// <summary>The language every entry has its texts in.</summary>
        public const string DefaultLanguage = __DEFAULT__;

        /// <summary>The languages the texts are in, the default first.</summary>
        public static readonly IList<string> Languages = Array.AsReadOnly(new string[] { __LANGUAGES__ });

        /// <summary>The flags the catalog declares, with what each means.</summary>
        public static readonly IDictionary<string, string> Flags = new Dictionary<string, string> { __FLAGS__ };

        /// <summary>The groups, in catalog order.</summary>
        public static readonly IList<Group> Groups = Array.AsReadOnly(new Group[] {
__GROUPS__
        });

        /// <summary>The retired codes, in catalog order.</summary>
        public static readonly IList<Retired> RetiredCodes = Array.AsReadOnly(new Retired[] {
__RETIRED__
        });

        /// <summary>Every entry, in catalog order.</summary>
        public static readonly IList<Entry> Entries = Array.AsReadOnly(new Entry[] {
__ENTRIES__
        });

        static readonly Dictionary<__ENUM__, Entry> ByCode = new Dictionary<__ENUM__, Entry>();
        static readonly Dictionary<string, Entry> ByName = new Dictionary<string, Entry>();

        static __ENUM__Catalog()
        {
            foreach (var entry in Entries)
            {
                ByCode[entry.Code] = entry;
                var names = new List<string> { entry.Name };
                names.AddRange(entry.Aliases);
                names.AddRange(entry.PlatformNames.Values);
                foreach (var name in names)
                {
                    if (!ByName.ContainsKey(name))
                    {
                        ByName[name] = entry;
                    }
                }
            }
        }

        /// <summary>The code written as <paramref name="text"/>, or null for text that is no code of the catalog's type.</summary>
        public static __ENUM__? Parse(string text)
        {
__PARSE__
        }

        /// <summary>The code as text: its number, or its string.</summary>
        public static string CodeString(this __ENUM__ code)
        {
            return __CODE_STRING__;
        }

        /// <summary>The code with this name, alias or platform name (matched exactly), or null.</summary>
        public static __ENUM__? FromName(string name)
        {
            Entry entry;
            if (name != null && ByName.TryGetValue(name, out entry))
            {
                return entry.Code;
            }
            return null;
        }

        /// <summary>The code's entry, or null for a code the catalog does not list.</summary>
        public static Entry EntryOf(this __ENUM__ code)
        {
            Entry entry;
            return ByCode.TryGetValue(code, out entry) ? entry : null;
        }

        /// <summary>Whether the catalog lists the code.</summary>
        public static bool IsKnown(this __ENUM__ code)
        {
            return ByCode.ContainsKey(code);
        }

        /// <summary>The code's name, or null for a code the catalog does not list.</summary>
        public static string Name(this __ENUM__ code)
        {
            var entry = code.EntryOf();
            return entry == null ? null : entry.Name;
        }

        static string Plain(string tag)
        {
            var chars = tag.ToCharArray();
            for (var i = 0; i < chars.Length; i++)
            {
                if (chars[i] == '_')
                {
                    chars[i] = '-';
                }
                else if (chars[i] >= 'A' && chars[i] <= 'Z')
                {
                    chars[i] = (char)(chars[i] + 32);
                }
            }
            return new string(chars);
        }

        /// <summary>
        /// The catalog language a tag such as <c>zh-CN</c> or <c>en_us;q=0.8</c> asks for: the tag
        /// in any letter case and with - or _, then ever shorter prefixes. Null when none matches.
        /// </summary>
        public static string ResolveLanguage(string tag)
        {
            if (tag == null)
            {
                return null;
            }
            var rest = tag.Split(';')[0].Trim();
            while (rest.Length > 0)
            {
                foreach (var language in Languages)
                {
                    if (Plain(language) == Plain(rest))
                    {
                        return language;
                    }
                }
                rest = rest.Substring(0, Math.Max(0, rest.LastIndexOfAny(new[] { '-', '_' })));
            }
            return null;
        }

        static string TextIn(IDictionary<string, string> texts, string tag)
        {
            if (texts == null)
            {
                return null;
            }
            var language = ResolveLanguage(tag);
            string text;
            if (language != null && texts.TryGetValue(language, out text))
            {
                return text;
            }
            return texts.TryGetValue(DefaultLanguage, out text) ? text : null;
        }

        /// <summary>What the error means, in the language <paramref name="tag"/> asks for or else the default language.</summary>
        public static string Description(this __ENUM__ code, string tag = null)
        {
            var entry = code.EntryOf();
            return entry == null ? null : TextIn(entry.DescriptionTexts, tag);
        }

        /// <summary>Why the error happens and what to do, where the catalog says.</summary>
        public static string Cause(this __ENUM__ code, string tag = null)
        {
            var entry = code.EntryOf();
            return entry == null ? null : TextIn(entry.CauseTexts, tag);
        }

        /// <summary>What else to know about the entry, where the catalog says.</summary>
        public static string Note(this __ENUM__ code, string tag = null)
        {
            var entry = code.EntryOf();
            return entry == null ? null : TextIn(entry.NoteTexts, tag);
        }

        /// <summary>
        /// The description with <paramref name="args"/> in its placeholders: <c>{name}</c> is the
        /// value of the argument <c>name</c>, or stays as written without one; <c>{{</c> and
        /// <c>}}</c> are braces. The texts of an entry without arguments are literal.
        /// </summary>
        public static string Message(this __ENUM__ code, string tag = null, IDictionary<string, object> args = null)
        {
            var entry = code.EntryOf();
            var text = entry == null ? null : TextIn(entry.DescriptionTexts, tag);
            if (text == null || entry.Args.Count == 0)
            {
                return text;
            }
            var output = new StringBuilder();
            var i = 0;
            while (i < text.Length)
            {
                var close = text.IndexOf('}', i + 1);
                var open = text.IndexOf('{', i + 1);
                if (string.CompareOrdinal(text, i, "{{", 0, 2) == 0 || string.CompareOrdinal(text, i, "}}", 0, 2) == 0)
                {
                    output.Append(text[i]);
                    i += 2;
                }
                else if (text[i] == '{' && close >= 0 && (open < 0 || close < open))
                {
                    object value;
                    var name = text.Substring(i + 1, close - i - 1);
                    if (args != null && args.TryGetValue(name, out value) && value != null)
                    {
                        output.Append(value is bool ? ((bool)value ? "true" : "false") : Convert.ToString(value, CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        output.Append(text, i, close - i + 1);
                    }
                    i = close + 1;
                }
                else
                {
                    output.Append(text[i]);
                    i += 1;
                }
            }
            return output.ToString();
        }

        /// <summary>The group of any code, listed or not: the group whose ranges or prefix own it, or else the group of its entry.</summary>
        public static Group GroupOf(this __ENUM__ code)
        {
            foreach (var group in Groups)
            {
                if (group.Owns(code))
                {
                    return group;
                }
            }
            var entry = code.EntryOf();
            foreach (var group in Groups)
            {
                if (entry != null && group.Name == entry.Group)
                {
                    return group;
                }
            }
            return null;
        }

        /// <summary>The retired code this is, whose number and name no entry takes again, or null.</summary>
        public static Retired RetiredCode(this __ENUM__ code)
        {
            foreach (var retired in RetiredCodes)
            {
                if (retired.Code.Equals(code))
                {
                    return retired;
                }
            }
            return null;
        }

        static IDictionary<string, string> Texts(params string[] pairs)
        {
            var map = new Dictionary<string, string>();
            for (var i = 0; i < pairs.Length; i += 2)
            {
                map.Add(pairs[i], pairs[i + 1]);
            }
            return map;
        }

        static IList<string> Strings(params string[] items)
        {
            return Array.AsReadOnly(items);
        }

        static IList<__RANGE__> Bounds(params __RANGE__[] bounds)
        {
            return Array.AsReadOnly(bounds);
        }

        /// <summary>One entry of the catalog.</summary>
        public sealed class Entry
        {
            public readonly __ENUM__ Code;
            public readonly string Name;
            /// <summary>More names <see cref="FromName"/> accepts.</summary>
            public readonly IList<string> Aliases;
            /// <summary>What a platform calls the entry, where that differs from <see cref="Name"/>.</summary>
            public readonly IDictionary<string, string> PlatformNames;
            public readonly IDictionary<string, string> DescriptionTexts;
            public readonly IDictionary<string, string> CauseTexts;
            public readonly IDictionary<string, string> NoteTexts;
            /// <summary>Why the entry is deprecated, if it is.</summary>
            public readonly string Deprecated;
            public readonly string Group;
            public readonly IList<string> Flags;
            /// <summary>The arguments its texts take as <c>{name}</c>, and their types, in declared order (names and types alternate).</summary>
            public readonly IList<string> Args;
            public readonly string DocsUrl;
            public readonly int? HttpStatus;
            /// <summary>The gRPC status code's name, such as <c>NOT_FOUND</c>.</summary>
            public readonly string GrpcCode;

            internal Entry(__ENUM__ code, string name, IList<string> aliases, IDictionary<string, string> platformNames, IDictionary<string, string> description, IDictionary<string, string> cause, IDictionary<string, string> note, string deprecated, string group, IList<string> flags, IList<string> args, string docsUrl, int? httpStatus, string grpcCode)
            {
                Code = code;
                Name = name;
                Aliases = aliases;
                PlatformNames = platformNames;
                DescriptionTexts = description;
                CauseTexts = cause;
                NoteTexts = note;
                Deprecated = deprecated;
                Group = group;
                Flags = flags;
                Args = args;
                DocsUrl = docsUrl;
                HttpStatus = httpStatus;
                GrpcCode = grpcCode;
            }
        }

        /// <summary>A group of entries: ranges of numbers or a prefix, which own codes nobody listed too.</summary>
        public sealed class Group
        {
            public readonly string Name;
            public readonly string Title;
            /// <summary>The codes it owns, as inclusive ranges: low and high alternate.</summary>
            public readonly IList<__RANGE__> Ranges;
            public readonly string Prefix;

            internal Group(string name, string title, IList<__RANGE__> ranges, string prefix)
            {
                Name = name;
                Title = title;
                Ranges = ranges;
                Prefix = prefix;
            }

            /// <summary>Whether the group owns <paramref name="code"/>, listed or not.</summary>
            public bool Owns(__ENUM__ code)
            {
__OWNS__
            }
        }

        /// <summary>A code the catalog retired: no entry takes its number or name again.</summary>
        public sealed class Retired
        {
            public readonly __ENUM__ Code;
            public readonly string Name;
            public readonly string Reason;
            public readonly string Since;

            internal Retired(__ENUM__ code, string name, string reason, string since)
            {
                Code = code;
                Name = name;
                Reason = reason;
                Since = since;
            }
        }
    }
