package io.crewdispatch.reporting.statement.application;

/** Tells the rest of the system a workbook is ready (notification-service mails it). */
public interface StatementPublisher {

  /** Returns once the notice is durably published. */
  void publish(StatementNotice notice);
}
