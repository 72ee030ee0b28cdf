package io.crewdispatch.events.serde;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * The record header that carries an unreleased writer schema (its JSON, UTF-8), so a consumer built
 * from an older release can resolve a fingerprint it has never seen.
 */
public final class WriterSchemaHeader {

  public static final String NAME = "crewdispatch-writer-schema";

  private WriterSchemaHeader() {}

  /** Replaces any earlier copy (a record re-sent with its headers keeps exactly one). */
  static void put(Headers headers, String schema) {
    headers.remove(NAME);
    headers.add(NAME, schema.getBytes(StandardCharsets.UTF_8));
  }

  /** The writer schema the record carries, or {@code null}. */
  public static String get(Headers headers) {
    Header header = headers == null ? null : headers.lastHeader(NAME);
    return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
  }
}
