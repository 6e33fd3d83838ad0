import { defaultDataFolder } from '../backend/data-folder';

export interface HostOptions {
  dataFolder: string;
  port: number;
  open: boolean;
}

/**
 * Flags win over environment variables, which win over the defaults: the data folder the
 * Electron app uses, and any free port.
 */
export function parseHostOptions(argv: readonly string[], env: NodeJS.ProcessEnv): HostOptions {
  const flag = (name: string): string | undefined => {
    const index = argv.indexOf(name);
    if (index !== -1) return argv[index + 1];
    return argv.find((argument) => argument.startsWith(`${name}=`))?.slice(name.length + 1);
  };
  const portText = flag('--port') ?? env.XINQING_PORT ?? '0';
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new Error(`Not a port number: ${portText}`);
  const dataFolder = flag('--data-dir') ?? env.XINQING_DATA_DIR ?? defaultDataFolder();
  if (dataFolder === '') throw new Error('The data folder must not be empty.');
  return { dataFolder, port, open: argv.includes('--open') };
}
