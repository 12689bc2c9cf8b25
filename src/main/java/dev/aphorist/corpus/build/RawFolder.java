package dev.aphorist.corpus.build;

import dev.aphorist.corpus.BadFileException;
import dev.aphorist.corpus.extract.RawDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Loads the raw documents of a folder (corpus/raw): every visible regular file, in name order. Each
 * must be non-empty UTF-8 text; the first that is not stops the build with its name.
 */
public final class RawFolder {

  private RawFolder() {}

  /** The documents of {@code folder}, sorted by file name. */
  public static List<RawDocument> load(Path folder) throws BadFileException {
    if (!Files.exists(folder)) {
      throw new BadFileException(folder, "folder not found");
    }
    if (!Files.isDirectory(folder)) {
      throw new BadFileException(folder, "not a folder");
    }
    List<Path> files;
    try (Stream<Path> listing = Files.list(folder)) {
      files =
          listing
              .filter(Files::isRegularFile)
              .filter(p -> !p.getFileName().toString().startsWith("."))
              .sorted()
              .toList();
    } catch (IOException e) {
      throw new BadFileException(folder, "cannot be listed: " + e.getMessage());
    }
    if (files.isEmpty()) {
      throw new BadFileException(folder, "no raw documents in the folder");
    }
    List<RawDocument> documents = new ArrayList<>(files.size());
    for (Path file : files) {
      documents.add(load(file, file.getFileName().toString()));
    }
    return documents;
  }

  /** One raw document; {@code name} is its key in corpus/sources.yaml. */
  public static RawDocument load(Path file, String name) throws BadFileException {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new BadFileException(file, "file not found");
    } catch (IOException e) {
      throw new BadFileException(file, "cannot be read: " + e.getMessage());
    }
    String text = TextFiles.decode(file, bytes);
    if (text.isBlank()) {
      throw new BadFileException(file, "the file is empty");
    }
    return new RawDocument(name, text);
  }
}
