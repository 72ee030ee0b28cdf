package io.crewdispatch.roster.member.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/** Crew IDs made from names: ASCII, lower case, hyphenated, unique ({@code jane-doe-2}). */
final class Slugs {

  private Slugs() {}

  /** A slug for {@code name} not in {@code taken} (compared in lower case); adds it to taken. */
  static String unique(String name, Set<String> taken) {
    String base =
        Normalizer.normalize(name, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("(^-+|-+$)", "");
    if (base.isEmpty()) {
      base = "member";
    }
    String slug = base;
    for (int n = 2; taken.contains(slug); n++) {
      slug = base + "-" + n;
    }
    taken.add(slug);
    return slug;
  }
}
