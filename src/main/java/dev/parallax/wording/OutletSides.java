package dev.parallax.wording;

import dev.parallax.model.OutletRegistry;
import java.io.Serializable;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * The side an article's outlet stands on in a wording comparison: the outlet itself, or its group
 * under one attribute column of the outlet registry (country, ownership, ...) so that, say,
 * state-owned outlets are compared with the rest. Outlets missing from the registry, or with an
 * empty value, form the group {@value #UNKNOWN} (as in {@code event_groups.csv}).
 */
public final class OutletSides implements Serializable {
  public static final String UNKNOWN = "unknown";

  private final OutletRegistry registry;
  private final String attribute;

  private OutletSides(OutletRegistry registry, String attribute) {
    this.registry = registry;
    this.attribute = attribute;
  }

  /** Every outlet on its own side. */
  public static OutletSides outlets() {
    return new OutletSides(null, null);
  }

  /**
   * Outlets grouped by one registry attribute.
   *
   * @throws IllegalArgumentException when the registry has no such column
   */
  public static OutletSides groups(OutletRegistry registry, String attribute) {
    if (!registry.attributeNames().contains(attribute)) {
      throw new IllegalArgumentException(
          "'"
              + attribute
              + "' is not an attribute column of the outlet registry (columns: "
              + String.join(", ", registry.attributeNames())
              + ")");
    }
    return new OutletSides(registry, attribute);
  }

  /** The attribute the outlets are grouped by, or null when each outlet is its own side. */
  public String attribute() {
    return attribute;
  }

  public String of(String outlet) {
    if (attribute == null) {
      return outlet;
    }
    String group = registry.attribute(outlet, attribute);
    return group.isEmpty() ? UNKNOWN : group;
  }

  /** The distinct sides of some outlets, sorted. */
  public Set<String> of(Collection<String> outlets) {
    Set<String> sides = new TreeSet<>();
    for (String outlet : outlets) {
      sides.add(of(outlet));
    }
    return sides;
  }
}
