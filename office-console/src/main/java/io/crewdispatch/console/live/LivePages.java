package io.crewdispatch.console.live;

import io.crewdispatch.console.board.application.BoardChanged;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The open pages and their server-sent event streams. A board change re-renders the live fragment
 * of each page that shows it, off the Kafka listener's thread, and pushes the HTML.
 */
@Component
public class LivePages {

  private static final Logger log = LoggerFactory.getLogger(LivePages.class);

  private final Map<String, LivePage> pages = new HashMap<>();
  private final ITemplateEngine templates;
  private final List<Open> open = new CopyOnWriteArrayList<>();
  private final ExecutorService renderer = Executors.newSingleThreadExecutor(r -> daemon(r));

  LivePages(List<LivePage> pages, ITemplateEngine templates) {
    pages.forEach(page -> this.pages.put(page.name(), page));
    this.templates = templates;
  }

  public boolean knows(String page) {
    return pages.containsKey(page);
  }

  /** Opens a stream for one page; {@code params} are the page's own plus the CSRF token. */
  public SseEmitter open(String page, Map<String, String> params, Map<String, Object> extra) {
    SseEmitter emitter = new SseEmitter(0L);
    Open entry =
        new Open(
            pages.get(page), Map.copyOf(params), Map.copyOf(extra), emitter, new AtomicBoolean());
    open.add(entry);
    emitter.onCompletion(() -> open.remove(entry));
    emitter.onTimeout(() -> open.remove(entry));
    emitter.onError(e -> open.remove(entry));
    return emitter;
  }

  public int openCount() {
    return open.size();
  }

  /**
   * Changes that arrive while a page's render is pending fold into that render: a burst of events
   * costs one render per page, not one per event, so the page never falls behind the topics.
   */
  @EventListener
  void on(BoardChanged change) {
    for (Open entry : open) {
      if (entry.page().shows(change, entry.params())
          && entry.pending().compareAndSet(false, true)) {
        renderer.execute(() -> push(entry));
      }
    }
  }

  private void push(Open entry) {
    entry.pending().set(false); // a change from now on schedules the next render
    try {
      entry.emitter().send(SseEmitter.event().name("live").data(render(entry)));
    } catch (IOException | IllegalStateException gone) {
      open.remove(entry);
    } catch (RuntimeException e) {
      log.warn("event=live_render_failed page={}", entry.page().name(), e);
    }
  }

  private String render(Open entry) {
    Map<String, Object> model = new HashMap<>(entry.page().model(entry.params()));
    model.putAll(entry.extra());
    String html =
        templates.process(entry.page().name(), Set.of("live"), new Context(Locale.UK, model));
    // One SSE data line: a raw newline inside it would end the field.
    return html.replace("\r", "").replace("\n", " ");
  }

  private static Thread daemon(Runnable r) {
    Thread thread = new Thread(r, "live-pages");
    thread.setDaemon(true);
    return thread;
  }

  private record Open(
      LivePage page,
      Map<String, String> params,
      Map<String, Object> extra,
      SseEmitter emitter,
      AtomicBoolean pending) {}
}
