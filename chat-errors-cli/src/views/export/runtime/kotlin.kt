/**
 * A code of the catalog, or one it does not list: [of] keeps a code from a newer server as it
 * is, never turning it into another. Compare codes with `==`; match the known ones exhaustively
 * with `when (code.known)`.
 */
class __ENUM__ private constructor(val code: __RAW__) {
    /** The code's entry, or null for a code the catalog does not list. */
    val entry: Entry?
        get() = BY_CODE[code]

    /** The code as an enum constant, for an exhaustive `when`; null for a code the catalog does not list. */
    val known: Known?
        get() = KNOWN[code]

    /** The code's name, or null for a code the catalog does not list. */
    val name: String?
        get() = entry?.name

    /** What the error means, in the language [tag] asks for or else the default language. */
    fun description(tag: String? = null): String? = textIn(entry?.description, tag)

    /** Why the error happens and what to do, where the catalog says. */
    fun cause(tag: String? = null): String? = textIn(entry?.cause, tag)

    /** What else to know about the entry, where the catalog says. */
    fun note(tag: String? = null): String? = textIn(entry?.note, tag)

    /**
     * The description with [args] in its placeholders: `{name}` is the value of the argument
     * `name`, or stays as written without one; `{{` and `}}` are braces. The texts of an entry
     * without arguments are literal.
     */
    fun message(tag: String? = null, args: Map<String, Any> = emptyMap()): String? {
        val entry = entry ?: return null
        val text = textIn(entry.description, tag) ?: return null
        if (entry.args.isEmpty()) return text
        val out = StringBuilder()
        var i = 0
        while (i < text.length) {
            val close = text.indexOf('}', i + 1)
            val open = text.indexOf('{', i + 1)
            when {
                text.startsWith("{{", i) || text.startsWith("}}", i) -> {
                    out.append(text[i])
                    i += 2
                }
                text[i] == '{' && close >= 0 && (open < 0 || close < open) -> {
                    val value = args[text.substring(i + 1, close)]
                    out.append(value?.toString() ?: text.substring(i, close + 1))
                    i = close + 1
                }
                else -> {
                    out.append(text[i])
                    i += 1
                }
            }
        }
        return out.toString()
    }

    /**
     * The group of the code, listed or not: the group whose ranges or prefix own it, or else the
     * group of its entry.
     */
    val group: Group?
        get() = GROUPS.firstOrNull { group -> group.owns(code) }
            ?: GROUPS.firstOrNull { group -> group.name == entry?.group }

    /** The retired code this is, whose number and name no entry takes again, or null. */
    val retired: Retired?
        get() = RETIRED.firstOrNull { each -> each.code == code }

    override fun equals(other: Any?): Boolean = other is __ENUM__ && other.code == code

    override fun hashCode(): Int = code.hashCode()

    override fun toString(): String = name ?: code.toString()

    /** One entry of the catalog. */
    class Entry(
        val code: __RAW__,
        val name: String,
        /** More names [fromName] accepts. */
        val aliases: List<String>,
        /** What a platform calls the entry, where that differs from [name]. */
        val platformNames: Map<String, String>,
        val description: Map<String, String>,
        val cause: Map<String, String>?,
        val note: Map<String, String>?,
        /** Why the entry is deprecated, if it is. */
        val deprecated: String?,
        val group: String?,
        val flags: List<String>,
        /** The arguments its texts take as `{name}`, with their types, in declared order. */
        val args: Map<String, String>,
        val docsUrl: String?,
        val httpStatus: Int?,
        /** The gRPC status code's name, such as `NOT_FOUND`. */
        val grpcCode: String?
    )

    /** A group of entries: ranges of numbers or a prefix, which own codes nobody listed too. */
    class Group(
        val name: String,
        val title: String,
        val ranges: List<__RANGE__>,
        val prefix: String?
    ) {
        /** Whether the group owns [code], listed or not. */
        fun owns(code: __RAW__): Boolean = __OWNS__
    }

    /** A code the catalog retired: no entry takes its number or name again. */
    class Retired(val code: __RAW__, val name: String, val reason: String, val since: String?)

    /** Every code the catalog lists, as an enum for an exhaustive `when`. */
    enum class Known(val code: __RAW__) {
__KNOWN__
    }

    companion object {
        /** The catalog's stamp: its enum's name and a hash of its content, as the server's `STAMP`. */
        const val STAMP: String = __STAMP__

        /** The language every entry has its texts in. */
        const val DEFAULT_LANGUAGE: String = __DEFAULT__

        /** The languages the texts are in, the default first. */
        val LANGUAGES: List<String> = listOf(__LANGUAGES__)

        /** The flags the catalog declares, with what each means. */
        val FLAGS: Map<String, String> = mapOf(__FLAGS__)

        /** The groups, in catalog order. */
        val GROUPS: List<Group> = listOf(__GROUPS__)

        /** The retired codes, in catalog order. */
        val RETIRED: List<Retired> = listOf(__RETIRED__)

__CONSTANTS__

        /** Every entry, in catalog order. */
        val ENTRIES: List<Entry> = __ENTRIES__

        private val BY_CODE: Map<__RAW__, Entry> = ENTRIES.associateBy { entry -> entry.code }
        private val KNOWN: Map<__RAW__, Known> = Known.values().associateBy { known -> known.code }
        private val BY_NAME: Map<String, Entry> = ENTRIES.reversed().flatMap { entry ->
            (listOf(entry.name) + entry.aliases + entry.platformNames.values).map { name -> name to entry }
        }.toMap()

        /** The code [code], listed or not. */
        fun of(code: __RAW__): __ENUM__ = __ENUM__(code)

        /** The code written as [text], or null for text that is no code of the catalog's type. */
        fun parse(text: String): __ENUM__? = __PARSE__

        /** The code with this name, alias or platform name (matched exactly), or null. */
        fun fromName(name: String): __ENUM__? = BY_NAME[name]?.let { entry -> __ENUM__(entry.code) }

        private fun plain(tag: String): String = buildString {
            for (c in tag) append(if (c == '_') '-' else if (c in 'A'..'Z') c + 32 else c)
        }

        /**
         * The catalog language a tag such as `zh-CN` or `en_us;q=0.8` asks for: the tag in any
         * letter case and with `-` or `_`, then ever shorter prefixes. Null when none matches.
         */
        fun resolveLanguage(tag: String): String? {
            var rest = tag.substringBefore(';').trim()
            while (rest.isNotEmpty()) {
                val plainRest = plain(rest)
                val found = LANGUAGES.firstOrNull { language -> plain(language) == plainRest }
                if (found != null) return found
                rest = rest.substring(0, maxOf(0, rest.lastIndexOfAny(charArrayOf('-', '_'))))
            }
            return null
        }

        private fun textIn(texts: Map<String, String>?, tag: String?): String? {
            if (texts == null) return null
            val language = if (tag == null) null else resolveLanguage(tag)
            return (if (language == null) null else texts[language]) ?: texts[DEFAULT_LANGUAGE]
        }
__CHUNKS__
    }
}
