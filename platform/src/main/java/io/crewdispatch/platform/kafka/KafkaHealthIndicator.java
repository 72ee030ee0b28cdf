package io.crewdispatch.platform.kafka;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.kafka.core.KafkaAdmin;

/** UP when the broker answers a describe-cluster within two seconds. */
class KafkaHealthIndicator extends AbstractHealthIndicator implements DisposableBean {

  private static final Duration TIMEOUT = Duration.ofSeconds(2);

  private final KafkaAdmin kafkaAdmin;
  private volatile Admin admin;

  KafkaHealthIndicator(KafkaAdmin kafkaAdmin) {
    super("Kafka health check failed");
    this.kafkaAdmin = kafkaAdmin;
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) throws Exception {
    var cluster =
        admin().describeCluster(new DescribeClusterOptions().timeoutMs((int) TIMEOUT.toMillis()));
    builder
        .up()
        .withDetail("clusterId", cluster.clusterId().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS))
        .withDetail("nodes", cluster.nodes().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).size());
  }

  private Admin admin() {
    if (admin == null) {
      synchronized (this) {
        if (admin == null) {
          admin = Admin.create(kafkaAdmin.getConfigurationProperties());
        }
      }
    }
    return admin;
  }

  @Override
  public void destroy() {
    if (admin != null) {
      admin.close(Duration.ofSeconds(1));
    }
  }
}
