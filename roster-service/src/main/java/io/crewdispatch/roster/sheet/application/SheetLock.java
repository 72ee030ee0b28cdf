package io.crewdispatch.roster.sheet.application;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * One read-then-write on the sheet at a time within this instance: the sync and the assignment
 * writer would otherwise each rewrite the workbook from their own stale read.
 */
@Component
public class SheetLock {

  private final ReentrantLock lock = new ReentrantLock();

  public <T> T hold(Supplier<T> work) {
    lock.lock();
    try {
      return work.get();
    } finally {
      lock.unlock();
    }
  }
}
