package dev.aphorist.testing;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * For tests that need a real PostgreSQL: resolves {@link EmbeddedPostgresServer} parameters, and
 * skips the tests with the reason when no server can be started on this machine.
 */
public final class WithPostgres implements ExecutionCondition, ParameterResolver {

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    PostgresAvailability postgres = PostgresAvailability.of(context);
    return postgres.available()
        ? ConditionEvaluationResult.enabled("embedded PostgreSQL is running")
        : ConditionEvaluationResult.disabled(postgres.failure());
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == EmbeddedPostgresServer.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return PostgresAvailability.of(context).server();
  }
}
