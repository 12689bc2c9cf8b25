package dev.aphorist.corpus.imports;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.aphorist.corpus.BadFileException;
import java.io.IOException;
import java.io.InputStream;

/**
 * JSON reading shared by the JSON formats: a streaming parser whose text values are bounded (a 100
 * MB string is refused, not loaded), and Jackson's errors turned into one-line messages that name
 * the file and line.
 */
final class JsonInput {

  /** Longest text value read: far beyond any post. */
  static final int MAX_STRING = 1_000_000;

  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder().maxStringLength(MAX_STRING).build())
          .build();

  static final ObjectMapper MAPPER = JsonMapper.builder(FACTORY).build();

  private JsonInput() {}

  static JsonParser parser(InputStream in) throws IOException {
    return MAPPER.createParser(in);
  }

  /** The value at the parser's current token (an object of one post), as a small tree. */
  static JsonNode tree(JsonParser parser) throws IOException {
    return MAPPER.readTree(parser);
  }

  /** Jackson's complaint as a one-line problem of the input. */
  static BadFileException bad(ImportInput input, JsonProcessingException e, String what) {
    int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
    String message = e.getOriginalMessage();
    message = message == null ? e.getClass().getSimpleName() : message.lines().findFirst().get();
    String problem;
    if (e instanceof StreamConstraintsException) {
      problem = "a value is longer than " + MAX_STRING + " characters; not " + what;
    } else if (message.contains("Invalid UTF-8") || message.contains("Invalid UTF-32")) {
      problem = "invalid UTF-8";
    } else if (message.contains("end-of-input")) {
      problem = "the JSON ends too early (is the file truncated?)";
    } else {
      problem = "not " + what + ": " + message;
    }
    return input.bad(line, problem);
  }
}
