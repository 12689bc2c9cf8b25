package dev.aphorist.corpus.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.aphorist.corpus.BadFileException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads a CSV list of quotes with a header row naming its columns: {@code text} (or {@code quote},
 * required), and optionally {@code author}, {@code handle}, {@code source} and {@code tags}
 * (separated by semicolons, commas or bars). Column names are not case-sensitive.
 */
public final class CsvQuotesReader implements FormatReader {

  private static final CsvMapper CSV = new CsvMapper();

  @Override
  public ImportFormat format() {
    return ImportFormat.CSV;
  }

  @Override
  public void read(ImportInput input, ImportSink sink) throws BadFileException, IOException {
    CsvSchema schema = CsvSchema.emptySchema().withHeader();
    try (LinesReader reader = new LinesReader(new TextLines(input, input.open()));
        MappingIterator<Map<String, String>> rows =
            CSV.readerForMapOf(String.class)
                .with(schema)
                .with(CsvParser.Feature.TRIM_SPACES)
                .readValues(reader)) {
      String textColumn = null;
      while (rows.hasNextValue()) {
        Map<String, String> raw = rows.nextValue();
        Map<String, String> row = new TreeMap<>();
        raw.forEach((k, v) -> row.put(k.strip().toLowerCase(Locale.ROOT), v));
        if (textColumn == null) {
          textColumn =
              QuoteRow.TEXT_FIELDS.stream().filter(row::containsKey).findFirst().orElse(null);
          if (textColumn == null) {
            throw input.bad(
                1,
                "not a CSV list of quotes: no 'text' column in the header (columns: "
                    + String.join(", ", new ArrayList<>(raw.keySet()))
                    + ")");
          }
        }
        String text = row.get(textColumn);
        if (text == null || text.isBlank()) {
          sink.skipped("empty text");
          continue;
        }
        sink.item(
            QuoteRow.item(
                text, row.get("author"), row.get("handle"), row.get("source"), tags(row)));
      }
    } catch (LinesReader.Failure e) {
      throw e.problem();
    } catch (JsonProcessingException e) {
      if (e.getCause() instanceof LinesReader.Failure failure) {
        throw failure.problem();
      }
      throw JsonInput.bad(input, e, "a CSV list of quotes");
    } catch (RuntimeException e) {
      if (e.getCause() instanceof LinesReader.Failure failure) {
        throw failure.problem();
      }
      throw e;
    }
  }

  private static List<String> tags(Map<String, String> row) {
    return QuoteRow.splitTags(row.get("tags"));
  }
}
