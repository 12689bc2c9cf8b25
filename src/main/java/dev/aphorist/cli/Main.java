package dev.aphorist.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code aphorist} command: the single entry point of target/aphorist.jar. */
@Command(
    name = "aphorist",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "A quote-of-the-day bot for Discord, built on a corpus of engineering aphorisms.",
    subcommands = {
      RunCommand.class,
      ConsoleCommand.class,
      CorpusCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns the exit code, without exiting: tests call this. */
  public static int run(String... args) {
    return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
