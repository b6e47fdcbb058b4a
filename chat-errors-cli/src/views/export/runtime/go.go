
// Entry is one entry of the catalog.
type Entry struct {
	Code code
	Name string
	// Aliases are more names FromName accepts.
	Aliases []string
	// PlatformNames is what a platform calls the entry, where that differs from Name.
	PlatformNames map[string]string
	// Description, Cause and Note are texts by language tag.
	Description map[string]string
	Cause       map[string]string
	Note        map[string]string
	// Deprecated says why the entry is deprecated, if it is.
	Deprecated string
	Group      string
	Flags      []string
	// Args are the arguments its texts take as {name}, in declared order.
	Args       []Arg
	DocsURL    string
	HTTPStatus int
	// GRPCCode is the gRPC status code's name, such as NOT_FOUND.
	GRPCCode string
}

// Arg is an argument an entry's texts take as {name}, with the type of its values.
type Arg struct {
	Name string
	Type string
}

// Group is a group of entries: ranges of numbers or a prefix, which own codes nobody listed too.
type Group struct {
	Name   string
	Title  string
	Ranges [][2]code
	Prefix string
}

// Retired is a code the catalog retired: no entry takes its number or name again.
type Retired struct {
	Code   code
	Name   string
	Reason string
	Since  string
}

var byCode = map[code]*Entry{}

// Codes gives the code of every name, alias and platform name.
var Codes = map[string]code{}

func init() {
	for i := range Entries {
		entry := &Entries[i]
		byCode[entry.Code] = entry
		names := append([]string{entry.Name}, entry.Aliases...)
		for _, platform := range Platforms {
			if name, ok := entry.PlatformNames[platform]; ok {
				names = append(names, name)
			}
		}
		for _, name := range names {
			if _, taken := Codes[name]; !taken {
				Codes[name] = entry.Code
			}
		}
	}
}

// FromName is the code with this name, alias or platform name (matched exactly).
func FromName(name string) (code, bool) {
	c, ok := Codes[name]
	return c, ok
}

// Entry is the code's entry, or nil for a code the catalog does not list.
func (c code) Entry() *Entry {
	return byCode[c]
}

// Known says whether the catalog lists the code.
func (c code) Known() bool {
	return byCode[c] != nil
}

// Name is the code's name, or "" for a code the catalog does not list.
func (c code) Name() string {
	if entry := byCode[c]; entry != nil {
		return entry.Name
	}
	return ""
}

// String is the code's name, or the code itself for one the catalog does not list.
func (c code) String() string {
	if entry := byCode[c]; entry != nil {
		return entry.Name
	}
	return c.raw()
}

func plainTag(tag string) string {
	return strings.Map(func(r rune) rune {
		if r == '_' {
			return '-'
		}
		if r >= 'A' && r <= 'Z' {
			return r + ('a' - 'A')
		}
		return r
	}, tag)
}

// ResolveLanguage is the catalog language a tag such as zh-CN or en_us;q=0.8 asks for: the tag
// in any letter case and with - or _, then ever shorter prefixes.
func ResolveLanguage(tag string) (string, bool) {
	rest := strings.TrimSpace(strings.SplitN(tag, ";", 2)[0])
	for rest != "" {
		for _, language := range Languages {
			if plainTag(language) == plainTag(rest) {
				return language, true
			}
		}
		end := strings.LastIndexAny(rest, "-_")
		if end < 0 {
			end = 0
		}
		rest = rest[:end]
	}
	return "", false
}

func textIn(texts map[string]string, tag string) string {
	if language, ok := ResolveLanguage(tag); ok {
		if text, ok := texts[language]; ok {
			return text
		}
	}
	return texts[DefaultLanguage]
}

// Description is what the error means, in the language tag asks for or else the default
// language; "" for a code the catalog does not list.
func (c code) Description(tag string) string {
	if entry := byCode[c]; entry != nil {
		return textIn(entry.Description, tag)
	}
	return ""
}

// Cause is why the error happens and what to do, where the catalog says.
func (c code) Cause(tag string) string {
	if entry := byCode[c]; entry != nil {
		return textIn(entry.Cause, tag)
	}
	return ""
}

// Note is what else to know about the entry, where the catalog says.
func (c code) Note(tag string) string {
	if entry := byCode[c]; entry != nil {
		return textIn(entry.Note, tag)
	}
	return ""
}

// Message is the description with args in its placeholders: {name} is the value of the
// argument name, or stays as written without one; {{ and }} are braces. The texts of an entry
// without arguments are literal.
func (c code) Message(tag string, args map[string]interface{}) string {
	entry := byCode[c]
	if entry == nil {
		return ""
	}
	text := textIn(entry.Description, tag)
	if len(entry.Args) == 0 {
		return text
	}
	var out strings.Builder
	for i := 0; i < len(text); {
		switch {
		case strings.HasPrefix(text[i:], "{{"), strings.HasPrefix(text[i:], "}}"):
			out.WriteByte(text[i])
			i += 2
		case text[i] == '{' && strings.IndexAny(text[i+1:], "{}") == strings.IndexByte(text[i+1:], '}') &&
			strings.IndexByte(text[i+1:], '}') >= 0:
			end := i + 1 + strings.IndexByte(text[i+1:], '}')
			if value, ok := args[text[i+1:end]]; ok {
				fmt.Fprint(&out, value)
			} else {
				out.WriteString(text[i : end+1])
			}
			i = end + 1
		default:
			out.WriteByte(text[i])
			i++
		}
	}
	return out.String()
}

// Group is the group of any code, listed or not: the group whose ranges or prefix own it, or
// else the group of its entry.
func (c code) Group() *Group {
	for i := range Groups {
		group := &Groups[i]
		if group.Prefix != "" && strings.HasPrefix(c.raw(), group.Prefix) {
			return group
		}
		for _, r := range group.Ranges {
			if c >= r[0] && c <= r[1] {
				return group
			}
		}
	}
	if entry := byCode[c]; entry != nil {
		for i := range Groups {
			if Groups[i].Name == entry.Group {
				return &Groups[i]
			}
		}
	}
	return nil
}

// Retired is the retired code c, whose number and name no entry takes again, or nil.
func (c code) Retired() *Retired {
	for i := range RetiredCodes {
		if RetiredCodes[i].Code == c {
			return &RetiredCodes[i]
		}
	}
	return nil
}
