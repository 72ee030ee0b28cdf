package io.crewdispatch.console.live;

import io.crewdispatch.console.board.application.BoardChanged;
import java.util.List;
import java.util.Map;

/**
 * A page with a live part: the same model renders the whole page on GET and, re-rendered, the
 * fragment {@code live} pushed to open pages when the board changes. A page that names its {@link
 * Part}s is patched instead: only the parts of the charters that changed, and its fragment {@code
 * patch} (given {@code patches}), are rendered and pushed.
 */
public interface LivePage {

  /** The name in {@code /live/{name}} and the template's name. */
  String name();

  Map<String, Object> model(Map<String, String> params);

  boolean shows(BoardChanged change, Map<String, String> params);

  /** The charters' parts of the live fragment in page order; empty: always re-rendered whole. */
  default List<Part> parts(Map<String, Object> model) {
    return List.of();
  }

  /**
   * One charter's part of a page (a card on the board).
   *
   * @param key the charter's id
   * @param dom the part's element id
   * @param group the element id of the list holding it
   * @param row what the template renders it from
   */
  record Part(String key, String dom, String group, Object row) {}

  /** An element id for any text: letters, digits and '-' kept, anything else as _hex_. */
  static String domId(String prefix, String text) {
    StringBuilder id = new StringBuilder(prefix);
    text.codePoints()
        .forEach(
            c -> {
              if (c < 128 && (Character.isLetterOrDigit(c) || c == '-')) {
                id.append((char) c);
              } else {
                id.append('_').append(Integer.toHexString(c)).append('_');
              }
            });
    return id.toString();
  }
}
