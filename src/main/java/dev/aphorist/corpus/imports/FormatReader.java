package dev.aphorist.corpus.imports;

import dev.aphorist.corpus.BadFileException;
import java.io.IOException;

/**
 * Reads one export format as a stream: items go to the sink as they are read, so a file of any size
 * is read in bounded memory. A file that is not of the format, or is damaged, is reported as a
 * {@link BadFileException} naming the file (and line when there is one).
 */
public interface FormatReader {

  ImportFormat format();

  /** Reads every item of the input into the sink. */
  void read(ImportInput input, ImportSink sink) throws BadFileException, IOException;
}
