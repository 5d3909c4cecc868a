/** The `readout` command line: one file per command, registered here. */
import { Command, CommanderError } from 'commander';
import { readFileSync } from 'node:fs';
import { register as analyze } from './analyze.js';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

export function buildProgram(): Command {
  const program = new Command();
  program
    .name('readout')
    .description('Readout: who said what, who did what to whom, when — from news articles')
    .version(pkg.version, '-V, --version')
    .showHelpAfterError()
    .exitOverride();
  analyze(program);
  return program;
}

export async function main(argv: string[]): Promise<void> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
  } catch (e) {
    if (e instanceof CommanderError) {
      process.exitCode = e.exitCode;
      return;
    }
    process.stderr.write(`readout: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  }
}
