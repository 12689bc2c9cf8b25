package dev.aphorist.corpus.build;

import dev.aphorist.corpus.BadFileException;
import dev.aphorist.corpus.extract.ImportedDocument;
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
 * must be non-empty UTF-8 text; the first that is not stops the build with its name. Imported
 * documents ({@code *.jsonl}) are only listed: the build streams them.
 */
public final class RawFolder {

  /**
   * What a raw folder holds.
   *
   * @param texts the text documents, loaded, in name order
   * @param imports the imported documents, not loaded, in name order
   */
  public record Contents(List<RawDocument> texts, List<ImportedFile> imports) {

    public Contents {
      texts = List.copyOf(texts);
      imports = List.copyOf(imports);
    }

    /** The same contents plus one more imported document. */
    public Contents with(ImportedFile imported) {
      List<ImportedFile> more = new ArrayList<>(imports);
      more.add(imported);
      return new Contents(texts, more);
    }

    /** Every document name. */
    public List<String> names() {
      List<String> names = new ArrayList<>();
      texts.forEach(t -> names.add(t.name()));
      imports.forEach(i -> names.add(i.name()));
      return names;
    }
  }

  private RawFolder() {}

  /** The text documents of {@code folder}, sorted by file name; imported documents are left out. */
  public static List<RawDocument> load(Path folder) throws BadFileException {
    return scan(folder).texts();
  }

  /** The documents of {@code folder}: text ones loaded, imported ones listed. */
  public static Contents scan(Path folder) throws BadFileException {
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
    List<ImportedFile> imports = new ArrayList<>();
    for (Path file : files) {
      String name = file.getFileName().toString();
      if (ImportedDocument.isImported(name)) {
        imports.add(new ImportedFile(name, file));
      } else {
        documents.add(load(file, name));
      }
    }
    return new Contents(documents, imports);
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
