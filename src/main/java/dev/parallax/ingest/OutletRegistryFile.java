package dev.parallax.ingest;

import dev.parallax.config.ConfigException;
import dev.parallax.model.OutletRegistry;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the researcher's outlet registry ({@code conf/outlets.csv}): header {@code
 * name,domains,aliases,...}, domains and aliases {@code |}-separated, then free attribute columns.
 * A bad file is a configuration error naming the file and line.
 */
public final class OutletRegistryFile {
  private OutletRegistryFile() {}

  public static OutletRegistry parse(String csvText, String origin) {
    CSVFormat format =
        CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
    List<OutletRegistry.Outlet> outlets = new ArrayList<>();
    List<String> attributeNames = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(new StringReader(csvText), format)) {
      List<String> header = parser.getHeaderNames();
      if (header.size() < 3
          || !header.get(0).equals("name")
          || !header.get(1).equals("domains")
          || !header.get(2).equals("aliases")) {
        throw new ConfigException(
            origin + ": header must start with name,domains,aliases but is " + header);
      }
      attributeNames.addAll(header.subList(3, header.size()));
      for (CSVRecord record : parser) {
        String name = record.get(0);
        if (name.isEmpty()) {
          throw new ConfigException(
              origin + ":" + parser.getCurrentLineNumber() + " field 'name' is empty");
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (String attribute : attributeNames) {
          values.put(attribute, record.isSet(attribute) ? record.get(attribute) : "");
        }
        outlets.add(
            new OutletRegistry.Outlet(
                name, splitList(record.get(1)), splitList(record.get(2)), values));
      }
    } catch (IOException | IllegalArgumentException | IllegalStateException e) {
      throw new ConfigException("cannot read outlet registry " + origin + ": " + e.getMessage());
    }
    return OutletRegistry.of(attributeNames, outlets);
  }

  private static List<String> splitList(String cell) {
    List<String> values = new ArrayList<>();
    for (String part : cell.split("\\|")) {
      if (!part.isBlank()) {
        values.add(part.strip());
      }
    }
    return values;
  }
}
