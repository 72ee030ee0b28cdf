package io.crewdispatch.auth.link.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The key new links are minted with, and retired keys still needed to re-derive older links. */
public final class LinkKeys {

  private final LinkKey current;
  private final Map<String, LinkKey> byId = new LinkedHashMap<>();

  public LinkKeys(LinkKey current, List<LinkKey> retired) {
    this.current = current;
    byId.put(current.id(), current);
    for (LinkKey key : retired) {
      if (byId.putIfAbsent(key.id(), key) != null) {
        throw new IllegalArgumentException("key id " + key.id() + " is configured twice");
      }
    }
  }

  public LinkKey current() {
    return current;
  }

  public Optional<LinkKey> byId(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** Every key, current first: form tokens signed just before a rotation stay valid. */
  public Iterable<LinkKey> all() {
    return byId.values();
  }
}
