package io.crewdispatch.reporting.statement.domain;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the last announced build of one statement held: the digest of its content, its charters in
 * plain words (null when there were too many to keep), and its totals. A rebuild compares itself
 * with this, not with the workbook's bytes (which carry build times).
 */
public record SentStatement(String digest, List<String> lines, Map<String, String> totals) {

  public SentStatement {
    lines = lines == null ? null : List.copyOf(lines);
    totals = Collections.unmodifiableMap(new TreeMap<>(totals));
  }
}
