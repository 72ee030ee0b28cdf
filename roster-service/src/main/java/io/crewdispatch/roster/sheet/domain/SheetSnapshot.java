package io.crewdispatch.roster.sheet.domain;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Every tab read in one go, in the sheet's order; tab names are matched ignoring case and edges.
 */
public record SheetSnapshot(List<Tab> tabs) {

  public SheetSnapshot {
    tabs = List.copyOf(tabs);
  }

  public Optional<Tab> tab(String name) {
    String wanted = key(name);
    return tabs.stream().filter(t -> key(t.name()).equals(wanted)).findFirst();
  }

  public boolean has(String name) {
    return tab(name).isPresent();
  }

  private static String key(String name) {
    return name.strip().toLowerCase(Locale.ROOT);
  }
}
