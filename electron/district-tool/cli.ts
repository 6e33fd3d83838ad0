import { parseArgs } from 'node:util';
import { listBundled } from './bundled';
import { keygen } from './keygen';
import { sign } from './sign';
import { ToolError } from './tool-error';
import { fingerprint, verify } from './verify';

/**
 * The district's tool: creates the district key and signs scale packs (docs/scale-packs.md).
 * `npm run district-tool -- <command> [options]`; exit 0 done, 1 refused or failed, 2 wrong usage.
 */

const usage = `Xinqing district tool: create the district key and sign scale packs.

Usage: npm run district-tool -- <command> [options]

Commands:
  keygen --district NAME --out FOLDER
      Create the district's key pair: FOLDER/district-private-key.pem (keep it offline)
      and FOLDER/district-public-key.json (send it to the schools). Never overwrites.
  sign --key district-private-key.pem --in PACK-SOURCE.json --out PACK.xqpack
      Add a fresh pack id and the time to the source, sign it, check it as the app will,
      and write the pack. Nothing is written if the check fails.
  verify --key district-public-key.json --pack PACK.xqpack
      Check a pack as a school's Xinqing of this version will, and list what it approves.
  fingerprint --key district-public-key.json
      Show the key's fingerprint, to read out to a school by phone.
  bundled
      List the scales this version ships, with the hashes a pack approves them by.

Exit status: 0 done, 1 refused or failed, 2 wrong usage.`;

type OptionName = 'district' | 'out' | 'key' | 'in' | 'pack';
interface Command {
  options: readonly OptionName[];
  /** `option` returns a value the command requires; cli checked they were all given. */
  run: (option: (name: OptionName) => string) => void;
}

const commands: Record<string, Command> = {
  keygen: { options: ['district', 'out'], run: (option) => keygen(option('district'), option('out')) },
  sign: { options: ['key', 'in', 'out'], run: (option) => sign(option('key'), option('in'), option('out')) },
  verify: { options: ['key', 'pack'], run: (option) => verify(option('key'), option('pack')) },
  fingerprint: { options: ['key'], run: (option) => fingerprint(option('key')) },
  bundled: { options: [], run: () => listBundled() },
};

function main(args: string[]): void {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      help: { type: 'boolean', short: 'h' },
      district: { type: 'string' },
      out: { type: 'string' },
      key: { type: 'string' },
      in: { type: 'string' },
      pack: { type: 'string' },
    },
  });
  const { help, ...given } = values;
  const [name, ...extra] = positionals;
  if (help || name === undefined || name === 'help') {
    console.log(usage);
    return;
  }
  const command = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!command) throw new ToolError(`Unknown command "${name}". See --help.`, 2);
  if (extra.length > 0) throw new ToolError(`Unexpected argument "${extra[0]}". See --help.`, 2);
  for (const option of Object.keys(given)) {
    if (!command.options.some((allowed) => allowed === option)) throw new ToolError(`${name} takes no --${option}.`, 2);
  }
  const missing = command.options.filter((option) => !given[option]);
  if (missing.length > 0) throw new ToolError(`${name} needs ${missing.map((option) => `--${option}`).join(', ')}.`, 2);
  command.run((option) => given[option] ?? '');
}

try {
  main(process.argv.slice(2));
} catch (error) {
  if (error instanceof ToolError) {
    console.error(error.message);
    process.exitCode = error.exitCode;
  } else if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
    console.error(`${error.message}. See --help.`);
    process.exitCode = 2;
  } else {
    console.error(`Unexpected failure: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
