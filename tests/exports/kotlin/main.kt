// Answers the test's questions (tests/tests/exports.rs) from the exported catalog, a line each.
import catalog.__ENUM__
import java.io.File
import java.io.PrintStream

// A code as a client reads one: listed or not.
fun decode(text: String): __ENUM__ = __ENUM__.parse(text) ?: throw IllegalArgumentException(text)

fun text(value: String?): String = value?.replace("\n", "\\n") ?: "-"

fun list(items: List<String>): String = if (items.isEmpty()) "-" else items.joinToString(",")

fun answer(words: List<String>): String {
    val question = words[0]
    val argument = words.getOrElse(1) { "" }
    val tag = words.getOrElse(2) { "" }
    val values = words.getOrElse(3) { "" }
    when (question) {
        "stamp" -> return __ENUM__.STAMP
        "resolve" -> return text(__ENUM__.resolveLanguage(argument))
        "from_name" -> return __ENUM__.fromName(argument)?.code?.toString() ?: "-"
    }
    val code = decode(argument)
    val entry = code.entry
    return when (question) {
        "name" -> text(code.name)
        "group" -> text(code.group?.name)
        "flags" -> list(entry?.flags ?: emptyList())
        "roundtrip" -> {
            val back = decode(code.code.toString())
            "${back.code} ${text(back.name)}"
        }
        "retired" -> code.retired?.let { "${it.name}|${it.reason}|${text(it.since)}" } ?: "-"
        "meta" -> if (entry == null) "-" else listOf(
            "aliases=" + list(entry.aliases),
            "platforms=" + list(entry.platformNames.map { (platform, name) -> "$platform:$name" }),
            "deprecated=" + text(entry.deprecated),
            "docs=" + text(entry.docsUrl),
            "http=" + text(entry.httpStatus?.toString()),
            "grpc=" + text(entry.grpcCode),
            "args=" + list(entry.args.map { (name, type) -> "$name:$type" })
        ).joinToString(";")
        "description" -> text(code.description(tag))
        "cause" -> text(code.cause(tag))
        "note" -> text(code.note(tag))
        "render" -> {
            val args = LinkedHashMap<String, Any>()
            for (pair in values.split(",").filter { it.isNotEmpty() }) {
                val (name, value) = pair.split("=", limit = 2)
                args[name] = when (entry?.args?.get(name)) {
                    null, "string" -> value
                    "bool" -> value == "true"
                    else -> value.toLong()
                }
            }
            text(code.message(tag, args))
        }
        else -> throw IllegalArgumentException("no question $question")
    }
}

fun main(args: Array<String>) {
    val out = PrintStream(System.out, false, "UTF-8")
    val lines = File(args[0]).readText(Charsets.UTF_8).split("\n").dropLast(1)
    for (line in lines) out.println(answer(line.split("\t")))
    out.flush()
}
