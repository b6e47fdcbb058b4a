// Answers the test's questions (tests/tests/exports.rs) from the exported catalog, a line each.
package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"strconv"
	"strings"

	"exporttest/catalog"
)

// decode reads a code as a client reads one from JSON: listed or not.
func decode(text string) catalog.__ENUM__ {
	data := strconv.Quote(text)
	if __INTEGER__ {
		data = text
	}
	var code catalog.__ENUM__
	if err := json.Unmarshal([]byte(data), &code); err != nil {
		panic(err)
	}
	return code
}

func text(value string) string {
	if value == "" {
		return "-"
	}
	return strings.ReplaceAll(value, "\n", "\\n")
}

func list(items []string) string {
	if len(items) == 0 {
		return "-"
	}
	return strings.Join(items, ",")
}

func answer(words []string) string {
	for len(words) < 4 {
		words = append(words, "")
	}
	question, argument, tag, values := words[0], words[1], words[2], words[3]
	switch question {
	case "stamp":
		return catalog.Stamp
	case "resolve":
		language, _ := catalog.ResolveLanguage(argument)
		return text(language)
	case "from_name":
		code, ok := catalog.FromName(argument)
		if !ok {
			return "-"
		}
		encoded, _ := json.Marshal(code)
		return strings.Trim(string(encoded), "\"")
	}
	code := decode(argument)
	entry := code.Entry()
	switch question {
	case "name":
		return text(code.Name())
	case "group":
		if group := code.Group(); group != nil {
			return group.Name
		}
		return "-"
	case "flags":
		if entry == nil {
			return "-"
		}
		return list(entry.Flags)
	case "roundtrip":
		encoded, _ := json.Marshal(code)
		back := decode(strings.Trim(string(encoded), "\""))
		return fmt.Sprintf("%s %s", strings.Trim(string(encoded), "\""), text(back.Name()))
	case "retired":
		if retired := code.Retired(); retired != nil {
			return fmt.Sprintf("%s|%s|%s", retired.Name, retired.Reason, text(retired.Since))
		}
		return "-"
	case "meta":
		if entry == nil {
			return "-"
		}
		var platforms, args []string
		for _, platform := range catalog.Platforms {
			if name, ok := entry.PlatformNames[platform]; ok {
				platforms = append(platforms, platform+":"+name)
			}
		}
		for _, arg := range entry.Args {
			args = append(args, arg.Name+":"+arg.Type)
		}
		status := ""
		if entry.HTTPStatus != 0 {
			status = strconv.Itoa(entry.HTTPStatus)
		}
		return strings.Join([]string{
			"aliases=" + list(entry.Aliases),
			"platforms=" + list(platforms),
			"deprecated=" + text(entry.Deprecated),
			"docs=" + text(entry.DocsURL),
			"http=" + text(status),
			"grpc=" + text(entry.GRPCCode),
			"args=" + list(args),
		}, ";")
	case "description":
		return text(code.Description(tag))
	case "cause":
		return text(code.Cause(tag))
	case "note":
		return text(code.Note(tag))
	case "render":
		args := map[string]interface{}{}
		for _, pair := range strings.Split(values, ",") {
			if pair == "" {
				continue
			}
			parts := strings.SplitN(pair, "=", 2)
			args[parts[0]] = parts[1]
			if entry == nil {
				continue
			}
			for _, arg := range entry.Args {
				if arg.Name != parts[0] {
					continue
				}
				switch arg.Type {
				case "string":
				case "bool":
					args[parts[0]] = parts[1] == "true"
				default:
					number, err := strconv.ParseInt(parts[1], 10, 64)
					if err != nil {
						panic(err)
					}
					args[parts[0]] = number
				}
			}
		}
		return text(code.Message(tag, args))
	}
	panic("no question " + question)
}

func main() {
	data, err := os.ReadFile(os.Args[1])
	if err != nil {
		panic(err)
	}
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	lines := strings.Split(string(data), "\n")
	for _, line := range lines[:len(lines)-1] {
		fmt.Fprintln(out, answer(strings.Split(line, "\t")))
	}
}
