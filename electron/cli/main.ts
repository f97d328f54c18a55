/**
 * Copydesk's command line. Each command lives in its own module and is loaded
 * only when asked for, so checking text never loads more than it needs.
 * Exit status: 0 success, 1 findings at error level (check) or refused (export), 2 unusable input.
 */
type CommandModule = { run: (args: string[]) => Promise<number> };

const commands: Record<string, { summary: string; load: () => Promise<CommandModule> }> = {
  attributions: {
    summary: 'attributions FILE... [--json]   who said what, with character offsets',
    load: () => import('./commands/attributions'),
  },
  check: {
    summary: 'check FILE... [--json] [--rules SETTINGS.json]   the pre-publish attribution check',
    load: () => import('./commands/check'),
  },
  export: {
    summary: 'export DRAFT.json [--fragment] [-o OUT.html] [--force --reason TEXT]   HTML for the website',
    load: () => import('./commands/export'),
  },
  import: {
    summary: 'import FILE... [-o DIR]   turn web pages, text and Word files into clean drafts',
    load: () => import('./commands/import'),
  },
};

function usage(): string {
  const lines = Object.values(commands).map((command) => `  copydesk ${command.summary}`);
  return ['Usage:', ...lines].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(`${usage()}\n`);
    return name ? 0 : 2;
  }
  const command = commands[name];
  if (!command) {
    process.stderr.write(`copydesk: unknown command "${name}"\n${usage()}\n`);
    return 2;
  }
  let module: CommandModule;
  try {
    module = await command.load();
  } catch (error) {
    process.stderr.write(`copydesk: the "${name}" command is not available in this build (${String(error)})\n`);
    return 2;
  }
  return module.run(rest);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`copydesk: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
