package dev.aphorist.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a test twice, with a fresh migrated {@link dev.aphorist.store.Database} parameter: once on
 * embedded H2 in file mode and once on a real PostgreSQL (skipped, with the reason, where no
 * PostgreSQL server can be started).
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@TestTemplate
@ExtendWith(BothDatabases.class)
public @interface OnH2AndPostgres {}
