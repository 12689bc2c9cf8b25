package dev.aphorist.store;

/** The test classpath, for tests that start other JVMs with our classes. */
public final class TestClasspath {

  private TestClasspath() {}

  public static String get() {
    // Surefire may run tests from a manifest-only jar; it keeps the real classpath here.
    String surefire = System.getProperty("surefire.test.class.path");
    return surefire != null && !surefire.isBlank()
        ? surefire
        : System.getProperty("java.class.path");
  }
}
