package io.crewdispatch.reporting.statement.domain;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The content of one statement as it is built: a SHA-256 digest over every row's figures and words
 * (everything the workbook shows, nothing of when it was built), each charter as a line people can
 * read, and the totals. Lines are kept up to {@link #LINE_LIMIT} charters; a bigger statement is
 * compared by its totals only.
 */
public final class StatementContent {

  public static final int LINE_LIMIT = 1_000;

  /** Between the values of a row (the unit separator: no name or figure contains it). */
  public static final char UNIT = '\u001f';

  private static final String SEP = "\t";

  /** A DecimalFormat is costly to make and not thread-safe: one per thread, made once. */
  private static final ThreadLocal<DecimalFormat> MONEY =
      ThreadLocal.withInitial(
          () -> new DecimalFormat("$#,##0.00", DecimalFormatSymbols.getInstance(Locale.US)));

  private final MessageDigest digest = sha256();
  private final List<String> lines = new ArrayList<>();
  private final Map<String, BigDecimal> totals = new LinkedHashMap<>();
  private boolean tooMany;

  /**
   * Whether the next charter's line is still kept: when not, {@link #add} takes no label or
   * figures, and the caller need not make them.
   */
  public boolean keepsLines() {
    return !tooMany && lines.size() < LINE_LIMIT;
  }

  /**
   * Adds one charter.
   *
   * @param row every value the statement shows for it, in order, joined by {@link #UNIT}
   * @param label how people name the charter ("Sea Breeze on 2026-05-10 (CH-1)"); null when {@link
   *     #keepsLines()} was false
   * @param figures the amounts people compare, by name, in order; null as the label
   */
  public void add(String charterId, String row, String label, Map<String, String> figures) {
    byte[] rowBytes = row.getBytes(StandardCharsets.UTF_8);
    digest.update(rowBytes);
    digest.update((byte) '\n');
    if (!keepsLines()) {
      tooMany = true;
      lines.clear();
      return;
    }
    StringBuilder line =
        new StringBuilder(charterId).append(SEP).append(label).append(SEP).append(hash(rowBytes));
    figures.forEach((name, value) -> line.append(SEP).append(name).append('=').append(value));
    lines.add(line.toString());
  }

  /** Adds {@code amount} to the named total. */
  public void total(String name, BigDecimal amount) {
    totals.merge(name, amount, BigDecimal::add);
  }

  /** Freezes the content; the builder must not be used afterwards. */
  public SentStatement finish() {
    Map<String, String> shown = new LinkedHashMap<>();
    totals.forEach((name, amount) -> shown.put(name, money(amount)));
    digest.update(shown.toString().getBytes(StandardCharsets.UTF_8));
    return new SentStatement(
        HexFormat.of().formatHex(digest.digest()), tooMany ? null : lines, shown);
  }

  /** What changed from {@code before} to {@code now}, in plain words. */
  public static List<String> changes(SentStatement before, SentStatement now) {
    List<String> changes = new ArrayList<>();
    if (before.lines() != null && now.lines() != null) {
      Map<String, String[]> old = byCharter(before.lines());
      Map<String, String[]> current = byCharter(now.lines());
      current.forEach(
          (id, line) -> {
            String[] was = old.get(id);
            if (was == null) {
              changes.add("Added: " + line[1] + " (" + figures(line) + ")");
            } else if (!was[2].equals(line[2])) {
              changes.add("Changed: " + line[1] + " (" + differences(was, line) + ")");
            }
          });
      old.forEach(
          (id, line) -> {
            if (!current.containsKey(id)) {
              changes.add("Removed: " + line[1]);
            }
          });
    } else {
      changes.add("The statement has too many charters to compare one by one; its totals follow.");
    }
    now.totals()
        .forEach(
            (name, value) -> {
              String was = before.totals().get(name);
              if (!value.equals(was)) {
                changes.add("Total " + name + ": " + (was == null ? "none" : was) + " → " + value);
              }
            });
    if (changes.isEmpty()) {
      changes.add("Details of the charters changed; the amounts did not.");
    }
    return changes;
  }

  public static String money(BigDecimal amount) {
    return MONEY.get().format(amount);
  }

  private static Map<String, String[]> byCharter(List<String> lines) {
    Map<String, String[]> map = new LinkedHashMap<>();
    for (String line : lines) {
      String[] parts = line.split(SEP, -1);
      map.put(parts[0], parts);
    }
    return map;
  }

  private static String figures(String[] line) {
    List<String> shown = new ArrayList<>();
    for (int i = 3; i < line.length; i++) {
      shown.add(line[i].replace("=", " "));
    }
    return String.join(", ", shown);
  }

  private static String differences(String[] was, String[] now) {
    List<String> shown = new ArrayList<>();
    for (int i = 3; i < now.length; i++) {
      String before = i < was.length ? was[i] : "";
      if (!Objects.equals(before, now[i])) {
        String name = now[i].substring(0, now[i].indexOf('='));
        String oldValue = before.contains("=") ? before.substring(before.indexOf('=') + 1) : "none";
        shown.add(name + " " + oldValue + " → " + now[i].substring(now[i].indexOf('=') + 1));
      }
    }
    return shown.isEmpty() ? "details changed, amounts did not" : String.join(", ", shown);
  }

  private static String hash(byte[] row) {
    MessageDigest one = sha256();
    return HexFormat.of().formatHex(one.digest(row), 0, 8);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
