package io.crewdispatch.console.live;

import io.crewdispatch.console.board.application.BoardChanged;
import io.crewdispatch.platform.logging.Failures;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.ContextClosedEvent;
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
  private final MeterRegistry meters;

  LivePages(List<LivePage> pages, ITemplateEngine templates, MeterRegistry meters) {
    pages.forEach(page -> this.pages.put(page.name(), page));
    this.templates = templates;
    this.meters = meters;
  }

  public boolean knows(String page) {
    return pages.containsKey(page);
  }

  /** Opens a stream for one page; {@code params} are the page's own plus the CSRF token. */
  public SseEmitter open(String page, Map<String, String> params, Map<String, Object> extra) {
    SseEmitter emitter = new SseEmitter(0L);
    Open entry = new Open(pages.get(page), Map.copyOf(params), Map.copyOf(extra), emitter);
    open.add(entry);
    emitter.onCompletion(() -> open.remove(entry));
    emitter.onTimeout(() -> open.remove(entry));
    emitter.onError(e -> open.remove(entry));
    // The page was rendered before its stream opened: send it whole once, so a change in between
    // is not lost and later patches start from what the page shows.
    schedule(entry, null);
    return emitter;
  }

  public int openCount() {
    return open.size();
  }

  /**
   * Changes that arrive while a page's push is pending fold into that push: a burst of events costs
   * one render per page, not one per event, so the page never falls behind the topics.
   */
  @EventListener
  void on(BoardChanged change) {
    for (Open entry : open) {
      if (entry.page().shows(change, entry.params())) {
        schedule(entry, change.area() == BoardChanged.Area.CHARTER ? change.charterId() : null);
      }
    }
  }

  /** Notes what changed ({@code null}: something beyond one charter) and schedules a push. */
  private void schedule(Open entry, String charterId) {
    if (charterId == null) {
      entry.whole().set(true);
    } else {
      entry.changed().add(charterId);
    }
    if (entry.pending().compareAndSet(false, true)) {
      renderer.execute(() -> push(entry));
    }
  }

  private void push(Open entry) {
    entry.pending().set(false); // a change from now on schedules the next push
    boolean whole = entry.whole().getAndSet(false);
    Set<String> changed = new HashSet<>(entry.changed());
    entry.changed().removeAll(changed);
    Timer.Sample sample = Timer.start(meters);
    try {
      Map<String, Object> model = new HashMap<>(entry.page().model(entry.params()));
      model.putAll(entry.extra());
      List<LivePage.Part> parts = entry.page().parts(model);
      List<Patches.Patch> patches =
          whole || entry.shown().isEmpty() ? null : Patches.between(entry.shown(), parts, changed);
      if (patches == null) {
        entry.emitter().send(SseEmitter.event().name("live").data(render(entry, model, "live")));
      } else if (!patches.isEmpty() || !changed.isEmpty()) {
        model.put("patches", patches);
        entry.emitter().send(SseEmitter.event().name("patch").data(render(entry, model, "patch")));
      }
      entry.shown().clear();
      entry.shown().addAll(parts);
      // How long a change waits on the server: the bound on an open page's delay, after the topic.
      sample.stop(
          meters.timer(
              "console.live.push",
              "page",
              entry.page().name(),
              "kind",
              patches == null ? "whole" : "patch"));
    } catch (IOException | IllegalStateException gone) {
      open.remove(entry);
    } catch (RuntimeException e) {
      log.warn(
          "event=live_render_failed page={} error={}", entry.page().name(), Failures.describe(e));
    }
  }

  /**
   * Ends every open stream as the console begins to shut down. An open stream never completes on
   * its own, so the web server's graceful shutdown would wait its whole phase timeout (30 s) for
   * each; a browser's EventSource reconnects by itself, to whichever instance is up.
   */
  @EventListener(ContextClosedEvent.class)
  void closeStreams() {
    for (Open entry : open) {
      open.remove(entry);
      entry.emitter().complete();
    }
  }

  private String render(Open entry, Map<String, Object> model, String fragment) {
    String html =
        templates.process(entry.page().name(), Set.of(fragment), new Context(Locale.UK, model));
    // One SSE data line: a raw newline inside it would end the field.
    return html.replace("\r", "").replace("\n", " ");
  }

  private static Thread daemon(Runnable r) {
    Thread thread = new Thread(r, "live-pages");
    thread.setDaemon(true);
    return thread;
  }

  /**
   * An open page's stream: what changed since its last push, and the parts that push showed (only
   * the renderer thread reads and writes {@code shown}).
   */
  private record Open(
      LivePage page,
      Map<String, String> params,
      Map<String, Object> extra,
      SseEmitter emitter,
      AtomicBoolean pending,
      AtomicBoolean whole,
      Set<String> changed,
      List<LivePage.Part> shown) {

    Open(LivePage page, Map<String, String> params, Map<String, Object> extra, SseEmitter emitter) {
      this(
          page,
          params,
          extra,
          emitter,
          new AtomicBoolean(),
          new AtomicBoolean(),
          ConcurrentHashMap.newKeySet(),
          new ArrayList<>());
    }
  }
}
