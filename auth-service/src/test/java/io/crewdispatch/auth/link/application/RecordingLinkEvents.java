package io.crewdispatch.auth.link.application;

import java.util.ArrayList;
import java.util.List;

/** Records what would be published; can be told to fail the next sends, like a broker away. */
class RecordingLinkEvents implements LinkEvents {

  final List<IssuedLinks> issued = new ArrayList<>();
  final List<IssuedLinks> attempted = new ArrayList<>();
  final List<AnsweredCall> answered = new ArrayList<>();
  int failuresLeft;

  @Override
  public void linksIssued(IssuedLinks links) {
    attempted.add(links);
    failIfAsked();
    issued.add(links);
  }

  @Override
  public void answered(AnsweredCall call) {
    failIfAsked();
    answered.add(call);
  }

  private void failIfAsked() {
    if (failuresLeft > 0) {
      failuresLeft--;
      throw new IllegalStateException("broker unavailable");
    }
  }
}
