package dev.aphorist.cli;

import dev.aphorist.config.AphoristConfig;
import dev.aphorist.config.ConfigException;
import dev.aphorist.config.ConfigLoader;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --config FILE} option shared by the commands that run the bot. */
final class ConfigOption {

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "Configuration file (default: config/aphorist.yaml when present)")
  Path file;

  AphoristConfig load() throws ConfigException {
    return new ConfigLoader(System.getenv()).load(file);
  }
}
