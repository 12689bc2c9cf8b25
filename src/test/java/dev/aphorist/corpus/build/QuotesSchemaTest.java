package dev.aphorist.corpus.build;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** corpus/quotes.json matches the schema documented in docs/quotes.schema.json. */
class QuotesSchemaTest {

  private final ObjectMapper mapper = new ObjectMapper();

  private JsonSchema schema() throws Exception {
    return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
        .getSchema(mapper.readTree(Files.readString(Path.of("docs/quotes.schema.json"))));
  }

  @Test
  void theCommittedCorpusMatchesTheDocumentedSchema() throws Exception {
    JsonNode corpus = mapper.readTree(Files.readString(Seeds.QUOTES));
    Set<ValidationMessage> problems = schema().validate(corpus);
    assertThat(problems).isEmpty();
  }

  @Test
  void theSchemaRejectsWhatTheFormatForbids() throws Exception {
    JsonNode bad =
        mapper.readTree(
            "{\"version\":1,\"quotes\":[{\"id\":\"ILLEGAL!!!\",\"text\":\"\",\"author\":null,"
                + "\"source\":{\"document\":\"d\",\"title\":null,\"kind\":\"podcast\",\"url\":null},"
                + "\"tags\":[\"Not Kebab\"],\"score\":2}]}");
    assertThat(schema().validate(bad)).hasSizeGreaterThanOrEqualTo(5);
  }
}
