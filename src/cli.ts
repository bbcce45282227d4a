#!/usr/bin/env node
// The ndfuse command line. Each command is a thin shell over the library.

import { Command, InvalidArgumentError } from 'commander';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const pkg = JSON.parse(readFileSync(resolve(dirname(fileURLToPath(import.meta.url)), '../../package.json'), 'utf8')) as { version: string };

export function makeProgram(): Command {
  const program = new Command();
  program
    .name('ndfuse')
    .description('Lazy array expressions compiled into fused JavaScript kernels')
    .version(pkg.version);

  program
    .command('run')
    .description('run a .js or .ts script that uses ndfuse, optionally printing every kernel it compiles')
    .argument('<script>', 'the script to run (TypeScript is compiled on the fly)')
    .argument('[args...]', 'arguments passed to the script in process.argv')
    .option('--dump-kernels [dir]', 'print each newly compiled kernel to stderr, or write one <name>.js file per kernel into dir')
    .action(async (script: string, args: string[], opts: { dumpKernels?: string | boolean }) => {
      const path = resolve(script);
      if (!existsSync(path)) throw new InvalidArgumentError(`ndfuse run: no such script: ${script}`);
      // loaded here so that a bad NDFUSE_* variable is reported as a message, not a stack trace
      const { setConfig } = await import('../runtime/config.js');
      if (opts.dumpKernels !== undefined) {
        const where = opts.dumpKernels === true ? '-' : resolve(String(opts.dumpKernels));
        // the environment reaches a copy of ndfuse the script may load from its own node_modules
        process.env.NDFUSE_DUMP_KERNELS = where;
        setConfig({ dumpKernels: where });
      }
      process.argv = [process.argv[0]!, path, ...args];
      if (/\.[cm]?tsx?$/.test(path)) {
        const { register } = await import('tsx/esm/api');
        register();
      }
      await import(pathToFileURL(path).href);
    });
  return program;
}

const isMain = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  makeProgram().parseAsync(process.argv).catch((e: unknown) => {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  });
}
