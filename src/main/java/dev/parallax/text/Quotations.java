package dev.parallax.text;

/**
 * Quotation state across the sentences of a paragraph. Curly marks open and close; a straight one
 * opens when none is open and closes otherwise.
 */
public final class Quotations {
  private Quotations() {}

  /** Whether a quotation is open after the text, given whether one was open before it. */
  public static boolean openAfter(String text, boolean openBefore) {
    boolean open = openBefore;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '“') {
        open = true;
      } else if (c == '”') {
        open = false;
      } else if (c == '"') {
        open = !open;
      }
    }
    return open;
  }

  /** Whether the text, leading whitespace aside, starts with a quotation mark. */
  public static boolean startsWithQuote(String text) {
    String stripped = text.stripLeading();
    return !stripped.isEmpty() && (stripped.charAt(0) == '“' || stripped.charAt(0) == '"');
  }
}
