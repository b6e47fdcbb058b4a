// The little of Node's API the program uses, so that it compiles without @types/node.
declare module "node:fs" {
  export function readFileSync(path: string, encoding: "utf8"): string;
}
declare const process: { readonly argv: readonly string[] };
declare const console: { log(text: string): void };
