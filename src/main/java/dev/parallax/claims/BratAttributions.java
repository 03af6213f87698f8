package dev.parallax.claims;

import dev.parallax.model.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads gold attribution relations from BRAT standoff files in the PolNeAR scheme (Newell et al.
 * 2018): text-bound {@code Source}, {@code Cue}, {@code Content} spans (discontinuous pieces joined
 * as their union) tied together by {@code Attribution} or {@code Attribution-no-source} events;
 * {@code Discard} and {@code Discuss} events are ignored.
 */
public final class BratAttributions {
  private BratAttributions() {}

  /** A gold relation: spans as lists of pieces; no source for Attribution-no-source. */
  public record Gold(List<Span> source, List<Span> cue, List<Span> content) {}

  public static List<Gold> parse(String annotation) {
    Map<String, List<Span>> spans = new HashMap<>();
    List<String> events = new ArrayList<>();
    for (String line : annotation.split("\\R")) {
      String[] fields = line.split("\t");
      if (fields.length < 2) {
        continue;
      }
      if (fields[0].startsWith("T")) {
        String[] typeAndOffsets = fields[1].split(" ", 2);
        List<Span> pieces = new ArrayList<>();
        for (String piece : typeAndOffsets[1].split(";")) {
          String[] offsets = piece.strip().split(" ");
          pieces.add(new Span(Integer.parseInt(offsets[0]), Integer.parseInt(offsets[1])));
        }
        spans.put(fields[0], pieces);
      } else if (fields[0].startsWith("E")) {
        events.add(fields[1]);
      }
    }
    List<Gold> relations = new ArrayList<>();
    for (String event : events) {
      String[] arguments = event.split(" ");
      String type = arguments[0].split(":")[0];
      if (!type.equals("Attribution") && !type.equals("Attribution-no-source")) {
        continue;
      }
      List<Span> source = null;
      List<Span> cue = null;
      List<Span> content = null;
      for (int i = 1; i < arguments.length; i++) {
        String[] roleAndId = arguments[i].split(":");
        String role = roleAndId[0].replaceAll("\\d+$", "");
        List<Span> pieces = spans.get(roleAndId[1]);
        switch (role) {
          case "Source" -> source = pieces;
          case "Cue" -> cue = pieces;
          case "Content" -> content = pieces;
          default -> {
            // other roles are not scored
          }
        }
      }
      if (cue != null && content != null) {
        relations.add(new Gold(type.equals("Attribution") ? source : null, cue, content));
      }
    }
    return relations;
  }
}
