package io.crewdispatch.notification.delivery.domain;

import java.util.List;
import java.util.Optional;

/** Every seat of a charter is confirmed: everyone on board is told who else is. */
public record StaffedNotice(String eventId, Person captain, List<Person> crew, Charter charter)
    implements Notice {

  public StaffedNotice {
    crew = List.copyOf(crew);
  }

  @Override
  public NoticeKind kind() {
    return NoticeKind.STAFFED;
  }

  @Override
  public String key() {
    return charter.charterId();
  }

  @Override
  public Optional<String> charterId() {
    return Optional.of(charter.charterId());
  }
}
