package io.crewdispatch.bench;

/**
 * Accept to first crew call, split into its hops: the press answered, auth publishing the answer,
 * dispatch calling the crew, auth issuing the crew member's link, then notification and SMTP.
 */
final class AcceptSplit {

  private final Stages stages;

  /** Press to the POST's response: what the captain waits for (not a hop of the path). */
  final Latencies toPageAnswered = new Latencies();

  final Latencies toTokenAccepted = new Latencies();
  final Latencies toCrewCalled = new Latencies();
  final Latencies toCrewLinkIssued = new Latencies();
  final Latencies toMailAccepted = new Latencies();

  AcceptSplit(Stages stages) {
    this.stages = stages;
  }

  void add(String charterId, long pressedAt, long answeredAt, long mailedAt) {
    toPageAnswered.add(answeredAt - pressedAt);
    Long accepted = stages.tokenAccepted(charterId);
    Long called = stages.crewCalled(charterId);
    Long issued = stages.crewLinkIssued(charterId);
    if (accepted == null || called == null || issued == null) {
      return;
    }
    toTokenAccepted.add(accepted - pressedAt);
    toCrewCalled.add(called - accepted);
    toCrewLinkIssued.add(issued - called);
    toMailAccepted.add(mailedAt - issued);
  }

  String summary() {
    return "page answered "
        + toPageAnswered.summary()
        + "; auth (press -> TokenAccepted) "
        + toTokenAccepted.summary()
        + "; dispatch (-> CrewCalled) "
        + toCrewCalled.summary()
        + "; auth (-> crew AcceptLinkIssued) "
        + toCrewLinkIssued.summary()
        + "; notification (-> SMTP accepted) "
        + toMailAccepted.summary();
  }
}
