package io.crewdispatch.console.overview;

import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /}: the board. */
@Controller
class BoardController {

  private final BoardPage page;

  BoardController(BoardPage page) {
    this.page = page;
  }

  @GetMapping("/")
  String board(Model model) {
    model.addAllAttributes(page.model(Map.of()));
    return page.name();
  }

  @GetMapping("/signed-out")
  String signedOut() {
    return "signed-out";
  }
}
