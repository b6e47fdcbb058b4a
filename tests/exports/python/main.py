"""Answers the test's questions (tests/tests/exports.rs) from the exported catalog, a line each."""

from __future__ import annotations

import sys

import catalog
from catalog import __ENUM__


def decode(text: str) -> __ENUM__:
    """A code as a client reads one: a number or a string, listed or not."""
    return __ENUM__(__CODE__(text))


def text(value: str | None) -> str:
    return "-" if value is None else value.replace("\n", "\\n")


def listed(items: list[str] | tuple[str, ...]) -> str:
    return ",".join(items) if items else "-"


def answer(words: list[str]) -> str:
    question = words[0]
    argument = words[1] if len(words) > 1 else ""
    tag = words[2] if len(words) > 2 else ""
    values = words[3] if len(words) > 3 else ""
    if question == "stamp":
        return catalog.STAMP
    if question == "resolve":
        return text(catalog.resolve_language(argument))
    if question == "from_name":
        found = __ENUM__.from_name(argument)
        return "-" if found is None else str(found.value)
    code = decode(argument)
    entry = code.entry
    if question == "name":
        return text(None if entry is None else entry.name)
    if question == "group":
        group = code.group
        return text(None if group is None else group.name)
    if question == "flags":
        return listed(() if entry is None else entry.flags)
    if question == "roundtrip":
        back = decode(str(code.value))
        return f"{back.value} {text(catalog.name_of(back))}"
    if question == "retired":
        retired = catalog.retired(code)
        if retired is None:
            return "-"
        return f"{retired.name}|{retired.reason}|{text(retired.since)}"
    if question == "meta":
        if entry is None:
            return "-"
        platforms = [
            f"{platform}:{name}" for platform, name in entry.platform_names.items()
        ]
        args = [f"{name}:{ty}" for name, ty in entry.args.items()]
        status = None if entry.http_status is None else str(entry.http_status)
        return ";".join(
            [
                f"aliases={listed(entry.aliases)}",
                f"platforms={listed(platforms)}",
                f"deprecated={text(entry.deprecated)}",
                f"docs={text(entry.docs_url)}",
                f"http={text(status)}",
                f"grpc={text(entry.grpc_code)}",
                f"args={listed(args)}",
            ]
        )
    if question == "description":
        return text(code.description(tag))
    if question == "cause":
        return text(code.cause(tag))
    if question == "note":
        return text(code.note(tag))
    if question == "render":
        args_given: dict[str, catalog.ArgValue] = {}
        for pair in filter(None, values.split(",")):
            name, value = pair.split("=", 1)
            ty = None if entry is None else entry.args.get(name)
            if ty is None or ty == "string":
                args_given[name] = value
            elif ty == "bool":
                args_given[name] = value == "true"
            else:
                args_given[name] = int(value)
        return text(code.message(tag, args_given))
    raise ValueError(f"no question {question}")


with open(sys.argv[1], encoding="utf-8") as queries:
    lines = queries.read().split("\n")[:-1]
sys.stdout.buffer.write(
    "".join(answer(line.split("\t")) + "\n" for line in lines).encode("utf-8")
)
