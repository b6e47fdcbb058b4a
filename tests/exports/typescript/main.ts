// Answers the test's questions (tests/tests/exports.rs) from the exported catalog, a line each.
import { readFileSync } from "node:fs";
import * as catalog from "./catalog.js";

type Code = Parameters<typeof catalog.nameOf>[0];

// A code as a client reads one from JSON: a number or a string, listed or not.
const decode = (text: string): Code =>
  JSON.parse(__INTEGER__ ? text : JSON.stringify(text)) as Code;

const text = (value: string | undefined): string =>
  value === undefined ? "-" : value.replace(/\n/g, "\\n");
const list = (items: readonly string[]): string =>
  items.length === 0 ? "-" : items.join(",");

function answer(words: string[]): string {
  const [question, argument = "", tag = "", values = ""] = words;
  const code = () => decode(argument);
  const entry = () => catalog.entryOf(code());
  switch (question) {
    case "stamp":
      return catalog.STAMP;
    case "resolve":
      return text(catalog.resolveLanguage(argument));
    case "name":
      return text(catalog.nameOf(code()));
    case "from_name": {
      const found = catalog.fromName(argument);
      return found === undefined ? "-" : String(found);
    }
    case "group":
      return text(catalog.groupOf(code())?.name);
    case "flags":
      return list(entry()?.flags ?? []);
    case "roundtrip": {
      const back: Code = JSON.parse(JSON.stringify(code()));
      return `${back} ${text(catalog.nameOf(back))}`;
    }
    case "retired": {
      const retired = catalog.retired(code());
      return retired === undefined
        ? "-"
        : `${retired.name}|${retired.reason}|${text(retired.since)}`;
    }
    case "meta": {
      const known = entry();
      if (known === undefined) {
        return "-";
      }
      const platforms = Object.entries(known.platformNames).map(
        ([platform, name]) => `${platform}:${name}`,
      );
      const args = Object.entries(known.args).map(
        ([name, ty]) => `${name}:${ty}`,
      );
      return [
        `aliases=${list(known.aliases)}`,
        `platforms=${list(platforms)}`,
        `deprecated=${text(known.deprecated)}`,
        `docs=${text(known.docsUrl)}`,
        `http=${text(known.httpStatus?.toString())}`,
        `grpc=${text(known.grpcCode)}`,
        `args=${list(args)}`,
      ].join(";");
    }
    case "description":
      return text(catalog.description(code(), tag));
    case "cause":
      return text(catalog.cause(code(), tag));
    case "note":
      return text(catalog.note(code(), tag));
    case "render": {
      const args: Record<string, catalog.ArgValue> = {};
      for (const pair of values.split(",").filter((pair) => pair !== "")) {
        const [name, value] = pair.split("=");
        const ty = entry()?.args[name];
        args[name] =
          ty === undefined || ty === "string"
            ? value
            : ty === "bool"
              ? value === "true"
              : BigInt(value);
      }
      return text(catalog.message(code(), tag, args));
    }
    default:
      throw new Error(`no question ${question}`);
  }
}

const lines = readFileSync(process.argv[2], "utf8").split("\n");
console.log(
  lines
    .slice(0, -1)
    .map((line) => answer(line.split("\t")))
    .join("\n"),
);
