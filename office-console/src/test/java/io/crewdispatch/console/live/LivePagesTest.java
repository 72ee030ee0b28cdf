package io.crewdispatch.console.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crewdispatch.console.board.application.BoardChanged;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.templateresolver.StringTemplateResolver;

class LivePagesTest {

  /** A page whose template is its own text: "live". */
  private static final LivePage PAGE =
      new LivePage() {
        @Override
        public String name() {
          return "live";
        }

        @Override
        public Map<String, Object> model(Map<String, String> params) {
          return Map.of();
        }

        @Override
        public boolean shows(BoardChanged change, Map<String, String> params) {
          return true;
        }
      };

  @Test
  void shuttingDownEndsEveryOpenStream() {
    TemplateEngine templates = new TemplateEngine();
    templates.setTemplateResolver(new StringTemplateResolver());
    LivePages pages = new LivePages(List.of(PAGE), templates, new SimpleMeterRegistry());
    SseEmitter first = pages.open("live", Map.of(), Map.of());
    SseEmitter second = pages.open("live", Map.of(), Map.of());
    assertThat(pages.openCount()).isEqualTo(2);

    pages.closeStreams();

    assertThat(pages.openCount()).isZero();
    for (SseEmitter emitter : List.of(first, second)) {
      assertThatThrownBy(() -> emitter.send("after shutdown"))
          .as("a stream ended at shutdown takes nothing more")
          .isInstanceOf(IllegalStateException.class);
    }
  }
}
