package io.crewdispatch.platform.config;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** Settings shared by every service: where DynamoDB is and how topics and retries are shaped. */
@Validated
@ConfigurationProperties("crewdispatch.platform")
public record PlatformProperties(
    @Valid @NotNull @DefaultValue DynamoDb dynamodb,
    @Valid @NotNull @DefaultValue Kafka kafka,
    @Valid @NotNull @DefaultValue Ops ops) {

  /**
   * @param outageThreshold how long an integration must keep failing before IntegrationStateChanged
   *     says DOWN (short blips say nothing)
   * @param checkInterval how often Kafka and DynamoDB are checked for it
   */
  public record Ops(
      @NotNull @DefaultValue("30s") Duration outageThreshold,
      @NotNull @DefaultValue("5s") Duration checkInterval) {}

  /**
   * @param endpoint override for DynamoDB Local (for example http://localhost:8000); blank for AWS
   * @param region AWS region
   * @param tablePrefix prepended to every table name, so environments can share one account
   * @param createTables create missing tables at start-up (off where infrastructure-as-code owns
   *     them)
   * @param operationLogDir when set, every DynamoDB operation the service performs is recorded in
   *     {@code <service>.txt} there, so a test can hold the IAM policy in {@code deploy/iam/} to
   *     exactly what the service does
   * @param operationLogEveryCall with {@code operationLogDir}: one line per call rather than per
   *     distinct operation, so the benchmark can count the operations a booking costs
   */
  public record DynamoDb(
      URI endpoint,
      @NotBlank @DefaultValue("us-west-2") String region,
      @NotNull @DefaultValue("") String tablePrefix,
      @DefaultValue("true") boolean createTables,
      Path operationLogDir,
      @DefaultValue("false") boolean operationLogEveryCall) {}

  /**
   * @param partitions partitions of each topic this service creates (a DLT gets as many as its
   *     source)
   * @param replicationFactor replicas of each created topic; 0 means the broker's default
   *     (production: 3)
   * @param minInsyncReplicas {@code min.insync.replicas} of each created topic; 0 means the
   *     broker's default (production: 2, so an acked write survives losing a broker)
   * @param retry back-off between attempts at a record that failed for a reason other than poison
   */
  public record Kafka(
      @Min(1) @DefaultValue("3") int partitions,
      @Min(0) @DefaultValue("0") int replicationFactor,
      @Min(0) @DefaultValue("0") int minInsyncReplicas,
      @Valid @NotNull @DefaultValue Retry retry) {}

  /**
   * Capped exponential back-off, without a limit on attempts: an infrastructure failure is retried
   * for as long as it lasts.
   *
   * @param maxInterval the longest wait between attempts; must stay below a third of {@code
   *     max.poll.interval.ms}
   */
  public record Retry(
      @NotNull @DefaultValue("500ms") Duration initialInterval,
      @DefaultValue("2.0") double multiplier,
      @NotNull @DefaultValue("10s") Duration maxInterval) {}
}
