package io.crewdispatch.bench;

/** Booking to first call, split into its hops: dispatch, auth, then notification and SMTP. */
final class StageSplit {

  private final Stages stages;
  final Latencies toCaptainCalled = new Latencies();
  final Latencies toLinkIssued = new Latencies();
  final Latencies toMailAccepted = new Latencies();

  StageSplit(Stages stages) {
    this.stages = stages;
  }

  void add(String charterId, long bookedAt, long mailedAt) {
    Long called = stages.captainCalled(charterId);
    Long issued = stages.linkIssued(charterId);
    if (called == null || issued == null) {
      return;
    }
    toCaptainCalled.add(called - bookedAt);
    toLinkIssued.add(issued - called);
    toMailAccepted.add(mailedAt - issued);
  }
}
