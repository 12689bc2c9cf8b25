package dev.aphorist.discord.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.NonValidationKeyword;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.oas.OpenApi31;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Assumptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Validates request bodies against the request schemas of Discord's own OpenAPI 3.1 description
 * (discord/discord-api-spec), read from where the project keeps it beside itself. The file is never
 * copied into the project; without it validation is skipped (and that is said once).
 */
final class DiscordSchemas {
  static final String SPEC_RELATIVE_PATH = "shared/discord-api-spec/openapi.json";

  /** Overrides where the description is read from. */
  static final String SPEC_PROPERTY = "aphorist.discord.openapi";

  private static final Logger LOG = LoggerFactory.getLogger(DiscordSchemas.class);

  /**
   * Loading and compiling the 1.2 MB description takes about a second; every simulator in a test
   * run shares the compiled, immutable (thread-safe) schemas instead of paying that each time.
   */
  private static final Map<Path, DiscordSchemas> LOADED = new ConcurrentHashMap<>();

  /** The missing description is worth one line per test run, not one per simulator. */
  private static final AtomicBoolean MISSING_REPORTED = new AtomicBoolean();

  private static final List<String> NAMES =
      List.of(
          "MessageCreateRequest",
          "MessageEditRequestPartial",
          "CreateMessageInteractionCallbackRequest",
          "UpdateMessageInteractionCallbackRequest",
          "ApplicationCommandAutocompleteCallbackRequest",
          "ModalInteractionCallbackRequest",
          "IncomingWebhookRequestPartial",
          "IncomingWebhookUpdateRequestPartial",
          "ApplicationCommandUpdateRequest",
          "ApplicationCommandCreateRequest",
          "CreatePrivateChannelRequest");

  private final Map<String, JsonSchema> schemas;

  private DiscordSchemas(Map<String, JsonSchema> schemas) {
    this.schemas = schemas;
  }

