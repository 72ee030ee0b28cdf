package io.crewdispatch.console.roster;

import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /roster?day=yyyy-MM-dd}. */
@Controller
class RosterController {

  private final RosterPage page;

  RosterController(RosterPage page) {
    this.page = page;
  }

  @GetMapping("/roster")
  String roster(@RequestParam(required = false) String day, Model model) {
    Map<String, String> params = new HashMap<>();
    if (day != null) {
      params.put("day", day);
    }
    model.addAllAttributes(page.model(params));
    return page.name();
  }
}
