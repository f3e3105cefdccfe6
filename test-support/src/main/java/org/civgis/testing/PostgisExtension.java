package org.civgis.testing;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Creates a database for each test class before its tests and drops it after them; resolves {@link
 * TestDatabase} parameters of constructors, lifecycle methods and tests.
 */
public final class PostgisExtension implements BeforeAllCallback, ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(PostgisExtension.class);

  @Override
  public void beforeAll(ExtensionContext context) {
    database(context);
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == TestDatabase.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return database(context);
  }

  private static TestDatabase database(ExtensionContext context) {
    Class<?> testClass = context.getRequiredTestClass();
    while (testClass.getEnclosingClass() != null) {
      testClass = testClass.getEnclosingClass();
    }
    String hint = testClass.getSimpleName();
    // Stores are looked up through the parents: the methods and nested classes of a test class
    // find the database its beforeAll created.
    return context
        .getStore(NAMESPACE)
        .computeIfAbsent(
            testClass,
            k -> new ClassDatabase(TestPostgis.createDatabase(hint)),
            ClassDatabase.class)
        .database();
  }

  /** Dropped by JUnit when the test class's store closes, after its last test. */
  private record ClassDatabase(TestDatabase database) implements AutoCloseable {
    @Override
    public void close() {
      TestPostgis.dropDatabase(database);
    }
  }
}
