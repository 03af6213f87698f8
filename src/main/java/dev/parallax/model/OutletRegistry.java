package dev.parallax.model;

import java.io.Serializable;
import java.net.URI;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The researcher's outlet registry ({@code conf/outlets.csv}): canonical name, web domains, aliases
 * (both {@code |}-separated), and free attribute columns (country, ownership, ...) that reports
 * group by. Unknown outlets keep their domain or given name.
 */
public final class OutletRegistry implements Serializable {
  private final Map<String, String> nameByKey;
  private final Map<String, Map<String, String>> attributesByName;
  private final List<String> attributeNames;

  private OutletRegistry(
      Map<String, String> nameByKey,
      Map<String, Map<String, String>> attributesByName,
      List<String> attributeNames) {
    this.nameByKey = Map.copyOf(nameByKey);
    this.attributesByName = Map.copyOf(attributesByName);
    this.attributeNames = List.copyOf(attributeNames);
  }

  public static OutletRegistry empty() {
    return new OutletRegistry(Map.of(), Map.of(), List.of());
  }

  /** One row of the registry: a canonical name, its domains and aliases, its attribute values. */
  public record Outlet(
      String name, List<String> domains, List<String> aliases, Map<String, String> attributes)
      implements Serializable {
    public Outlet {
      Objects.requireNonNull(name, "name");
      domains = List.copyOf(domains);
      aliases = List.copyOf(aliases);
      attributes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }
  }

  /** A registry of these outlets, whose attribute columns are {@code attributeNames}. */
  public static OutletRegistry of(List<String> attributeNames, List<Outlet> outlets) {
    Map<String, String> nameByKey = new HashMap<>();
    Map<String, Map<String, String>> attributes = new HashMap<>();
    for (Outlet outlet : outlets) {
      nameByKey.put(key(outlet.name()), outlet.name());
      for (String domain : outlet.domains()) {
        nameByKey.put(domainKey(domain), outlet.name());
      }
      for (String alias : outlet.aliases()) {
        nameByKey.put(key(alias), outlet.name());
      }
      Map<String, String> values = new LinkedHashMap<>();
      for (String attribute : attributeNames) {
        values.put(attribute, outlet.attributes().getOrDefault(attribute, ""));
      }
      attributes.put(outlet.name(), values);
    }
    return new OutletRegistry(nameByKey, attributes, attributeNames);
  }

  private static String key(String name) {
    return name.strip().toLowerCase(Locale.ROOT);
  }

  private static String domainKey(String domain) {
    String lower = key(domain);
    return "domain:" + (lower.startsWith("www.") ? lower.substring(4) : lower);
  }

  /** The canonical outlet for a given outlet name or domain; unknown names come back stripped. */
  public String canonicalName(String given) {
    String byName = nameByKey.get(key(given));
    if (byName != null) {
      return byName;
    }
    String host = hostOf(given);
    if (host != null) {
      String byDomain = byHost(host);
      return byDomain != null ? byDomain : host;
    }
    return given.strip();
  }

  /**
   * What an outlet is called: its name, its registry aliases, and each registry domain without
   * "www." and its last label ("foxnews" of foxnews.com), lower case.
   */
  public java.util.SortedSet<String> namesOf(String outlet) {
    java.util.SortedSet<String> names = new java.util.TreeSet<>();
    names.add(key(outlet));
    for (Map.Entry<String, String> entry : nameByKey.entrySet()) {
      if (!entry.getValue().equals(outlet)) {
        continue;
      }
      String name = entry.getKey();
      if (name.startsWith("domain:")) {
        String host = name.substring("domain:".length());
        int last = host.lastIndexOf('.');
        names.add(last > 0 ? host.substring(0, last) : host);
      } else {
        names.add(name);
      }
    }
    return names;
  }

  /** The outlet of a URL: the registry's name for its domain, else the domain; null if no host. */
  public String outletOfUrl(String url) {
    String host = hostOf(url);
    if (host == null) {
      return null;
    }
    String known = byHost(host);
    return known != null ? known : host;
  }

  private String byHost(String host) {
    String candidate = host;
    while (candidate.contains(".")) {
      String name = nameByKey.get(domainKey(candidate));
      if (name != null) {
        return name;
      }
      candidate = candidate.substring(candidate.indexOf('.') + 1);
    }
    return null;
  }

  /** The lower-case host of a URL or bare domain, without "www.", or null. */
  public static String hostOf(String urlOrDomain) {
    String value = urlOrDomain.strip().replace(" ", "");
    if (value.isEmpty()) {
      return null;
    }
    String withScheme = value.contains("://") ? value : "http://" + value;
    try {
      String host = new URI(withScheme).getHost();
      if (host == null || !host.contains(".")) {
        return null;
      }
      host = host.toLowerCase(Locale.ROOT);
      return host.startsWith("www.") ? host.substring(4) : host;
    } catch (Exception e) {
      return null;
    }
  }

  /** The registry's attribute columns, in file order. */
  public List<String> attributeNames() {
    return attributeNames;
  }

  /** An outlet's attribute value, or "" when the outlet or the value is unknown. */
  public String attribute(String outlet, String attribute) {
    Map<String, String> values = attributesByName.get(outlet);
    return values == null ? "" : values.getOrDefault(attribute, "");
  }
}
