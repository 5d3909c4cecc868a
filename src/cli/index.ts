/** The `readout` command line: one file per command, registered here. */
import { Command, CommanderError } from 'commander';
import { version } from '../data.js';
import { register as analyze } from './analyze.js';
import { register as extract } from './extract.js';
import { register as ingest } from './ingest.js';
import { register as serve } from './serve.js';
import { register as quotes } from './quotes.js';
import { register as exportCmd } from './export.js';
import { register as worker } from './worker.js';

export function buildProgram(): Command {
  const program = new Command();
  program
    .name('readout')
    .description('Readout: who said what, who did what to whom, when — from news articles')
    .version(version(), '-V, --version')
    .showHelpAfterError()
    .exitOverride();
  analyze(program);
  extract(program);
  ingest(program);
  serve(program);
  quotes(program);
  exportCmd(program);
  worker(program);
  return program;
}

export async function main(argv: string[]): Promise<void> {
  // A closed pipe (`readout analyze … | head`) ends the run quietly.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
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
