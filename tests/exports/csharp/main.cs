// Answers the test's questions (tests/tests/exports.rs) from the exported catalog, a line each.
using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using Catalog;

static class Answers
{
    // A code as a client reads one: listed or not.
    static __ENUM__ Decode(string text)
    {
        var code = __ENUM__Catalog.Parse(text);
        if (code == null)
        {
            throw new ArgumentException(text);
        }
        return code.Value;
    }

    static string Text(string value)
    {
        return value == null ? "-" : value.Replace("\n", "\\n");
    }

    static string List(IEnumerable<string> items)
    {
        var joined = string.Join(",", items);
        return joined.Length == 0 ? "-" : joined;
    }

    static string Answer(string[] words)
    {
        var question = words[0];
        var argument = words.Length > 1 ? words[1] : "";
        var tag = words.Length > 2 ? words[2] : "";
        var values = words.Length > 3 ? words[3] : "";
        switch (question)
        {
            case "stamp":
                return __ENUM__Catalog.Stamp;
            case "resolve":
                return Text(__ENUM__Catalog.ResolveLanguage(argument));
            case "from_name":
                var found = __ENUM__Catalog.FromName(argument);
                return found == null ? "-" : found.Value.CodeString();
        }
        var code = Decode(argument);
        var entry = code.EntryOf();
        switch (question)
        {
            case "name":
                return Text(code.Name());
            case "group":
                var group = code.GroupOf();
                return group == null ? "-" : group.Name;
            case "flags":
                return entry == null ? "-" : List(entry.Flags);
            case "roundtrip":
                var back = Decode(code.CodeString());
                return back.CodeString() + " " + Text(back.Name());
            case "retired":
                var retired = code.RetiredCode();
                return retired == null ? "-" : retired.Name + "|" + retired.Reason + "|" + Text(retired.Since);
            case "meta":
                if (entry == null)
                {
                    return "-";
                }
                var platforms = new List<string>();
                foreach (var pair in entry.PlatformNames)
                {
                    platforms.Add(pair.Key + ":" + pair.Value);
                }
                var args = new List<string>();
                for (var i = 0; i + 1 < entry.Args.Count; i += 2)
                {
                    args.Add(entry.Args[i] + ":" + entry.Args[i + 1]);
                }
                return string.Join(";", new[] {
                    "aliases=" + List(entry.Aliases),
                    "platforms=" + List(platforms),
                    "deprecated=" + Text(entry.Deprecated),
                    "docs=" + Text(entry.DocsUrl),
                    "http=" + Text(entry.HttpStatus == null ? null : entry.HttpStatus.ToString()),
                    "grpc=" + Text(entry.GrpcCode),
                    "args=" + List(args),
                });
            case "description":
                return Text(code.Description(tag));
            case "cause":
                return Text(code.Cause(tag));
            case "note":
                return Text(code.Note(tag));
            case "render":
                var given = new Dictionary<string, object>();
                foreach (var pair in values.Split(new[] { ',' }, StringSplitOptions.RemoveEmptyEntries))
                {
                    var parts = pair.Split(new[] { '=' }, 2);
                    string type = null;
                    for (var i = 0; entry != null && i + 1 < entry.Args.Count; i += 2)
                    {
                        if (entry.Args[i] == parts[0])
                        {
                            type = entry.Args[i + 1];
                        }
                    }
                    if (type == null || type == "string")
                    {
                        given[parts[0]] = parts[1];
                    }
                    else if (type == "bool")
                    {
                        given[parts[0]] = parts[1] == "true";
                    }
                    else
                    {
                        given[parts[0]] = long.Parse(parts[1]);
                    }
                }
                return Text(code.Message(tag, given));
        }
        throw new ArgumentException("no question " + question);
    }

    static void Main(string[] args)
    {
        var lines = File.ReadAllText(args[0], Encoding.UTF8).Split('\n');
        var output = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false));
        for (var i = 0; i + 1 < lines.Length; i++)
        {
            output.Write(Answer(lines[i].Split('\t')) + "\n");
        }
        output.Flush();
    }
}