  /**
   * Finds the description: the system property, else shared/discord-api-spec/openapi.json beside
   * the project root or beside one of its ancestors (a worktree sits a level deeper).
   */
  static Optional<Path> locateSpec(Path projectRoot) {
    String override = System.getProperty(SPEC_PROPERTY);
    if (override != null && !override.isBlank()) {
      Path path = Path.of(override);
      return Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
    }
    for (Path dir = projectRoot.toAbsolutePath().normalize().getParent();
        dir != null;
        dir = dir.getParent()) {
      Path candidate = dir.resolve(SPEC_RELATIVE_PATH);
      if (Files.isRegularFile(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  static void reportMissingOnce() {
    if (MISSING_REPORTED.compareAndSet(false, true)) {
      LOG.info(
          "Discord's OpenAPI description ({}) not found beside the project: request bodies are"
              + " not validated against Discord's schemas",
          SPEC_RELATIVE_PATH);
    }
  }

  /**
   * Skips a test about schema validation where the description is not beside the project (a clone
   * on its own): validation is required only where Discord's description exists.
   */
  static void assumeSpecFound(DiscordSimulator discord) {
    Assumptions.assumeTrue(
        discord.schemaValidationActive(),
        "Discord's OpenAPI description ("
            + SPEC_RELATIVE_PATH
            + ") is not beside the project: nothing to validate against");
  }

  static DiscordSchemas load(Path spec) {
    return LOADED.computeIfAbsent(spec.toAbsolutePath().normalize(), DiscordSchemas::compile);
  }

  private static DiscordSchemas compile(Path spec) {
    long started = System.nanoTime();
    // x-discord-union only documents how Discord means an anyOf; it asserts nothing. The others
    // are the OpenAPI document's own top-level fields, seen when the document root is loaded.
    JsonMetaSchema.Builder dialectBuilder = JsonMetaSchema.builder(OpenApi31.getInstance());
    for (String keyword :
        List.of(
            "x-discord-union", "openapi", "info", "servers", "paths", "components", "security")) {
      dialectBuilder.keyword(new NonValidationKeyword(keyword));
    }
    JsonMetaSchema dialect = dialectBuilder.build();
    JsonSchemaFactory factory =
        JsonSchemaFactory.getInstance(
            SpecVersion.VersionFlag.V202012,
            builder -> builder.metaSchema(dialect).defaultMetaSchemaIri(dialect.getIri()));
    // Strict types: a nonce "123" must match only the string branch of its oneOf.
    SchemaValidatorsConfig config =
        SchemaValidatorsConfig.builder().typeLoose(false).formatAssertionsEnabled(false).build();
    Map<String, JsonSchema> schemas = new ConcurrentHashMap<>();
    String base = spec.toUri().toString();
    for (String name : NAMES) {
      JsonSchema schema =
          factory.getSchema(SchemaLocation.of(base + "#/components/schemas/" + name), config);
      schema.initializeValidators();
      schemas.put(name, schema);
    }
    LOG.debug(
        "Compiled {} Discord request schemas from {} in {} ms",
        schemas.size(),
        spec,
        (System.nanoTime() - started) / 1_000_000);
    return new DiscordSchemas(schemas);
  }

  /** Validates the body a route carries; an empty list when it conforms or has no schema. */
  List<SchemaViolation> validate(String method, String path, RestRoute route, JsonNode body) {
    if (body == null) {
      return List.of();
    }
    return switch (route) {
      case CREATE_MESSAGE -> check(method, path, "MessageCreateRequest", body, body);
      case EDIT_MESSAGE -> check(method, path, "MessageEditRequestPartial", body, body);
      case WEBHOOK_EXECUTE -> check(method, path, "IncomingWebhookRequestPartial", body, body);
      case WEBHOOK_EDIT_MESSAGE ->
          check(method, path, "IncomingWebhookUpdateRequestPartial", body, body);
      case CREATE_DM -> check(method, path, "CreatePrivateChannelRequest", body, body);
      case INTERACTION_CALLBACK -> callback(method, path, body);
      case PUT_GLOBAL_COMMANDS, PUT_GUILD_COMMANDS -> commands(method, path, body);
      case CREATE_GLOBAL_COMMAND, CREATE_GUILD_COMMAND ->
          check(method, path, "ApplicationCommandCreateRequest", body, asDescribed(body));
      default -> List.of();
    };
  }

  private List<SchemaViolation> callback(String method, String path, JsonNode body) {
    String schema =
        switch (body.path("type").asInt(-1)) {
          case 4, 5 -> "CreateMessageInteractionCallbackRequest";
          case 6, 7 -> "UpdateMessageInteractionCallbackRequest";
          case 8 -> "ApplicationCommandAutocompleteCallbackRequest";
          case 9 -> "ModalInteractionCallbackRequest";
          default -> null;
        };
    if (schema == null) {
      return List.of(
          new SchemaViolation(
              method,
              path,
              "InteractionCallback",
              "/type",
              "callback type " + body.path("type") + " is none the bot may send",
              body));
    }
    return check(method, path, schema, body, body);
  }

  private List<SchemaViolation> commands(String method, String path, JsonNode body) {
    if (!body.isArray()) {
      return List.of(
          new SchemaViolation(
              method, path, "ApplicationCommandUpdateRequest[]", "", "must be an array", body));
    }
    List<SchemaViolation> violations = new ArrayList<>();
    if (body.size() > 130) {
      violations.add(
          new SchemaViolation(
              method, path, "ApplicationCommandUpdateRequest[]", "", "more than 130 items", body));
    }
    for (int i = 0; i < body.size(); i++) {
      for (SchemaViolation v :
          check(method, path, "ApplicationCommandUpdateRequest", body, asDescribed(body.get(i)))) {
        violations.add(
            new SchemaViolation(
                v.method(), v.path(), v.schema(), "/" + i + v.location(), v.message(), body));
      }
    }
    return violations;
  }

  /**
   * JDA sends contexts, integration_types and default_member_permissions as strings of digits where
   * the description types them as integers; Discord accepts both. Convert those (and only those) so
   * the rest of the command is still checked strictly.
   */
  static JsonNode asDescribed(JsonNode command) {
    if (!(command instanceof ObjectNode object)) {
      return command;
    }
    ObjectNode copy = object.deepCopy();
    for (String field : List.of("contexts", "integration_types")) {
      JsonNode values = copy.get(field);
      if (values instanceof ArrayNode array) {
        for (int i = 0; i < array.size(); i++) {
          if (array.get(i).isTextual() && array.get(i).asText().matches("\\d{1,9}")) {
            array.set(i, array.numberNode(Integer.parseInt(array.get(i).asText())));
          }
        }
      }
    }
    JsonNode permissions = copy.get("default_member_permissions");
    if (permissions != null
        && permissions.isTextual()
        && permissions.asText().matches("\\d{1,18}")) {
      copy.put("default_member_permissions", Long.parseLong(permissions.asText()));
    }
    return copy;
  }

  private List<SchemaViolation> check(
      String method, String path, String schemaName, JsonNode original, JsonNode instance) {
    JsonSchema schema = schemas.get(schemaName);
    List<SchemaViolation> violations = new ArrayList<>();
    for (ValidationMessage message : schema.validate(instance)) {
      violations.add(
          new SchemaViolation(
              method,
              path,
              schemaName,
              message.getInstanceLocation().toString(),
              message.getMessage(),
              original));
    }
    return violations;
  }
}
