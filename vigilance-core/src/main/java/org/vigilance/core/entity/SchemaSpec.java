package org.vigilance.core.entity;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A schema as written in a schema file, before inheritance is resolved.
 *
 * @param name the schema name
 * @param label a human label
 * @param plural the plural label
 * @param description what it is, when given
 * @param isAbstract whether entities may not have it directly
 * @param matchable whether the resolver compares entities of this schema
 * @param parents the schemata it extends
 * @param properties the properties it defines
 * @param required the properties an entity must have
 * @param caption the properties that make its caption, in order of preference
 * @param edgeSource for relationship schemata, the property naming the source entity
 * @param edgeTarget for relationship schemata, the property naming the target entity
 * @param origin where it was loaded from (for error messages)
 */
public record SchemaSpec(
    String name,
    String label,
    String plural,
    @Nullable String description,
    boolean isAbstract,
    boolean matchable,
    List<String> parents,
    List<PropertySpec> properties,
    List<String> required,
    List<String> caption,
    @Nullable String edgeSource,
    @Nullable String edgeTarget,
    String origin) {

  /**
   * A property as written in a schema file.
   *
   * @param name the name
   * @param label the label
   * @param type the FtM type name, or null for the default ({@code string})
   * @param range the schema of entity values
   * @param hidden hidden in user interfaces
   * @param matchable null when unspecified (then the type decides)
   */
  public record PropertySpec(
      String name,
      String label,
      @Nullable String type,
      @Nullable String range,
      boolean hidden,
      @Nullable Boolean matchable) {}
}
