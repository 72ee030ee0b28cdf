package io.crewdispatch.console.live;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** {@code /live/{page}}: the server-sent events an open page listens to. */
@Controller
class LiveController {

  private final LivePages live;

  LiveController(LivePages live) {
    this.live = live;
  }

  @GetMapping(path = "/live/{page}", produces = "text/event-stream")
  SseEmitter stream(
      @PathVariable String page,
      @RequestParam Map<String, String> params,
      HttpServletRequest request) {
    if (!live.knows(page)) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No such page: " + page);
    }
    CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
    // Forms in pushed fragments need the token; read it now, while the request is at hand.
    return live.open(
        page,
        params,
        csrf == null
            ? Map.of()
            : Map.of(
                "_csrf",
                new DefaultCsrfToken(
                    csrf.getHeaderName(), csrf.getParameterName(), csrf.getToken())));
  }
}
