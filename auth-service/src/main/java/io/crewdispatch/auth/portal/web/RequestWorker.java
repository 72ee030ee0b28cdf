package io.crewdispatch.auth.portal.web;

import io.crewdispatch.auth.portal.application.IssuePortalLink;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Handles new-link requests after the page has answered, so that an address that belongs to a
 * member (a lookup, a transaction, a broker round trip) takes no longer to answer than one that
 * does not: the response time must not tell which addresses are on the roster.
 */
@Component
class RequestWorker implements DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(RequestWorker.class);

  private final IssuePortalLink issuePortalLink;
  private final ThreadPoolExecutor executor =
      new ThreadPoolExecutor(
          1,
          1,
          0,
          TimeUnit.SECONDS,
          new ArrayBlockingQueue<>(1_000),
          r -> {
            Thread thread = new Thread(r, "portal-requests");
            thread.setDaemon(true);
            return thread;
          });

  RequestWorker(IssuePortalLink issuePortalLink) {
    this.issuePortalLink = issuePortalLink;
  }

  void submit(String email) {
    try {
      executor.execute(
          () -> {
            try {
              issuePortalLink.request(email);
            } catch (RuntimeException e) {
              // DynamoDB or the broker is away: the member can ask again (no address logged).
              log.warn("event=portal_request_failed error={}", e.getClass().getSimpleName());
            }
          });
    } catch (RejectedExecutionException e) {
      log.warn("event=portal_request_dropped reason=queue_full");
    }
  }

  @Override
  public void destroy() throws InterruptedException {
    executor.shutdown();
    executor.awaitTermination(5, TimeUnit.SECONDS);
  }
}
