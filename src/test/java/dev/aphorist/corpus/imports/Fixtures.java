package dev.aphorist.corpus.imports;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** The import fixtures of src/test/resources/imports, and zips made of them. */
final class Fixtures {

  static final Path DIR = Path.of("src/test/resources/imports");

  private Fixtures() {}

  static Path file(String name) {
    return DIR.resolve(name);
  }

  /** An X archive zip as X delivers it: data/tweets.js and data/account.js among other files. */
  static Path xArchive(Path folder, boolean withAccount) throws IOException {
    Path zip =
        folder.resolve(withAccount ? "twitter-archive.zip" : "twitter-archive-no-account.zip");
    try (OutputStream out = Files.newOutputStream(zip);
        ZipOutputStream zipped = new ZipOutputStream(out)) {
      zipped.putNextEntry(new ZipEntry("Your archive.html"));
      zipped.write("<html>archive</html>".getBytes());
      zipped.closeEntry();
      zipped.putNextEntry(new ZipEntry("data/tweets.js"));
      zipped.write(Files.readAllBytes(file("tweets.js")));
      zipped.closeEntry();
      if (withAccount) {
        zipped.putNextEntry(new ZipEntry("data/account.js"));
        zipped.write(Files.readAllBytes(file("account.js")));
        zipped.closeEntry();
      }
    }
    return zip;
  }
}
