package io.crewdispatch.platform.kafka;

/**
 * Consumer properties for a listener nobody waits on by the second (a timeline, a record kept for
 * later pages): {@code @KafkaListener(..., properties = {SideConsumer.FETCH_MIN_BYTES,
 * SideConsumer.FETCH_MAX_WAIT})}. The broker then answers its fetch once 64 KB or 1 s have gathered
 * instead of at every record, so at 10 bookings a second the consumer wakes once a second for a few
 * records, not once per record, and commits once per batch: one fetch and one {@code
 * __consumer_offsets} write instead of several, for the service and for the broker (roster- and
 * reporting-service consume this way service-wide and cut their CPU at 10/s by ~40%, issue 21).
 *
 * <p>Only where per-booking records flow: an idle batched consumer asks the broker every second
 * instead of every 5 s (the platform's {@code fetch-max-wait}), so a topic that carries a few
 * records a day is cheaper left alone. The properties override the consumer factory's for this
 * listener only; tests set {@code crewdispatch.platform.kafka.side-consumers.fetch-min-bytes=1} so
 * no step waits a batch out.
 */
public final class SideConsumer {

  /** Hold the fetch until this many bytes have gathered (or the wait below is over). */
  public static final String FETCH_MIN_BYTES =
      "fetch.min.bytes=${crewdispatch.platform.kafka.side-consumers.fetch-min-bytes:65536}";

  /** The most a record waits in the broker before this consumer sees it. */
  public static final String FETCH_MAX_WAIT =
      "fetch.max.wait.ms=${crewdispatch.platform.kafka.side-consumers.fetch-max-wait-ms:1000}";

  private SideConsumer() {}
}
