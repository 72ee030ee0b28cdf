package io.crewdispatch.console.live;

import io.crewdispatch.console.board.application.BoardChanged;
import java.util.Map;

/**
 * A page with a live part: the same model renders the whole page on GET and, re-rendered, the
 * fragment {@code live} pushed to open pages when the board changes.
 */
public interface LivePage {

  /** The name in {@code /live/{name}} and the template's name. */
  String name();

  Map<String, Object> model(Map<String, String> params);

  boolean shows(BoardChanged change, Map<String, String> params);
}
