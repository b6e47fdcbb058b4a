_BY_CODE: dict[Code, Entry] = {entry.code: entry for entry in ENTRIES}
_BY_NAME: dict[str, Entry] = {}
for _entry in ENTRIES:
    for _name in (_entry.name, *_entry.aliases, *_entry.platform_names.values()):
        _BY_NAME.setdefault(_name, _entry)
_PLACEHOLDER = re.compile(r"\{\{|\}\}|\{([^{}]*)\}")


def entry_of(code: Code) -> Entry | None:
    """The entry of `code`, or None for a code the catalog does not list."""
    return _BY_CODE.get(code)


def name_of(code: Code) -> str | None:
    """The name of `code`, or None for a code the catalog does not list."""
    entry = _BY_CODE.get(code)
    return None if entry is None else entry.name


def _plain(tag: str) -> str:
    return "".join(
        "-" if c == "_" else c.lower() if "A" <= c <= "Z" else c for c in tag
    )


def resolve_language(tag: str) -> str | None:
    """The catalog language a tag such as `zh-CN` or `en_us;q=0.8` asks for: the tag in any
    letter case and with `-` or `_`, then ever shorter prefixes. None when none matches.
    """
    rest = tag.split(";")[0].strip()
    while rest:
        for language in LANGUAGES:
            if _plain(language) == _plain(rest):
                return language
        end = len(rest)
        rest = rest[: max(0, rest.rfind("-", 0, end), rest.rfind("_", 0, end))]
    return None


def _text_in(texts: dict[str, str] | None, tag: str | None) -> str | None:
    if texts is None:
        return None
    language = None if tag is None else resolve_language(tag)
    if language is not None and language in texts:
        return texts[language]
    return texts.get(DEFAULT_LANGUAGE)


def description(code: Code, tag: str | None = None) -> str | None:
    """What the error means, in the language `tag` asks for or else the default language."""
    entry = _BY_CODE.get(code)
    return None if entry is None else _text_in(entry.description, tag)


def cause(code: Code, tag: str | None = None) -> str | None:
    """Why the error happens and what to do, where the catalog says."""
    entry = _BY_CODE.get(code)
    return None if entry is None else _text_in(entry.cause, tag)


def note(code: Code, tag: str | None = None) -> str | None:
    """What else to know about the entry, where the catalog says."""
    entry = _BY_CODE.get(code)
    return None if entry is None else _text_in(entry.note, tag)


def message(
    code: Code, tag: str | None = None, args: Mapping[str, ArgValue] | None = None
) -> str | None:
    """The description with `args` in its placeholders: `{name}` is the value of the argument
    `name`, or stays as written without one; `{{` and `}}` are braces. The texts of an entry
    without arguments are literal."""
    entry = _BY_CODE.get(code)
    text = None if entry is None else _text_in(entry.description, tag)
    if entry is None or text is None or not entry.args:
        return text
    values: Mapping[str, ArgValue] = args or {}

    def fill(match: re.Match[str]) -> str:
        name = match.group(1)
        if name is None:
            return match.group(0)[0]
        if name not in values:
            return match.group(0)
        value = values[name]
        if isinstance(value, bool):
            return "true" if value else "false"
        return str(value)

    return _PLACEHOLDER.sub(fill, text)


def group_of(code: Code) -> Group | None:
    """The group of any code, listed or not: the group whose ranges or prefix own it, or else
    the group of its entry."""
    for group in GROUPS:
        if isinstance(code, str):
            if group.prefix is not None and code.startswith(group.prefix):
                return group
        elif any(low <= code <= high for low, high in group.ranges):
            return group
    entry = _BY_CODE.get(code)
    name = None if entry is None else entry.group
    return next((group for group in GROUPS if group.name == name), None)


def retired(code: Code) -> Retired | None:
    """The retired code `code`, whose number and name no entry takes again, or None."""
    return next((each for each in RETIRED if each.code == code), None)
