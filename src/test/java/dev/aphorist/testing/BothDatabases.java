package dev.aphorist.testing;

import dev.aphorist.store.Database;
import dev.aphorist.store.DatabaseSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;

/** The two invocations of an {@link OnH2AndPostgres} test. */
final class BothDatabases implements TestTemplateInvocationContextProvider {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(BothDatabases.class);

  @Override
  public boolean supportsTestTemplate(ExtensionContext context) {
    return true;
  }

  @Override
  public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(
      ExtensionContext context) {
    return Stream.of(invocation("H2", false), invocation("PostgreSQL", true));
  }

  private static TestTemplateInvocationContext invocation(String name, boolean postgres) {
    return new TestTemplateInvocationContext() {
      @Override
      public String getDisplayName(int invocationIndex) {
        return name;
      }

      @Override
      public List<Extension> getAdditionalExtensions() {
        return List.of(new DatabaseParameter(postgres));
      }
    };
  }

  /** Opens the database for one invocation and closes it after. */
  private record DatabaseParameter(boolean postgres)
      implements ParameterResolver, ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
      if (!postgres) {
        return ConditionEvaluationResult.enabled("H2 is always available");
      }
      PostgresAvailability availability = PostgresAvailability.of(context);
      return availability.available()
          ? ConditionEvaluationResult.enabled("embedded PostgreSQL is running")
          : ConditionEvaluationResult.disabled(availability.failure());
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
      return parameter.getParameter().getType() == Database.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
      Database database = postgres ? openPostgres(context) : openH2();
      context.getStore(NAMESPACE).put("database", (AutoCloseable) database::close);
      return database;
    }

    private static Database openPostgres(ExtensionContext context) {
      return PostgresAvailability.of(context).server().openFreshDatabase(8);
    }

    private static Database openH2() {
      try {
        Path dir =
            Files.createTempDirectory(
                Files.createDirectories(Path.of("target", "h2-tests")), "db-");
        return Database.open(DatabaseSettings.embedded(dir));
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
