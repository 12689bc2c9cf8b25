package dev.aphorist.cli;

import picocli.CommandLine;

/** Reads the version from the jar manifest; "development" when run from classes. */
public final class VersionProvider implements CommandLine.IVersionProvider {

  /** The running version, e.g. {@code 0.1.0-SNAPSHOT}. */
  public static String version() {
    String version = Main.class.getPackage().getImplementationVersion();
    return version == null ? "development" : version;
  }

  @Override
  public String[] getVersion() {
    return new String[] {"aphorist " + version()};
  }
}
