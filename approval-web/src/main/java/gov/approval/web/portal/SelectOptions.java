package gov.approval.web.portal;

import java.util.Objects;

/**
 * The {@code <option>} markup of a plain HTML select, written as text. The public list has six
 * filter selects with some 75 options; rendered as Faces select components they cost each request a
 * renderer pass, a conversion and a selection check per option (a tenth of a first visit's render
 * time). The list posts nothing back, so the options need no component: this writes the same markup
 * the Faces renderer wrote, escaped, with the address's value selected.
 */
final class SelectOptions {

  private final StringBuilder html = new StringBuilder(256);
  private final String selected;

  /** Options of a select whose current value is {@code selected} (null or empty: none chosen). */
  SelectOptions(String selected) {
    this.selected = selected == null ? "" : selected;
  }

  /**
   * Adds an option; it is selected when its value is the current one (the empty "all" choice is
   * never marked, as the Faces renderer did not: the browser shows the first option anyway).
   */
  SelectOptions add(String value, String label) {
    String v = value == null ? "" : value;
    html.append("<option value=\"");
    escape(v, html);
    html.append('"');
    if (!selected.isEmpty() && Objects.equals(v, selected)) {
      html.append(" selected=\"selected\"");
    }
    html.append('>');
    escape(label == null ? "" : label, html);
    html.append("</option>\n");
    return this;
  }

  /** The options' markup. */
  String html() {
    return html.toString();
  }

  /** Escapes text for an HTML attribute value or element content. */
  static void escape(String text, StringBuilder out) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
  }
}
