package dev.aphorist.store;

import java.nio.file.Path;

/** Test helper process: opens an embedded database, says "open", and holds it until killed. */
public final class HoldEmbeddedDatabase {

  public static void main(String[] args) throws Exception {
    try (Database database = Database.open(DatabaseSettings.embedded(Path.of(args[0])))) {
      System.out.print("open\n");
      System.out.flush();
      Thread.sleep(120_000);
    }
  }
}
