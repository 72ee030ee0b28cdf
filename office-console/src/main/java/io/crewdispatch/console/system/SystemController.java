package io.crewdispatch.console.system;

import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /system}. */
@Controller
class SystemController {

  private final SystemPage page;

  SystemController(SystemPage page) {
    this.page = page;
  }

  @GetMapping("/system")
  String system(Model model) {
    model.addAllAttributes(page.model(Map.of()));
    return page.name();
  }
}
