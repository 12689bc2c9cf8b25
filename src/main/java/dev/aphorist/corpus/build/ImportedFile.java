package dev.aphorist.corpus.build;

import java.nio.file.Path;
import java.util.Objects;

/**
 * An imported document of the raw folder (see {@link
 * dev.aphorist.corpus.extract.ImportedDocument}): read as a stream when the corpus is built, never
 * loaded whole.
 *
 * @param name its file name in the raw folder: the key into corpus/sources.yaml
 * @param path where its bytes are (a temporary file while an import is not yet committed)
 */
public record ImportedFile(String name, Path path) {

  public ImportedFile {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(path, "path");
  }
}
