/**
 * The command line read by a command's own parser, or a message and exit code 2: a wrong option, or no file
 * (then the usage line is said).
 */
export function optionsOrExit<T extends { files: string[] }>(parse: (argv: string[]) => T, usage: string): T {
  let options: T;
  try {
    options = parse(process.argv.slice(2));
  } catch (error) {
    console.error((error as Error).message);
    process.exit(2);
  }
  if (options.files.length === 0) {
    console.error(`Cách dùng: ${usage}`);
    process.exit(2);
  }
  return options;
}
