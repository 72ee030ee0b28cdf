package io.crewdispatch.console.board.kafka;

/**
 * The consumer properties of the board's listener on the topics every booking passes through
 * ({@link BookingTopicsListener}): the broker answers a fetch once 64 KB or 250 ms have gathered,
 * so at 10 bookings a second the consumer wakes and commits a few times a second for several
 * records, not once per record, and a booking's events on the four topics mostly share a fetch. 250
 * ms, not the platform's side consumers' 1 s, because the board is live: an event reaches an open
 * page that much later at most (BoardLatencyBenchmark, README "Benchmarks"). Rare topics (ops,
 * statements, roster) keep the platform's defaults: idle, a batched consumer would ask four times a
 * second instead of every 5 s. Tests set the platform's side-consumer size to 1 byte, so no step
 * waits.
 */
final class BoardFetch {

  static final String MIN_BYTES =
      "fetch.min.bytes=${crewdispatch.console.board.fetch-min-bytes:"
          + "${crewdispatch.platform.kafka.side-consumers.fetch-min-bytes:65536}}";

  static final String MAX_WAIT =
      "fetch.max.wait.ms=${crewdispatch.console.board.fetch-max-wait-ms:250}";

  private BoardFetch() {}
}
